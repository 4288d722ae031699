/**
 * Rate limits and protection, with the tiny limits of the `limits` test project
 * (vitest.config.ts): per user (messages and operations per second, devices, daily
 * quotas), per IP (registrations, logins), per account (lockout), per user over HTTP.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors.js";
import { configFrom } from "../../workers/config.js";
import { enforceGroupCreationQuota } from "../../workers/limits/quota.js";
import { LoginGuard } from "../../workers/services/lockout.js";
import { FLOOD_STRIKES } from "../../objects/user/limits.js";
import { api, directId, eventually, register, TestSocket, uniqueName } from "../helpers/worker/client.js";

const text = (clientMsgId: string) => ({ clientMsgId, type: "text", content: { text: clientMsgId } });
let ipCounter = 1;
const freshIp = () => `198.51.100.${ipCounter++}`;

describe("per user, exact (UserDO)", () => {
  it("allows a burst of messages, then answers rate_limited with retryAfterMs", async () => {
    const a = await register();
    const b = await register();
    const ws = await TestSocket.open(a.accessToken);
    const replies = await Promise.all([1, 2, 3, 4].map((i) => ws.request("send", { ...text(`m${i}`), conversationId: directId(a.user.id, b.user.id) })));
    // Counted, not positional: the test pool's in-process socket occasionally hands the
    // object pipelined frames out of order (real sockets keep order: the chaos suite's
    // FIFO check and test/e2e/messaging.test.ts), and whichever arrives last is refused.
    const acks = replies.filter((r) => r.op === "ack");
    const refused = replies.filter((r) => r.op !== "ack");
    expect(acks.map((r) => (r.d as { seq: number }).seq).sort()).toEqual([1, 2, 3]);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ op: "error", d: { code: "rate_limited", status: 429, retryable: true } });
    const retryAfter = (refused[0]!.d as { retryAfterMs: number }).retryAfterMs;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(1_000);
    // Other operations have their own budget; pings are free.
    expect((await ws.request("sync")).op).toBe("sync_result");
    for (let i = 0; i < 10; i++) expect((await ws.request("ping")).op).toBe("pong");
    ws.close();
  });

  it("shares the budget across all of the user's devices", async () => {
    const a = await register();
    const b = await register();
    const phone = await TestSocket.open(a.accessToken, { deviceId: "phone" });
    const laptop = await TestSocket.open(a.accessToken, { deviceId: "laptop" });
    const to = { conversationId: directId(a.user.id, b.user.id) };
    const replies = await Promise.all([
      phone.request("send", { ...text("p1"), ...to }),
      laptop.request("send", { ...text("l1"), ...to }),
      phone.request("send", { ...text("p2"), ...to }),
      laptop.request("send", { ...text("l2"), ...to }),
    ]);
    expect(replies.filter((r) => r.op === "ack")).toHaveLength(3);
    expect(replies.filter((r) => r.op === "error" && (r.d as { code: string }).code === "rate_limited")).toHaveLength(1);
    phone.close();
    laptop.close();
  });

  it("limits other operations per second", async () => {
    const a = await register();
    const ws = await TestSocket.open(a.accessToken);
    const replies = await Promise.all(Array.from({ length: 6 }, () => ws.request("sync")));
    expect(replies.filter((r) => r.op === "sync_result")).toHaveLength(5);
    expect(replies.filter((r) => r.op === "error")[0]).toMatchObject({ d: { code: "rate_limited" } });
    ws.close();
  });

  it("closes a socket that keeps flooding past the limit (1008)", async () => {
    const a = await register();
    const ws = await TestSocket.open(a.accessToken);
    for (let i = 0; i < FLOOD_STRIKES + 10; i++) ws.sendRaw(JSON.stringify({ op: "send", id: i + 1, d: {} }));
    await eventually(() => ws.closed, 10_000);
    expect(ws.closed).toMatchObject({ code: 1008 });
  });

  it("refuses a device beyond MAX_DEVICES_PER_USER with 429, but lets a known device reconnect", async () => {
    const a = await register();
    const one = await TestSocket.open(a.accessToken, { deviceId: "one" });
    const two = await TestSocket.open(a.accessToken, { deviceId: "two" });
    const refused = await TestSocket.open(a.accessToken, { deviceId: "three" }).then(
      () => undefined,
      (err: Error) => err.message,
    );
    expect(refused).toMatch(/upgrade failed: 429 .*rate_limited.*at most 2 devices/);
    const again = await TestSocket.open(a.accessToken, { deviceId: "one" });
    await eventually(() => one.closed);
    expect(one.closed!.code).toBe(4001);
    for (const s of [two, again]) s.close();
  });

  it("counts group creations per day (the hook for POST /v1/groups)", async () => {
    const a = await register();
    expect(await enforceGroupCreationQuota(env, a.user.id)).toEqual({ remaining: 1 });
    expect(await enforceGroupCreationQuota(env, a.user.id)).toEqual({ remaining: 0 });
    const err = await enforceGroupCreationQuota(env, a.user.id).catch((e: AppError) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "rate_limited", status: 429 });
    // 2 per day refill one every 12 hours.
    expect((err as AppError).retryAfterMs).toBeGreaterThan(11 * 3_600_000);
    expect((err as AppError).retryAfterMs).toBeLessThanOrEqual(12 * 3_600_000);
    // Another user has their own quota.
    const b = await register();
    expect(await enforceGroupCreationQuota(env, b.user.id)).toEqual({ remaining: 1 });
  });
});

describe("per IP (Rate Limiting binding)", () => {
  const registerFrom = (ip: string) => api("/v1/auth/register", { body: { username: uniqueName("ip"), password: "correct horse battery" }, headers: { "cf-connecting-ip": ip } });

  it("throttles registrations per address with 429 and Retry-After", async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i++) expect((await registerFrom(ip)).status).toBe(201);
    const res = await registerFrom(ip);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("60");
    expect(res.body.error).toMatchObject({ code: "rate_limited", retryAfterMs: 60_000 });
    expect((await registerFrom(freshIp())).status).toBe(201);
  });

  it("exempts loopback clients unless RATE_LIMIT_LOOPBACK is set", async () => {
    for (let i = 0; i < 5; i++) expect((await registerFrom("127.0.0.1")).status).toBe(201);
  });

  it("throttles logins per address, whatever the account", async () => {
    const ip = freshIp();
    const accounts = await Promise.all([register(), register()]);
    const login = (i: number) =>
      api("/v1/auth/login", { body: { username: accounts[i % 2]!.user.username, password: "correct horse battery" }, headers: { "cf-connecting-ip": ip } });
    for (let i = 0; i < 4; i++) expect((await login(i)).status).toBe(200);
    const res = await login(4);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("60");
  });
});

describe("per user over HTTP (Rate Limiting binding)", () => {
  it("throttles HTTP sends per user", async () => {
    const a = await register();
    const b = await register();
    const url = `/v1/conversations/${directId(a.user.id, b.user.id)}/messages`;
    expect((await api(url, { token: a.accessToken, body: text("h1") })).status).toBe(201);
    expect((await api(url, { token: a.accessToken, body: text("h2") })).status).toBe(201);
    const res = await api(url, { token: a.accessToken, body: text("h3") });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("10");
    // The other user is not affected.
    expect((await api(url, { token: b.accessToken, body: text("b1") })).status).toBe(201);
  });
});

describe("account lockout (per account, D1)", () => {
  const login = (username: string, password: string, ip = freshIp()) => api("/v1/auth/login", { body: { username, password }, headers: { "cf-connecting-ip": ip } });

  it("locks an account after LOGIN_MAX_FAILURES failures from any addresses, even for the right password", async () => {
    const a = await register();
    for (let i = 0; i < 3; i++) expect((await login(a.user.username, "wrong password!")).status).toBe(401);
    const locked = await login(a.user.username, "correct horse battery");
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("rate_limited");
    const retryAfter = Number(locked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // Case does not help: the count is per account name.
    expect((await login(a.user.username.toUpperCase(), "correct horse battery")).status).toBe(429);
    // Other accounts are unaffected.
    const b = await register();
    expect((await login(b.user.username, "correct horse battery")).status).toBe(200);
  });

  it("treats unknown names like real ones (no enumeration through the lockout)", async () => {
    const ghost = uniqueName("ghost");
    for (let i = 0; i < 3; i++) expect((await login(ghost, "wrong password!")).status).toBe(401);
    expect((await login(ghost, "wrong password!")).status).toBe(429);
  });

  it("clears the count on a successful login", async () => {
    const a = await register();
    for (let i = 0; i < 2; i++) expect((await login(a.user.username, "wrong password!")).status).toBe(401);
    expect((await login(a.user.username, "correct horse battery")).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await login(a.user.username, "wrong password!")).status).toBe(401);
    expect((await login(a.user.username, "correct horse battery")).status).toBe(200);
  });

  it("lifts the lock after the lockout period, with a fresh set of attempts", async () => {
    const guard = new LoginGuard(env.DB, configFrom(env).limits);
    const name = uniqueName("clock");
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 3; i++) await guard.failed(name, t0);
    await expect(guard.check(name, t0 + 1_000)).rejects.toMatchObject({ code: "rate_limited", retryAfterMs: 899_000 });
    const later = t0 + 900_001;
    expect(await guard.check(name, later)).toBe(true);
    await guard.failed(name, later);
    expect(await guard.check(name, later + 1)).toBe(true);
  });
});
