/**
 * The admin API of the event bus through the real fetch handler: only users listed in
 * ADMIN_USER_IDS get in; dead letters are listed, replayed (back onto their queue, where
 * the real consumer processes them) and discarded; webhook endpoints are managed.
 */
import { createExecutionContext, createMessageBatch } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { makeEvent } from "../../shared/events.js";
import { signAccessToken } from "../../workers/auth/jwt.js";
import { configFrom } from "../../workers/config.js";
import { consumeDeadLetters } from "../../workers/events/dead-letters.js";
import { api, eventually, register } from "../helpers/worker/client.js";

const ADMIN_ID = "01ADM1NTESTUSER00000000000";
let admin: string;
let user: string;

beforeAll(async () => {
  const now = Date.now();
  await env.DB.batch([
    env.DB.prepare("INSERT INTO users (id, username, display_name, created_at) VALUES (?, 'root_admin', 'Admin', ?)").bind(ADMIN_ID, now),
    env.DB.prepare("INSERT INTO sessions (id, user_id, device_id, created_at, last_refreshed_at) VALUES ('01ADM1NSESS10N000000000000', ?, 'console', ?, ?)").bind(ADMIN_ID, now, now),
  ]);
  admin = await signAccessToken({ userId: ADMIN_ID, deviceId: "console", sessionId: "01ADM1NSESS10N000000000000" }, configFrom(env));
  user = (await register()).accessToken;
});

let n = 0;
async function storeDeadLetter(body: unknown, reason: string): Promise<string> {
  const id = `dl-${Date.now()}-${n++}`;
  await env.DB.prepare("INSERT INTO delivery_failures (message_id, reason, attempts, updated_at) VALUES (?, ?, 6, 1)").bind(id, reason).run();
  const batch = createMessageBatch("imserver-dlq", [{ id, timestamp: new Date(), attempts: 1, body }]);
  createExecutionContext();
  await consumeDeadLetters(batch, env);
  return id;
}

const registeredEvent = (userId: string) => makeEvent("user.registered", `user.registered:${userId}`, "gateway", { userId, username: userId, displayName: userId, createdAt: 1 }, 1);

describe("admin access", () => {
  it("refuses anonymous callers and users not listed as admins", async () => {
    for (const path of ["/v1/admin/dead-letters", "/v1/admin/webhooks"]) {
      expect((await api(path)).status).toBe(401);
      const forbidden = await api(path, { token: user });
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.error.code).toBe("forbidden");
      expect((await api(path, { token: admin })).status).toBe(200);
    }
    expect((await api("/v1/admin/dead-letters/replay", { token: user, body: {} })).status).toBe(403);
  });
});

describe("dead letters", () => {
  it("lists them with their reasons, replays one onto its queue, and discards another", async () => {
    const event = registeredEvent(`replay${Date.now()}`);
    const replayable = await storeDeadLetter(event, "events consumer: D1 unavailable");
    const broken = await storeDeadLetter({ nonsense: true }, "unreadable");

    const list = await api("/v1/admin/dead-letters?status=dead&limit=1", { token: admin });
    expect(list.status).toBe(200);
    expect(list.body.deadLetters).toHaveLength(1);
    expect(list.body.deadLetters[0]).toMatchObject({ id: replayable, queue: "events", kind: "user.registered", refId: event.event_id, reason: "events consumer: D1 unavailable", attempts: 6, status: "dead", body: event });
    const next = await api(`/v1/admin/dead-letters?status=dead&cursor=${list.body.nextCursor}`, { token: admin });
    expect(next.body.deadLetters.map((d: { id: string }) => d.id)).toContain(broken);

    const replayed = await api(`/v1/admin/dead-letters/${replayable}/replay`, { method: "POST", token: admin });
    expect(replayed.status).toBe(200);
    expect(replayed.body.deadLetter).toMatchObject({ id: replayable, status: "replayed" });
    // The real events consumer picks the replayed event up and consumes it.
    await eventually(async () => (await env.DB.prepare("SELECT 1 AS ok FROM consumed_ids WHERE consumer = 'router' AND id = ?").bind(event.event_id).first()) !== null, 10_000);
    const again = await api(`/v1/admin/dead-letters/${replayable}/replay`, { method: "POST", token: admin });
    expect(again.status).toBe(409);

    const refused = await api(`/v1/admin/dead-letters/${broken}/replay`, { method: "POST", token: admin });
    expect(refused.status).toBe(409);
    expect((await api(`/v1/admin/dead-letters/${broken}`, { method: "DELETE", token: admin })).status).toBe(204);
    expect((await api(`/v1/admin/dead-letters/${broken}`, { token: admin })).status).toBe(404);
    expect((await api(`/v1/admin/dead-letters/${broken}`, { method: "DELETE", token: admin })).status).toBe(404);
  });

  it("replays all dead letters in one call", async () => {
    const events = [registeredEvent(`all${Date.now()}a`), registeredEvent(`all${Date.now()}b`)];
    for (const e of events) await storeDeadLetter(e, "boom");
    const all = await api("/v1/admin/dead-letters/replay", { token: admin, body: { limit: 500 } });
    expect(all.status).toBe(200);
    expect(all.body.failed).toEqual([]);
    expect(all.body.remaining).toBe(0);
    expect(all.body.replayed.length).toBeGreaterThanOrEqual(2);
    for (const e of events) {
      await eventually(async () => (await env.DB.prepare("SELECT 1 AS ok FROM consumed_ids WHERE consumer = 'router' AND id = ?").bind(e.event_id).first()) !== null, 10_000);
    }
  });
});

describe("webhook endpoints", () => {
  it("creates (showing the secret once), lists, updates and deletes endpoints", async () => {
    const bad = await api("/v1/admin/webhooks", { token: admin, body: { url: "ftp://x", events: ["nope"] } });
    expect(bad.status).toBe(400);
    const created = await api("/v1/admin/webhooks", { token: admin, body: { url: "https://app.example.test/hooks", events: ["message.created", "group.member_added"] } });
    expect(created.status).toBe(201);
    const { id, secret } = created.body.webhook;
    expect(secret).toMatch(/^whsec_/);
    const list = await api("/v1/admin/webhooks", { token: admin });
    const listed = list.body.webhooks.find((w: { id: string }) => w.id === id);
    expect(listed).toMatchObject({ url: "https://app.example.test/hooks", events: ["message.created", "group.member_added"], enabled: true });
    expect(listed.secret).toBeUndefined();
    const updated = await api(`/v1/admin/webhooks/${id}`, { method: "PATCH", token: admin, body: { enabled: false, events: ["*"] } });
    expect(updated.body.webhook).toMatchObject({ enabled: false, events: ["*"] });
    expect((await api(`/v1/admin/webhooks/${id}`, { method: "DELETE", token: admin })).status).toBe(204);
    expect((await api(`/v1/admin/webhooks/${id}`, { method: "DELETE", token: admin })).status).toBe(404);
  });
});
