/**
 * The message router: timeouts, retries only for retryable (never overloaded) platform
 * errors, circuit-breaker transitions, idempotent retries against the real objects, the
 * envelope on the receiving side, and the binding registry.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { fail, ok, type Result } from "../../shared/errors.js";
import { decodeEnvelope, encodeEnvelope, META } from "../../shared/envelope.js";
import { ConversationDO } from "../../objects/conversation.js";
import { GroupDO } from "../../objects/group.js";
import { GroupShardDO } from "../../objects/group-shard.js";
import { UserDO } from "../../objects/user.js";
import { METRICS } from "../../workers/observability/catalog.js";
import { BreakerSet, CircuitBreaker, type CircuitState } from "../../workers/router/breaker.js";
import { BindingError, checkBindings, inspectBindings } from "../../workers/router/registry.js";
import { MessageRouter, newBreakerSet, type RouterDeps, type Target } from "../../workers/router/router.js";
import { MAX_TIMEOUT_MS, MIN_TIMEOUT_MS, ROUTES } from "../../workers/router/routes.js";
import { directId, register } from "../helpers/worker/client.js";

/** A platform error as workerd throws it: flags on a plain Error. */
function platformError(flags: { retryable?: boolean; overloaded?: boolean }): Error {
  return Object.assign(new Error("Durable Object reset because its code was updated."), flags);
}

interface Harness {
  router: MessageRouter;
  calls: Uint8Array[];
  sleeps: number[];
  clock: { now: number };
}

/** A router whose targets are `behaviour` (called per attempt), with a fake clock and sleep. */
function harness(behaviour: (attempt: number, envelope: Uint8Array) => Promise<Result<unknown>>, deps: Partial<RouterDeps> = {}): Harness {
  const calls: Uint8Array[] = [];
  const sleeps: number[] = [];
  const clock = { now: 1_000_000 };
  const target: Target = {
    receive: (bytes) => {
      calls.push(bytes);
      return behaviour(calls.length, bytes);
    },
  };
  const router = new MessageRouter(env, {
    resolve: () => target,
    breakers: newBreakerSet(),
    now: () => clock.now,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...deps,
  });
  return { router, calls, sleeps, clock };
}

const history = (key: string) => [key, { userId: "u", limit: 1, maxBytes: 1000 }] as [string, { userId: string; limit: number; maxBytes: number }];

describe("timeouts", () => {
  it("answers `timeout` when the target does not answer in time, and counts it", async () => {
    const before = METRICS.routerCalls.value({ route: "conversation.history", outcome: "timeout" });
    const h = harness(() => new Promise(() => {}));
    const result = await h.router.call("conversation.history", "d:a:b", history("d:a:b"), { source: "test", timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, error: { code: "timeout" } });
    // A timeout is not a platform-marked retryable error: no retry.
    expect(h.calls).toHaveLength(1);
    expect(METRICS.routerCalls.value({ route: "conversation.history", outcome: "timeout" })).toBe(before + 1);
  });

  it("clamps per-call timeouts to 200 ms-5 s and every route's timeout is in range", async () => {
    for (const spec of Object.values(ROUTES)) {
      expect(spec.timeoutMs).toBeGreaterThanOrEqual(MIN_TIMEOUT_MS);
      expect(spec.timeoutMs).toBeLessThanOrEqual(MAX_TIMEOUT_MS);
    }
    const h = harness(() => new Promise(() => {}));
    // 1 ms would be below the floor: the call still gets 200 ms (it times out, not instantly).
    const result = await h.router.call("conversation.history", "d:a:b", history("d:a:b"), { source: "test", timeoutMs: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: "timeout", message: expect.stringContaining("200 ms") } });
  });
});

describe("retries", () => {
  it("retries errors marked retryable, with growing jittered backoff, reusing the message id", async () => {
    const h = harness(async (attempt) => {
      if (attempt < 3) throw platformError({ retryable: true });
      return ok({ hello: true });
    });
    const result = await h.router.call("conversation.history", "d:a:b", history("d:a:b"), { source: "test", traceId: "trace-1" });
    expect(result).toEqual({ ok: true, value: { hello: true } });
    expect(h.calls).toHaveLength(3);
    const envelopes = h.calls.map(decodeEnvelope);
    expect(new Set(envelopes.map((e) => e.messageId)).size).toBe(1);
    expect(envelopes.map((e) => e.metadata[META.attempt])).toEqual(["1", "2", "3"]);
    expect(envelopes.every((e) => e.metadata[META.traceId] === "trace-1")).toBe(true);
    // Equal jitter with random = 0.5: 3/4 of 50 ms, then of 100 ms.
    expect(h.sleeps).toEqual([38, 75]);
  });

  it("gives up after 3 retries", async () => {
    const h = harness(async () => {
      throw platformError({ retryable: true });
    });
    const result = await h.router.call("conversation.history", "d:a:b", history("d:a:b"), { source: "test" });
    expect(result).toMatchObject({ ok: false, error: { code: "unavailable" } });
    expect(h.calls).toHaveLength(4);
  });

  it("never retries an error without the retryable mark", async () => {
    const h = harness(async () => {
      throw new Error("boom");
    });
    expect(await h.router.call("conversation.history", "d:a:b", history("d:a:b"), { source: "test" })).toMatchObject({ ok: false, error: { code: "unavailable" } });
    expect(h.calls).toHaveLength(1);
  });

  it("never retries `overloaded`, even when also marked retryable, and says when to come back", async () => {
    const h = harness(async () => {
      throw platformError({ retryable: true, overloaded: true });
    });
    const result = await h.router.call("conversation.history", "d:a:b", history("d:a:b"), { source: "test" });
    expect(result).toMatchObject({ ok: false, error: { code: "unavailable", message: expect.stringContaining("overloaded"), retryAfterMs: 1000 } });
    expect(h.calls).toHaveLength(1);
  });

  it("passes application failures through untouched and does not retry them", async () => {
    const h = harness(async () => fail("forbidden", "not a member"));
    expect(await h.router.call("conversation.history", "d:a:b", history("d:a:b"), { source: "test" })).toEqual({ ok: false, error: { code: "forbidden", message: "not a member" } });
    expect(h.calls).toHaveLength(1);
  });
});

describe("circuit breaker", () => {
  it("moves closed → open → half-open → closed/open", () => {
    const moves: Array<[CircuitState, CircuitState]> = [];
    const b = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1_000 }, (from, to) => moves.push([from, to]));
    expect(b.allow(0)).toBe(true);
    b.failure(0);
    b.failure(0);
    b.success(); // a success resets the count
    b.failure(0);
    b.failure(0);
    expect(b.state).toBe("closed");
    b.failure(10);
    expect(b.state).toBe("open");
    expect(b.allow(500)).toBe(false);
    expect(b.retryAfterMs(500)).toBe(510);
    expect(b.allow(1_010)).toBe(true); // the probe
    expect(b.state).toBe("half_open");
    expect(b.allow(1_010)).toBe(false); // only one probe at a time
    b.failure(1_020);
    expect(b.state).toBe("open");
    expect(b.allow(2_019)).toBe(false);
    expect(b.allow(2_020)).toBe(true);
    b.success();
    expect(b.state).toBe("closed");
    expect(moves).toEqual([
      ["closed", "open"],
      ["open", "half_open"],
      ["half_open", "open"],
      ["open", "half_open"],
      ["half_open", "closed"],
    ]);
  });

  it("opens per target after 5 failures, fails fast while open, closes after a good probe, visible in metrics", async () => {
    let healthy = false;
    const h = harness(async () => {
      if (!healthy) throw new Error("down");
      return ok("fine");
    });
    const key = "d:breaker:test";
    const opened = METRICS.circuitTransitions.value({ service: "conversation", state: "open" });
    const openBefore = METRICS.circuitsOpen.value({ service: "conversation" });
    for (let i = 0; i < 5; i++) await h.router.call("conversation.history", key, history(key), { source: "test" });
    expect(h.calls).toHaveLength(5);
    expect(METRICS.circuitTransitions.value({ service: "conversation", state: "open" })).toBe(opened + 1);
    expect(METRICS.circuitsOpen.value({ service: "conversation" })).toBe(openBefore + 1);

    const fast = await h.router.call("conversation.history", key, history(key), { source: "test" });
    expect(fast).toMatchObject({ ok: false, error: { code: "unavailable", retryAfterMs: 5_000 } });
    expect(h.calls).toHaveLength(5); // not called
    // Another target is unaffected.
    healthy = true;
    expect(await h.router.call("conversation.history", "d:other:x", history("d:other:x"), { source: "test" })).toEqual({ ok: true, value: "fine" });

    h.clock.now += 5_000;
    expect(await h.router.call("conversation.history", key, history(key), { source: "test" })).toEqual({ ok: true, value: "fine" });
    expect(METRICS.circuitsOpen.value({ service: "conversation" })).toBe(openBefore);
    expect(METRICS.circuitTransitions.value({ service: "conversation", state: "closed" })).toBeGreaterThan(0);
  });

  it("keeps at most `capacity` breakers, dropping closed ones first", () => {
    const set = new BreakerSet({ failureThreshold: 1, cooldownMs: 1_000 }, () => {}, 3);
    set.get("s", "open-one").failure(0);
    for (let i = 0; i < 10; i++) set.get("s", `k${i}`);
    expect(set.size).toBe(3);
    expect(set.openCount("s")).toBe(1);
  });
});

describe("idempotent retries against the real objects", () => {
  it("a send whose reply was lost is retried and stores the message once", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    let attempt = 0;
    // The first attempt reaches the object (which commits) and then "loses" the reply with a
    // retryable platform error, as a reset connection would.
    const router = new MessageRouter(env, {
      resolve: (e, _service, key) => {
        const real = e.CONVERSATIONS.get(e.CONVERSATIONS.idFromName(key));
        return {
          receive: async (bytes) => {
            const result = (await real.receive(bytes)) as Result<unknown>;
            if (++attempt === 1) throw platformError({ retryable: true });
            return result;
          },
        };
      },
      breakers: newBreakerSet(),
      sleep: async () => {},
    });
    const item = { senderId: a.user.id, senderDevice: "d1", message: { clientMsgId: "lost-reply", type: "text" as const, content: { text: "once" } } };
    const result = await router.call("conversation.send", id, [id, [item]], { source: "test" });
    expect(attempt).toBe(2);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value[0]).toMatchObject({ ok: true, value: { seq: 1, duplicate: true } });
    const page = await env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(id)).history(id, { userId: a.user.id, limit: 10, maxBytes: 100_000 });
    expect(page.ok && page.value.messages.map((m) => m.clientMsgId)).toEqual(["lost-reply"]);
  });

  it("a send that times out at the router stays idempotent: the resend gets the stored ack", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    // The object commits, but its answer comes after the router stopped waiting.
    const slow = new MessageRouter(env, {
      resolve: (e, _service, key) => {
        const real = e.CONVERSATIONS.get(e.CONVERSATIONS.idFromName(key));
        return {
          receive: async (bytes) => {
            const result = (await real.receive(bytes)) as Result<unknown>;
            await new Promise((r) => setTimeout(r, 400));
            return result;
          },
        };
      },
      breakers: newBreakerSet(),
    });
    const item = { senderId: a.user.id, message: { clientMsgId: "slow-ack", type: "text" as const, content: { text: "late" } } };
    const first = await slow.call("conversation.send", id, [id, [item]], { source: "test", timeoutMs: 200 });
    expect(first).toMatchObject({ ok: false, error: { code: "timeout" } });
    const resend = await new MessageRouter(env).call("conversation.send", id, [id, [item]], { source: "test" });
    if (!resend.ok) throw new Error(JSON.stringify(resend.error));
    expect(resend.value[0]).toMatchObject({ ok: true, value: { seq: 1, duplicate: true } });
  });

  it("an envelope-deduplicated route (quota) charges a retried call once", async () => {
    const u = await register();
    let attempt = 0;
    const router = new MessageRouter(env, {
      resolve: (e, _service, key) => {
        const real = e.USERS.get(e.USERS.idFromName(key));
        return {
          receive: async (bytes) => {
            const result = (await real.receive(bytes)) as Result<unknown>;
            if (++attempt === 1) throw platformError({ retryable: true });
            return result;
          },
        };
      },
      breakers: newBreakerSet(),
      sleep: async () => {},
    });
    const first = await router.call("user.consumeQuota", u.user.id, [u.user.id, "group_create", 1], { source: "test" });
    expect(attempt).toBe(2);
    expect(first).toEqual({ ok: true, value: { remaining: 49 } });
    // A new call is charged: the count went down by one per call, not per attempt.
    const second = await new MessageRouter(env).call("user.consumeQuota", u.user.id, [u.user.id, "group_create", 1], { source: "test" });
    expect(second).toEqual({ ok: true, value: { remaining: 48 } });
  });
});

describe("the receiving side", () => {
  const envelope = (messageType: number, payload: unknown) =>
    encodeEnvelope({ messageId: "01TESTENVELOPE000000000000", sourceService: "test", targetService: "user", messageType, timestamp: Date.now(), payload, metadata: {} });

  it("dispatches by message type to the route's method", async () => {
    const stub = env.USERS.get(env.USERS.idFromName("receive-test"));
    expect(await stub.receive(envelope(ROUTES["user.ping"].code, []))).toMatchObject({ ok: true, value: { at: expect.any(Number) } });
  });

  it("refuses a message type of another service, an unknown type, junk bytes and a non-array payload", async () => {
    const stub = env.USERS.get(env.USERS.idFromName("receive-test"));
    expect(await stub.receive(envelope(ROUTES["conversation.send"].code, []))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await stub.receive(envelope(4242, []))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await stub.receive(new Uint8Array([1, 2, 3, 4]))).toMatchObject({ ok: false, error: { code: "bad_request" } });
    expect(await stub.receive(envelope(ROUTES["user.ping"].code, { not: "an array" }))).toMatchObject({ ok: false, error: { code: "bad_request" } });
  });

  it("every route names a method its service's class has", () => {
    const classes = { user: UserDO.prototype, conversation: ConversationDO.prototype, group: GroupDO.prototype, groupShard: GroupShardDO.prototype } as Record<string, object>;
    for (const [name, spec] of Object.entries(ROUTES)) {
      expect(typeof (classes[spec.service] as Record<string, unknown>)[spec.method], name).toBe("function");
    }
    const codes = Object.values(ROUTES).map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("service discovery", () => {
  it("accepts the configured bindings", () => {
    expect(() => checkBindings(env)).not.toThrow();
    expect(inspectBindings(env).find((b) => b.binding === "USERS")?.status).toBe("ok");
  });

  it("names a missing or mistyped binding in the error", () => {
    const { USERS: _users, ...missing } = env;
    expect(() => checkBindings(missing)).toThrow(BindingError);
    expect(() => checkBindings(missing)).toThrow(/USERS \(durable object: UserDO.*\) is missing.*wrangler\.toml/);
    expect(() => checkBindings({ ...env, DB: { nope: true } })).toThrow(/DB \(d1: .*\) is not a d1 binding/);
  });
});
