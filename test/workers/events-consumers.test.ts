/**
 * Queue consumers through createMessageBatch/getQueueResult: per-message ack/retry,
 * idempotency by event/job id, malformed messages stored as dead letters, webhook
 * signatures, notify decisions and channel-step idempotency, the DLQ store, and the
 * publisher's refusals (invalid and oversized events).
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { makeEvent, messageCreatedId, type BusEvent } from "../../shared/events.js";
import { verifySignature } from "../../shared/signature.js";
import { consumeDeadLetters } from "../../workers/events/dead-letters.js";
import { consumeDeliveries } from "../../workers/events/deliveries.js";
import type { Job, NotifyJob } from "../../workers/events/jobs.js";
import { checkEvent, publish } from "../../workers/events/publisher.js";
import { retryDelaySeconds } from "../../workers/events/retry.js";
import { consumeEvents } from "../../workers/events/router.js";
import { WebhookEndpoints } from "../../workers/events/webhooks.js";
import type { Delivery, NotificationChannel, NotificationPayload, Recipient } from "../../workers/notifications/channel.js";
import type { NotificationContext } from "../../objects/user.js";

interface QueueResult {
  retryMessages: Array<{ msgId: string }>;
  explicitAcks: string[];
  ackAll: boolean;
  retryBatch: { retry: boolean };
}

let n = 0;
const uid = (p: string) => `${p}${Date.now().toString(36)}${(n++).toString(36)}`;

function messageCreated(opts: { from?: string; to?: string; text?: string; mentions?: string[] } = {}): BusEvent {
  const [a, b] = [opts.from ?? uid("A"), opts.to ?? uid("B")];
  const conversationId = a < b ? `d:${a}:${b}` : `d:${b}:${a}`;
  const messageId = uid("M").padEnd(26, "0").slice(0, 26);
  return makeEvent(
    "message.created",
    messageCreatedId(messageId),
    `conversation:${conversationId}`,
    {
      conversationKind: "direct",
      message: { messageId, conversationId, seq: 7, senderId: a, clientMsgId: "c1", type: "text", content: { text: opts.text ?? "hello" }, ts: 1_000, ...(opts.mentions ? { mentions: opts.mentions } : {}) },
    },
    1_000,
  );
}

const registered = () => {
  const userId = uid("U");
  return makeEvent("user.registered", `user.registered:${userId}`, "gateway", { userId, username: userId, displayName: userId, createdAt: 1 }, 1);
};

async function run<B>(queue: string, bodies: B[], consume: (batch: MessageBatch<unknown>) => Promise<void>, ids?: string[], attempts = 1) {
  const batch = createMessageBatch<unknown>(
    queue,
    bodies.map((body, i) => ({ id: ids?.[i] ?? uid("q"), timestamp: new Date(), attempts, body })),
  );
  const ctx = createExecutionContext();
  await consume(batch);
  const result = (await getQueueResult(batch, ctx)) as unknown as QueueResult;
  return { batch, result, ids: batch.messages.map((m) => m.id) };
}

async function deadLetter(id: string) {
  return env.DB.prepare("SELECT * FROM dead_letters WHERE id = ?").bind(id).first<{ queue: string; kind: string; reason: string; attempts: number; status: string }>();
}

let endpointId: string;
let endpointSecret: string;

beforeAll(async () => {
  const endpoint = await new WebhookEndpoints(env.DB).create({ url: "https://hooks.example.test/im", events: ["*"], description: "test" });
  endpointId = endpoint.id;
  endpointSecret = endpoint.secret;
});

describe("events consumer", () => {
  it("plans webhook and notify jobs, acks each message, and consumes an event once", async () => {
    const created = messageCreated();
    const user = registered();
    const sent: Job[] = [];
    const deps = { sendJobs: async (jobs: Job[]) => void sent.push(...jobs), subscriptions: async () => [{ id: endpointId, events: ["*"] }] };
    const first = await run("imserver-events", [created, user], (b) => consumeEvents(b, env, deps));
    expect(first.result.retryMessages).toEqual([]);
    expect(first.result.explicitAcks.sort()).toEqual([...first.ids].sort());
    const recipient = (created.data as { message: { conversationId: string; senderId: string } }).message.conversationId.split(":").slice(1).find((u) => u !== (created.data as { message: { senderId: string } }).message.senderId);
    expect(sent.map((j) => j.job_id).sort()).toEqual(
      [`${created.event_id}|wh|${endpointId}`, `${created.event_id}|n|${recipient}`, `${user.event_id}|wh|${endpointId}`].sort(),
    );
    const notify = sent.find((j): j is NotifyJob => j.job === "notify")!;
    expect(notify.notification).toMatchObject({ seq: 7, preview: "hello", mentioned: false, conversationKind: "direct" });

    // At-least-once: the same events again (new queue message ids) have no effect.
    sent.length = 0;
    const again = await run("imserver-events", [created, user], (b) => consumeEvents(b, env, deps));
    expect(again.result.explicitAcks).toHaveLength(2);
    expect(sent).toEqual([]);
  });

  it("retries only the message that failed, with its reason recorded (a batch of 10, #3 fails)", async () => {
    const events = Array.from({ length: 10 }, () => registered());
    const failing = events[2]!.event_id;
    const deps = {
      sendJobs: async (jobs: Job[]) => {
        if (jobs.some((j) => j.job_id.startsWith(failing))) throw new Error("deliveries queue unavailable");
      },
      subscriptions: async () => [{ id: endpointId, events: ["user.registered"] }],
    };
    const { result, ids } = await run("imserver-events", events, (b) => consumeEvents(b, env, deps));
    expect(result.retryBatch.retry).toBe(false);
    expect(result.retryMessages.map((r) => r.msgId)).toEqual([ids[2]]);
    expect(result.explicitAcks.sort()).toEqual(ids.filter((_, i) => i !== 2).sort());
    const failure = await env.DB.prepare("SELECT reason, attempts FROM delivery_failures WHERE message_id = ?").bind(ids[2]).first<{ reason: string; attempts: number }>();
    expect(failure?.reason).toContain("deliveries queue unavailable");
  });

  it("stores a malformed event as a dead letter at once and acks it", async () => {
    const { result, ids } = await run("imserver-events", [{ event_type: "message.created", data: {} }, { ...registered(), event_type: "user.exploded" }], (b) =>
      consumeEvents(b, env, { sendJobs: async () => {}, subscriptions: async () => [] }),
    );
    expect(result.explicitAcks.sort()).toEqual([...ids].sort());
    expect(await deadLetter(ids[0]!)).toMatchObject({ queue: "none", kind: "invalid", status: "dead" });
    expect((await deadLetter(ids[0]!))!.reason).toContain("invalid event envelope");
    expect((await deadLetter(ids[1]!))!.reason).toContain("unknown event type");
  });
});

describe("deliveries consumer", () => {
  const webhookJob = (event: BusEvent): Job => ({ job: "webhook", job_id: `${event.event_id}|wh|${endpointId}`, endpoint_id: endpointId, event });

  it("signs webhook calls, retries a failing receiver with backoff, and delivers once it recovers", async () => {
    const event = registered();
    const calls: Request[] = [];
    let status = 500;
    const fetch = async (request: Request) => {
      calls.push(request.clone());
      return new Response(null, { status });
    };
    const failed = await run("imserver-deliveries", [webhookJob(event)], (b) => consumeDeliveries(b, env, { fetch }), undefined, 2);
    expect(failed.result.retryMessages.map((r) => r.msgId)).toEqual(failed.ids);
    const failure = await env.DB.prepare("SELECT reason, attempts FROM delivery_failures WHERE message_id = ?").bind(failed.ids[0]).first<{ reason: string; attempts: number }>();
    expect(failure).toMatchObject({ attempts: 2 });
    expect(failure!.reason).toContain("HTTP 500");

    status = 204;
    const ok = await run("imserver-deliveries", [webhookJob(event)], (b) => consumeDeliveries(b, env, { fetch }), failed.ids);
    expect(ok.result.explicitAcks).toEqual(failed.ids);
    expect(calls).toHaveLength(2);
    const request = calls[1]!;
    const body = await request.text();
    expect(JSON.parse(body)).toEqual(event);
    expect(request.headers.get("idempotency-key")).toBe(event.event_id);
    expect(request.headers.get("x-imserver-event")).toBe("user.registered");
    expect(await verifySignature(endpointSecret, request.headers.get("x-imserver-signature"), body)).toBe(true);
    expect(await verifySignature("wrong-secret-wrong-secret", request.headers.get("x-imserver-signature"), body)).toBe(false);
    expect(await verifySignature(endpointSecret, request.headers.get("x-imserver-signature"), body.replace("gateway", "gatewax"))).toBe(false);

    // Delivered jobs are never delivered again.
    await run("imserver-deliveries", [webhookJob(event)], (b) => consumeDeliveries(b, env, { fetch }));
    expect(calls).toHaveLength(2);
  });

  it("drops jobs of a deleted endpoint and dead-letters malformed jobs", async () => {
    const gone = { ...webhookJob(registered()), endpoint_id: "01NOSUCHENDPOINT0000000000" } as Job;
    const fetch = async () => new Response(null, { status: 200 });
    const { result, ids } = await run("imserver-deliveries", [gone, { job: "webhook", job_id: "x" }], (b) => consumeDeliveries(b, env, { fetch }));
    expect(result.explicitAcks.sort()).toEqual([...ids].sort());
    expect(await deadLetter(ids[0]!)).toBeNull();
    expect(await deadLetter(ids[1]!)).toMatchObject({ kind: "invalid" });
  });

  describe("notify jobs", () => {
    function notifyJob(opts: { mentioned?: boolean } = {}): NotifyJob {
      const event = messageCreated();
      const m = (event.data as { message: { conversationId: string; messageId: string; senderId: string } }).message;
      const userId = uid("R");
      return {
        job: "notify",
        job_id: `${event.event_id}|n|${userId}`,
        event_id: event.event_id,
        user_id: userId,
        notification: { conversationId: m.conversationId, conversationKind: "direct", messageId: m.messageId, seq: 7, senderId: m.senderId, type: "text", ts: 1, mentioned: opts.mentioned ?? false, preview: "hi" },
      };
    }

    /** A channel recording what it sends; `failKeys` fail until removed. */
    function recordingChannel(keys: string[], failKeys: Set<string>) {
      const sent: Array<{ key: string; payload: NotificationPayload; recipient: Recipient }> = [];
      const channel: NotificationChannel = {
        name: "test",
        deliveries: async (recipient, payload): Promise<Delivery[]> =>
          keys
            .filter((k) => recipient.offline || k.startsWith("device:"))
            .map((key) => ({
              key,
              send: async () => {
                if (failKeys.has(key)) return { ok: false as const, reason: `${key} is down` };
                sent.push({ key, payload, recipient });
                return { ok: true as const };
              },
            })),
      };
      return { channel, sent };
    }

    const context = (c: Partial<NotificationContext>) => async (): Promise<NotificationContext> => ({ onlineDevices: [], read: false, muted: false, blocked: false, badge: 3, ...c });

    it("notifies an offline recipient with the badge, once, and repeats only failed channel steps", async () => {
      const fail = new Set(["webhook"]);
      const { channel, sent } = recordingChannel(["webhook", "device:phone"], fail);
      const job = notifyJob();
      const deps = { notify: { channels: [channel], context: context({}) } };
      const first = await run("imserver-deliveries", [job], (b) => consumeDeliveries(b, env, deps));
      expect(first.result.retryMessages).toHaveLength(1);
      expect(sent.map((s) => s.key)).toEqual(["device:phone"]);
      expect(sent[0]!.payload).toMatchObject({ kind: "message", userId: job.user_id, badge: 3, notificationId: job.job_id, seq: 7 });

      fail.clear();
      const second = await run("imserver-deliveries", [job], (b) => consumeDeliveries(b, env, deps), first.ids);
      expect(second.result.explicitAcks).toEqual(first.ids);
      expect(sent.map((s) => s.key)).toEqual(["device:phone", "webhook"]);
      await run("imserver-deliveries", [job], (b) => consumeDeliveries(b, env, deps));
      expect(sent).toHaveLength(2);
    });

    it("skips muted conversations unless mentioned, blocked senders always, and read messages", async () => {
      const cases: Array<{ ctx: Partial<NotificationContext>; mentioned: boolean; expected: number }> = [
        { ctx: { muted: true }, mentioned: false, expected: 0 },
        { ctx: { muted: true }, mentioned: true, expected: 1 },
        { ctx: { blocked: true }, mentioned: true, expected: 0 },
        { ctx: { read: true }, mentioned: false, expected: 0 },
        { ctx: { onlineDevices: ["laptop"] }, mentioned: false, expected: 0 },
      ];
      for (const c of cases) {
        const { channel, sent } = recordingChannel(["webhook"], new Set());
        const { result } = await run("imserver-deliveries", [notifyJob({ mentioned: c.mentioned })], (b) =>
          consumeDeliveries(b, env, { notify: { channels: [channel], context: context(c.ctx) } }),
        );
        expect(result.explicitAcks).toHaveLength(1);
        expect({ ...c, sent: sent.length }).toEqual({ ...c, sent: c.expected });
      }
    });

    it("retries when the recipient's state cannot be read", async () => {
      const { channel } = recordingChannel(["webhook"], new Set());
      const { result } = await run("imserver-deliveries", [notifyJob()], (b) =>
        consumeDeliveries(b, env, { notify: { channels: [channel], context: async () => Promise.reject(new Error("object overloaded")) } }),
      );
      expect(result.retryMessages).toHaveLength(1);
    });
  });
});

describe("dead-letter consumer", () => {
  it("stores each dead message with the reason of its last failure", async () => {
    const event = registered();
    const job = { job: "webhook", job_id: `${event.event_id}|wh|${endpointId}`, endpoint_id: endpointId, event };
    const ids = [uid("dlq"), uid("dlq")];
    await env.DB.prepare("INSERT INTO delivery_failures (message_id, reason, attempts, updated_at) VALUES (?, ?, ?, ?)").bind(ids[0], "receiver answered HTTP 503", 6, 1).run();
    const { result } = await run("imserver-dlq", [job, event], (b) => consumeDeadLetters(b, env), ids);
    expect(result.explicitAcks.sort()).toEqual([...ids].sort());
    expect(await deadLetter(ids[0]!)).toMatchObject({ queue: "deliveries", kind: "webhook", reason: "receiver answered HTTP 503", attempts: 6, status: "dead" });
    expect(await deadLetter(ids[1]!)).toMatchObject({ queue: "events", kind: "user.registered", status: "dead" });
    // A redelivered DLQ message is stored once.
    await run("imserver-dlq", [job], (b) => consumeDeadLetters(b, env), [ids[0]!]);
    const count = await env.DB.prepare("SELECT COUNT(*) AS n FROM dead_letters WHERE id = ?").bind(ids[0]).first<{ n: number }>();
    expect(count?.n).toBe(1);
  });
});

describe("publisher", () => {
  it("refuses an event over the queue's size limit before sending anything", async () => {
    const big = messageCreated({ text: "x".repeat(130_000) });
    let sent = 0;
    const queue = { send: async () => void sent++, sendBatch: async () => void sent++ } as unknown as Queue;
    await expect(publish(queue, [registered(), big])).rejects.toMatchObject({ code: "too_large" });
    expect(sent).toBe(0);
  });

  it("refuses an event the catalogue does not accept", () => {
    const bad = { ...registered(), data: { userId: 5 } } as unknown as BusEvent;
    expect(() => checkEvent(bad)).toThrow(/invalid user.registered data/);
  });

  it("splits large publishes into batches within the queue's limits", async () => {
    const batches: number[] = [];
    const queue = { sendBatch: async (b: unknown[]) => void batches.push(b.length) } as unknown as Queue;
    await publish(queue, Array.from({ length: 250 }, () => registered()));
    expect(batches).toEqual([100, 100, 50]);
    batches.length = 0;
    await publish(queue, Array.from({ length: 5 }, () => messageCreated({ text: "y".repeat(100_000) })));
    expect(batches).toEqual([2, 2, 1]);
  });

  it("backs off exponentially with jitter, capped", () => {
    expect(retryDelaySeconds(1, 5, () => 0.5)).toBe(5);
    expect(retryDelaySeconds(3, 5, () => 0.5)).toBe(20);
    expect(retryDelaySeconds(30, 5, () => 0.5)).toBe(3_600);
    expect(retryDelaySeconds(4, 0)).toBe(0);
  });
});
