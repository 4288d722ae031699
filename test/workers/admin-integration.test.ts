/**
 * The admin API through the real gateway: API keys (missing, invalid, revoked, expired,
 * out of scope), admin users, user creation and import, ban and unban, force logout
 * closing live sockets, devices, sending as the system or a user, and the message trace.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { requireAdmin } from "../../workers/auth/admin.js";
import { ApiKeys, type GrantedScope } from "../../workers/auth/api-keys.js";
import { api, directId, eventually, login, register, TestSocket, uniqueName } from "../helpers/worker/client.js";

async function mintKey(scopes: GrantedScope[], extra: { expiresAt?: number } = {}): Promise<{ key: string; id: string }> {
  const { key, record } = await new ApiKeys(env.DB).create({ name: "test", scopes, createdBy: "bootstrap", ...extra });
  return { key, id: record.id };
}

const admin = (path: string, key: string | undefined, init: { method?: string; body?: unknown } = {}) =>
  api(path, { ...init, ...(key ? { headers: { "x-api-key": key } } : {}) });

describe("API keys", () => {
  it("refuses missing, malformed, unknown, wrong-secret, revoked and expired keys with 401", async () => {
    const { key, id } = await mintKey(["users:read"]);
    const u = await register();
    const path = `/v1/admin/users/${u.user.id}`;
    expect((await admin(path, key)).status).toBe(200);

    const missing = await admin(path, undefined);
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe("unauthorized");
    expect((await admin(path, "not-a-key")).status).toBe(401);
    expect((await admin(path, `imk_${"0".repeat(26)}_${"A".repeat(43)}`)).status).toBe(401);
    expect((await admin(path, key.slice(0, -1) + (key.endsWith("A") ? "B" : "A"))).status).toBe(401);
    // Also as a bearer token.
    expect((await api(path, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);

    await new ApiKeys(env.DB).revoke(id);
    const revoked = await admin(path, key);
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.message).toBe("invalid, revoked or expired API key");

    const expired = await mintKey(["users:read"], { expiresAt: Date.now() - 1 });
    expect((await admin(path, expired.key)).status).toBe(401);
  });

  it("refuses a key without the route's scope with 403, and `*` allows everything", async () => {
    const { key } = await mintKey(["users:read"]);
    const u = await register();
    const res = await admin(`/v1/admin/users/${u.user.id}/logout`, key, { method: "POST" });
    expect(res.status).toBe(403);
    expect(res.body.error).toEqual({ code: "forbidden", message: "this API key lacks the sessions:revoke scope" });
    expect((await admin("/metrics", key)).status).toBe(403);
    const all = await mintKey(["*"]);
    expect((await admin(`/v1/admin/users/${u.user.id}/logout`, all.key, { method: "POST" })).status).toBe(200);
  });

  it("does not accept an ordinary user's access token; accepts an admin user's", async () => {
    const u = await register();
    const res = await api(`/v1/admin/users/${u.user.id}`, { token: u.accessToken });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe("this user is not an administrator");
    // ADMIN_USER_IDS names the admins (a fresh env object parses its own config).
    const request = new Request("http://x/", { headers: { authorization: `Bearer ${u.accessToken}` } });
    const principal = await requireAdmin(request, { ...env, ADMIN_USER_IDS: u.user.id } as Env, "users:ban");
    expect(principal).toMatchObject({ kind: "user", id: u.user.id, actor: `user:${u.user.id}`, scopes: ["*"] });
  });

  it("manages keys through the API: create (shown once), list without secrets, revoke; no escalation", async () => {
    const manager = await mintKey(["keys:manage", "users:read"]);
    const created = await admin("/v1/admin/keys", manager.key, { body: { name: "ci", scopes: ["users:read"], expiresInDays: 30 } });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^imk_[0-9A-Z]{26}_[A-Za-z0-9_-]{43}$/);
    expect(created.body.apiKey).toMatchObject({ name: "ci", scopes: ["users:read"], createdBy: `key:${manager.id}` });
    const listed = await admin("/v1/admin/keys", manager.key);
    const secret = (created.body.key as string).slice("imk_".length + 26 + 1);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(listed.body.keys.map((k: { id: string }) => k.id)).toContain(created.body.apiKey.id);

    const escalate = await admin("/v1/admin/keys", manager.key, { body: { name: "x", scopes: ["users:ban"] } });
    expect(escalate.status).toBe(403);
    expect((await admin("/v1/admin/keys", manager.key, { body: { name: "x", scopes: ["*"] } })).status).toBe(403);

    const u = await register();
    expect((await admin(`/v1/admin/users/${u.user.id}`, created.body.key)).status).toBe(200);
    expect((await admin(`/v1/admin/keys/${created.body.apiKey.id}`, manager.key, { method: "DELETE" })).body.apiKey.revokedAt).toBeTypeOf("number");
    expect((await admin(`/v1/admin/users/${u.user.id}`, created.body.key)).status).toBe(401);
    expect((await admin("/v1/admin/keys/01ZZZZZZZZZZZZZZZZZZZZZZZZ", manager.key, { method: "DELETE" })).status).toBe(404);

    const audit = await admin("/v1/admin/audit", manager.key);
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(["key.create", "key.revoke"]));
  });
});

describe("users", () => {
  it("creates and imports users who can then sign in", async () => {
    const { key } = await mintKey(["users:write", "users:read"]);
    const name = uniqueName("made");
    const made = await admin("/v1/admin/users", key, { body: { username: name, password: "made by admin", displayName: "Made" } });
    expect(made.status).toBe(201);
    expect(made.body.user).toMatchObject({ username: name, displayName: "Made" });
    expect((await admin("/v1/admin/users", key, { body: { username: name, password: "made by admin" } })).status).toBe(409);
    expect((await api("/v1/auth/login", { body: { username: name, password: "made by admin" } })).status).toBe(200);

    const imported = await admin("/v1/admin/users/import", key, {
      body: { users: [{ username: uniqueName("imp"), password: "password one" }, { username: name, password: "password two" }, { username: uniqueName("imp"), password: "password three" }] },
    });
    expect(imported.status).toBe(200);
    expect(imported.body.results.map((r: { status: string }) => r.status)).toEqual(["created", "conflict", "created"]);
    expect((await admin("/v1/admin/users/import", key, { body: { users: [] } })).status).toBe(400);

    const got = await admin(`/v1/admin/users/${made.body.user.id}`, key);
    expect(got.body).toMatchObject({ user: { id: made.body.user.id }, activeSessions: 1 });
    expect((await admin("/v1/admin/users/nobody", key)).status).toBe(404);
  });

  it("force logout revokes every session and closes every live socket (4003)", async () => {
    const { key } = await mintKey(["sessions:revoke"]);
    const u = await register();
    const second = await login(u.user.username, "correct horse battery", "laptop");
    const phone = await TestSocket.open(u.accessToken, { deviceId: "phone" });
    const laptop = await TestSocket.open(second.accessToken, { deviceId: "laptop" });

    const res = await admin(`/v1/admin/users/${u.user.id}/logout`, key, { method: "POST" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ userId: u.user.id, revokedSessions: 2, closedSockets: 2 });
    await eventually(() => phone.closed && laptop.closed);
    expect([phone.closed!.code, laptop.closed!.code]).toEqual([4003, 4003]);
    expect((await api("/v1/users/me", { token: u.accessToken })).status).toBe(401);
    expect((await api("/v1/auth/refresh", { body: { refreshToken: second.refreshToken } })).status).toBe(401);
    expect((await TestSocket.open(u.accessToken).catch((e: Error) => e.message))).toMatch(/upgrade failed: 401/);
    // Signing in again works.
    expect((await login(u.user.username)).user.id).toBe(u.user.id);
  });

  it("ban closes sockets (4004) and refuses login until lifted", async () => {
    const { key } = await mintKey(["users:ban", "users:read"]);
    const u = await register();
    const ws = await TestSocket.open(u.accessToken);
    const banned = await admin(`/v1/admin/users/${u.user.id}/ban`, key, { body: { reason: "spam" } });
    expect(banned.body).toEqual({ userId: u.user.id, banned: true, revokedSessions: 1, closedSockets: 1 });
    await eventually(() => ws.closed);
    expect(ws.closed!.code).toBe(4004);
    const refused = await api("/v1/auth/login", { body: { username: u.user.username, password: "correct horse battery" } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("this account is suspended");
    // A wrong password still reads as a wrong password (the ban is not revealed to guessers).
    expect((await api("/v1/auth/login", { body: { username: u.user.username, password: "not the password" } })).status).toBe(401);
    expect((await admin(`/v1/admin/users/${u.user.id}`, key)).body.ban).toMatchObject({ reason: "spam", bannedBy: expect.stringMatching(/^key:/) });

    expect((await admin(`/v1/admin/users/${u.user.id}/ban`, key, { method: "DELETE" })).body.banned).toBe(false);
    expect((await api("/v1/auth/login", { body: { username: u.user.username, password: "correct horse battery" } })).status).toBe(200);
    expect((await admin("/v1/admin/users/system/ban", key, { body: { reason: "x" } })).status).toBe(400);
  });

  it("a temporary ban ends by itself", async () => {
    const { key } = await mintKey(["users:ban"]);
    const u = await register();
    // Long enough that the first login surely falls inside the ban, even on a loaded machine.
    expect((await admin(`/v1/admin/users/${u.user.id}/ban`, key, { body: { reason: "cool off", until: Date.now() + 2_000 } })).status).toBe(200);
    expect((await api("/v1/auth/login", { body: { username: u.user.username, password: "correct horse battery" } })).status).toBe(403);
    await eventually(async () => (await api("/v1/auth/login", { body: { username: u.user.username, password: "correct horse battery" } })).status === 200, 8_000, 200);
  });

  it("lists devices with their sessions and live connections", async () => {
    const { key } = await mintKey(["users:read"]);
    const u = await register(uniqueName(), "correct horse battery", { deviceId: "phone" });
    await login(u.user.username, "correct horse battery", "laptop");
    const ws = await TestSocket.open(u.accessToken, { deviceId: "phone", encoding: "binary" });
    const res = await admin(`/v1/admin/users/${u.user.id}/devices`, key);
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.devices.map((d: { deviceId: string }) => [d.deviceId, d]));
    expect(byId["phone"]).toMatchObject({ sessions: [{ sessionId: u.sessionId }], connections: [{ sessionId: u.sessionId, encoding: "binary", compress: false }] });
    expect(byId["laptop"]).toMatchObject({ sessions: [expect.any(Object)], connections: [] });
    ws.close();
  });
});

describe("messages", () => {
  it("sends as the system account and as a user, idempotently", async () => {
    const { key } = await mintKey(["messages:send"]);
    const a = await register();
    const b = await register();
    const bSocket = await TestSocket.open(b.accessToken);
    const fromSystem = await admin("/v1/admin/messages", key, { body: { to: b.user.id, clientMsgId: "notice-1", type: "text", content: { text: "maintenance at 2am" } } });
    expect(fromSystem.status).toBe(201);
    expect(fromSystem.body).toMatchObject({ senderId: "system", conversationId: directId("system", b.user.id), seq: 1 });
    expect((await bSocket.next((p) => p.op === "message")).d).toMatchObject({ senderId: "system", content: { text: "maintenance at 2am" } });
    const again = await admin("/v1/admin/messages", key, { body: { to: b.user.id, clientMsgId: "notice-1", type: "text", content: { text: "maintenance at 2am" } } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ messageId: fromSystem.body.messageId, duplicate: true });

    const asUser = await admin("/v1/admin/messages", key, { body: { from: a.user.id, to: b.user.id, clientMsgId: "as-a", type: "text", content: { text: "hi from a" } } });
    expect(asUser.status).toBe(201);
    expect((await bSocket.next((p) => p.op === "message")).d).toMatchObject({ senderId: a.user.id, clientMsgId: "as-a" });
    // A sender must be a member of the conversation it writes to.
    const c = await register();
    const outsider = await admin("/v1/admin/messages", key, { body: { from: c.user.id, conversationId: directId(a.user.id, b.user.id), clientMsgId: "x", type: "text", content: { text: "x" } } });
    expect(outsider.status).toBe(403);
    bSocket.close();
  });

  it("traces a message: stored, confirmed per user, pushed and acknowledged per device, read", async () => {
    const { key } = await mintKey(["messages:trace"]);
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    const phone = await TestSocket.open(b.accessToken, { deviceId: "phone" });
    const ack = await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: { clientMsgId: "traced", type: "text", content: { text: "where am I?" } } });
    const messageId = ack.body.messageId as string;
    await phone.next((p) => p.op === "message");

    const path = `/v1/admin/messages/${messageId}/trace?conversationId=${encodeURIComponent(id)}`;
    const before = await eventually(async () => {
      const r = await admin(path, key);
      return r.body.recipients?.every((x: { deliveredToUser: boolean }) => x.deliveredToUser) ? r : undefined;
    });
    expect(before.body).toMatchObject({ messageId, conversationId: id, seq: 1, senderId: a.user.id, stored: true });
    const recipient = before.body.recipients.find((r: { userId: string }) => r.userId === b.user.id);
    expect(recipient).toMatchObject({ role: "recipient", deliveredToUser: true, acknowledged: false, read: false });
    expect(recipient.devices).toEqual([expect.objectContaining({ deviceId: "phone", connected: true, pushed: true, acknowledged: false })]);
    expect(before.body.recipients.find((r: { userId: string }) => r.userId === a.user.id)).toMatchObject({ role: "sender", read: true });

    await phone.request("delivered", { conversationId: id, seq: 1 });
    await phone.request("read", { conversationId: id, seq: 1 });
    phone.close();
    const after = (await admin(path, key)).body.recipients.find((r: { userId: string }) => r.userId === b.user.id);
    expect(after).toMatchObject({ acknowledged: true, read: true, readSeq: 1 });
    expect(after.devices[0]).toMatchObject({ deviceId: "phone", pushed: true, acknowledged: true, lastAckAt: expect.any(Number) });

    // The message also went out on the event bus, and the recipient's notify job ran (it sent
    // nothing: no push channel is set up for this user, and the phone was online).
    const bus = await eventually(async () => {
      const r = (await admin(path, key)).body;
      const job = r.recipients.find((x: { userId: string }) => x.userId === b.user.id).notification;
      return r.bus.published && r.bus.consumed && job?.job === "done" ? r : undefined;
    }, 15_000, 200);
    expect(bus.recipients.find((x: { userId: string }) => x.userId === b.user.id).notification).toEqual({ job: "done", sent: [] });
    expect(bus.recipients.find((x: { userId: string }) => x.userId === a.user.id).notification).toBeUndefined();

    expect((await admin(`/v1/admin/messages/01ZZZZZZZZZZZZZZZZZZZZZZZZ/trace?conversationId=${encodeURIComponent(id)}`, key)).status).toBe(404);
    expect((await admin(`/v1/admin/messages/${messageId}/trace`, key)).status).toBe(400);
  });
});
