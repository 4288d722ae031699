/**
 * Authorization matrix (AUTHZ-08): every HTTP route of the gateway has a row saying who may
 * call it, and a route without a row fails this test, so a new route cannot ship without
 * its access rule. For each row: anonymous callers are refused (401) unless the route is
 * public, ordinary users are refused admin routes (403), and routes on owned resources
 * refuse another user's resource. Then every socket op against another user's conversation.
 * Each case names the attack and the expected refusal.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { router } from "../../../workers/routes.js";
import { INBOUND } from "../../../shared/protocol.js";
import { api, BASE, directId, register, sleep, TestSocket, type Account } from "../../helpers/worker/client.js";
import { createGroup, post } from "../../helpers/worker/groups.js";
import { exports } from "cloudflare:workers";

type Access = "public" | "user" | "admin";

/** The spec: every route, who may call it. Keep in step with workers/routes.ts and friends. */
const MATRIX: Record<string, Access> = {
  "GET /healthz": "public",
  "GET /readyz": "public",
  "GET /metrics": "admin",
  "GET /openapi.json": "public",
  "GET /docs": "public",
  "GET /docs/app.js": "public",
  "GET /docs/app.css": "public",
  "GET /v1/ws": "user",
  "POST /v1/auth/register": "public",
  "POST /v1/auth/login": "public",
  "POST /v1/auth/refresh": "public",
  "POST /v1/auth/logout": "user",
  "GET /v1/users/me": "user",
  "GET /v1/users": "user",
  "GET /v1/users/:id": "user",
  "GET /v1/conversations": "user",
  "GET /v1/conversations/:id/messages": "user",
  "POST /v1/conversations/:id/messages": "user",
  "PATCH /v1/conversations/:id": "user",
  "PATCH /v1/conversations/:id/messages/:messageId": "user",
  "DELETE /v1/conversations/:id/messages/:messageId": "user",
  "POST /v1/conversations/:id/messages/:messageId/recall": "user",
  "GET /v1/conversations/:id/messages/:messageId/edits": "user",
  "POST /v1/conversations/:id/read": "user",
  "GET /v1/conversations/:id/readers": "user",
  "GET /v1/conversations/:id/receipts": "user",
  "GET /v1/mentions": "user",
  "GET /v1/presence": "user",
  "GET /v1/users/:id/presence": "user",
  "GET /v1/blocks": "user",
  "POST /v1/users/:id/block": "user",
  "DELETE /v1/users/:id/block": "user",
  "POST /v1/groups": "user",
  "GET /v1/groups": "user",
  "GET /v1/groups/:id": "user",
  "PATCH /v1/groups/:id": "user",
  "DELETE /v1/groups/:id": "user",
  "GET /v1/groups/:id/members": "user",
  "POST /v1/groups/:id/members": "user",
  "DELETE /v1/groups/:id/members/:userId": "user",
  "PATCH /v1/groups/:id/members/:userId": "user",
  "POST /v1/groups/:id/join": "user",
  "POST /v1/groups/:id/transfer": "user",
  "POST /v1/files": "user",
  "GET /v1/files": "user",
  "GET /v1/files/:id/info": "user",
  "GET /v1/files/:id": "user",
  "HEAD /v1/files/:id": "user",
  "DELETE /v1/files/:id": "user",
  "GET /v1/push/vapid-public-key": "public",
  "POST /v1/push/subscriptions": "user",
  "GET /v1/push/subscriptions": "user",
  "DELETE /v1/push/subscriptions/:id": "user",
  "GET /v1/admin/dead-letters": "admin",
  "POST /v1/admin/dead-letters/replay": "admin",
  "GET /v1/admin/dead-letters/:id": "admin",
  "POST /v1/admin/dead-letters/:id/replay": "admin",
  "DELETE /v1/admin/dead-letters/:id": "admin",
  "GET /v1/admin/webhooks": "admin",
  "POST /v1/admin/webhooks": "admin",
  "PATCH /v1/admin/webhooks/:id": "admin",
  "DELETE /v1/admin/webhooks/:id": "admin",
  "POST /v1/admin/users": "admin",
  "POST /v1/admin/users/import": "admin",
  "GET /v1/admin/users/:id": "admin",
  "GET /v1/admin/users/:id/devices": "admin",
  "POST /v1/admin/users/:id/ban": "admin",
  "DELETE /v1/admin/users/:id/ban": "admin",
  "POST /v1/admin/users/:id/logout": "admin",
  "POST /v1/admin/messages": "admin",
  "GET /v1/admin/messages/:id/trace": "admin",
  "POST /v1/admin/keys": "admin",
  "GET /v1/admin/keys": "admin",
  "DELETE /v1/admin/keys/:id": "admin",
  "GET /v1/admin/audit": "admin",
};

type IttyRoute = [string, RegExp, unknown[], string];
const routes = (router.routes as unknown as IttyRoute[]).filter(([method]) => method !== "ALL").map(([method, , , path]) => `${method} ${path}`);

/** A concrete URL for a route pattern: every `:param` filled with a well-formed id nobody owns. */
const concrete = (path: string) => path.replace(/:[a-z]+/gi, "01HZZZZZZZZZZZZZZZZZZZZZZZ");

async function call(key: string, headers: Record<string, string> = {}) {
  const [method, path] = key.split(" ") as [string, string];
  const hasBody = method === "POST" || method === "PATCH";
  const res = await exports.default.fetch(
    new Request(BASE + concrete(path), { method, headers: { ...(hasBody ? { "content-type": "application/json" } : {}), ...headers }, ...(hasBody ? { body: "{}" } : {}) }),
  );
  await res.arrayBuffer();
  return res.status;
}

describe("authorization matrix: every route has a row", () => {
  it("lists exactly the routes the gateway serves (a new route without a row fails here)", () => {
    expect(routes.filter((r) => !(r in MATRIX)), "routes without a row").toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !routes.includes(r)), "rows without a route").toEqual([]);
  });

  it("anonymous callers get 401 on every user and admin route, and public routes never ask for credentials", async () => {
    for (const key of routes) {
      const status = await call(key, key === "GET /v1/ws" ? { upgrade: "websocket" } : {});
      if (MATRIX[key] === "public") expect([401, 500, 502, 503].includes(status), `${key}: public route answered ${status}`).toBe(false);
      else expect(status, `${key} without credentials`).toBe(401);
    }
  });

  it("an ordinary user's token is refused on every admin route (403), never treated as an admin", async () => {
    const user = await register();
    for (const key of routes.filter((r) => MATRIX[r] === "admin")) {
      expect(await call(key, { authorization: `Bearer ${user.accessToken}` }), `${key} with a user token`).toBe(403);
    }
  });

  it("a forged admin credential is refused everywhere (401): API key shapes and a user token signed with another key", async () => {
    for (const credential of ["imk_0123456789abcdef_notasecret", "imk_", "Bearer imk_x_y"]) {
      expect(await call("GET /v1/admin/keys", { "x-api-key": credential }), credential).toBe(401);
    }
  });
});

describe("owned resources: another user's conversation, file, subscription", () => {
  async function trio(): Promise<{ a: Account; b: Account; c: Account; conv: string }> {
    const [a, b, c] = await Promise.all([register(), register(), register()]);
    const conv = directId(b.user.id, c.user.id);
    const sent = await api(`/v1/conversations/${conv}/messages`, { token: b.accessToken, body: { clientMsgId: "private-1", content: { text: "between b and c" } } });
    expect(sent.status).toBe(201);
    return { a, b, c, conv };
  }

  it("reading another pair's history: 403, and a guessed id that is no conversation: 404", async () => {
    const { a, conv } = await trio();
    const read = await api(`/v1/conversations/${conv}/messages`, { token: a.accessToken });
    expect(read.status).toBe(403);
    expect(JSON.stringify(read.body)).not.toContain("between b and c");
    for (const guess of ["d:x", "g:nonexistent", "01HZZZZZZZZZZZZZZZZZZZZZZZ", "d:..:..", "d:%2e%2e:%2e%2e"]) {
      expect((await api(`/v1/conversations/${guess}/messages`, { token: a.accessToken })).status, guess).toBeOneOf([403, 404]);
    }
  });

  it("writing into another pair's conversation over HTTP: 403, and nothing is stored", async () => {
    const { a, b, conv } = await trio();
    const res = await api(`/v1/conversations/${conv}/messages`, { token: a.accessToken, body: { clientMsgId: "intrude", content: { text: "let me in" } } });
    expect(res.status).toBe(403);
    const log = await api(`/v1/conversations/${conv}/messages`, { token: b.accessToken });
    expect(log.body.lastSeq).toBe(1);
  });

  it("every socket op on another pair's conversation is refused (forbidden / not_found) and changes nothing", async () => {
    const { a, b, c, conv } = await trio();
    const socket = await TestSocket.open(a.accessToken);
    const messageId = (await api(`/v1/conversations/${conv}/messages`, { token: b.accessToken })).body.messages[0].messageId as string;
    const attempts: Record<string, unknown> = {
      send: { conversationId: conv, clientMsgId: "ws-intrude", content: { text: "let me in" } },
      history: { conversationId: conv },
      read: { conversationId: conv, seq: 1 },
      delivered: { conversationId: conv, seq: 1 },
      typing: { conversationId: conv },
      receipts: { conversationId: conv, seqs: [1] },
      readers: { conversationId: conv, seq: 1 },
      edit: { conversationId: conv, messageId, clientMsgId: "ws-edit", content: { text: "rewritten" } },
      recall: { conversationId: conv, messageId, clientMsgId: "ws-recall" },
      delete: { conversationId: conv, messageIds: [messageId] },
      edits: { conversationId: conv, messageId },
      conversation_update: { conversationId: conv, pinned: true },
    };
    // Every op that names a conversation is in the table (a new one must be added here);
    // group ops are covered by "groups: who may do what" below.
    const notConversational = ["auth", "ping", "pong", "sync", "presence_query", "mentions", "block", "unblock", "blocks", "groups"];
    const conversational = Object.keys(INBOUND).filter((op) => !notConversational.includes(op) && !op.startsWith("group_"));
    expect(conversational.sort()).toEqual(Object.keys(attempts).sort());
    for (const [op, d] of Object.entries(attempts)) {
      const reply = await socket.request(op as never, d);
      expect(reply.op, op).toBe("error");
      expect((reply.d as { code: string }).code, op).toBeOneOf(["forbidden", "not_found"]);
    }
    // sync lists only the caller's own conversations.
    const sync = await socket.request("sync", {});
    expect(JSON.stringify(sync.d)).not.toContain(conv);
    socket.close();
    const log = await api(`/v1/conversations/${conv}/messages`, { token: c.accessToken });
    expect(log.body.lastSeq).toBe(1);
    expect(log.body.messages[0]).toMatchObject({ messageId, content: { text: "between b and c" } });
    expect(log.body.messages[0].recalled ?? false).toBe(false);
    expect(log.body.messages[0].editedAt).toBeUndefined();
    const cState = (await api("/v1/conversations", { token: c.accessToken })).body.conversations[0];
    expect(cState).toMatchObject({ conversationId: conv, readSeq: 0, deliveredSeq: 0 });
    expect((await api("/v1/conversations", { token: a.accessToken })).body.conversations).toEqual([]);
    void b;
  });

  it("another user's file: download, HEAD and info are 404 (no existence oracle), delete is refused", async () => {
    const [owner, other] = await Promise.all([register(), register()]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    const up = await exports.default.fetch(new Request(`${BASE}/v1/files?name=a.png`, { method: "POST", headers: { authorization: `Bearer ${owner.accessToken}`, "content-type": "image/png" }, body: png }));
    expect(up.status).toBe(201);
    const id = ((await up.json()) as { file: { id: string } }).file.id;
    const headers = { authorization: `Bearer ${other.accessToken}` };
    for (const [method, path] of [["GET", `/v1/files/${id}`], ["HEAD", `/v1/files/${id}`], ["GET", `/v1/files/${id}/info`]] as const) {
      const res = await exports.default.fetch(new Request(BASE + path, { method, headers }));
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const del = await exports.default.fetch(new Request(`${BASE}/v1/files/${id}`, { method: "DELETE", headers }));
    expect(del.status).toBeOneOf([403, 404]);
    // A guessed id behaves exactly like someone else's: 404.
    expect((await exports.default.fetch(new Request(`${BASE}/v1/files/01HZZZZZZZZZZZZZZZZZZZZZZZ`, { headers }))).status).toBe(404);
    // The owner still has it.
    expect((await exports.default.fetch(new Request(`${BASE}/v1/files/${id}/info`, { headers: { authorization: `Bearer ${owner.accessToken}` } }))).status).toBe(200);
    expect((await api("/v1/files", { token: other.accessToken })).body.files).toEqual([]);
  });

  it("another user's push subscription cannot be deleted (404) and is not listed", async () => {
    const [owner, other] = await Promise.all([register(), register()]);
    const keys = { p256dh: "BGPLEWAkdEHiAWmqbl3aJWhdY1o_fAqXbJVzSjV7btSx4COScdP8VfjkqrZ4dcszG_XWMcZwWGq6qUFPBl-ZAyA", auth: "AAAAAAAAAAAAAAAAAAAAAA" };
    const created = await api("/v1/push/subscriptions", { token: owner.accessToken, body: { endpoint: "https://fcm.googleapis.com/fcm/send/owned", keys } });
    expect(created.status).toBe(201);
    const id = created.body.subscription.id as string;
    expect((await api(`/v1/push/subscriptions/${id}`, { method: "DELETE", token: other.accessToken })).status).toBe(404);
    expect((await api("/v1/push/subscriptions", { token: other.accessToken })).body.subscriptions).toEqual([]);
    expect((await api("/v1/push/subscriptions", { token: owner.accessToken })).body.subscriptions).toHaveLength(1);
  });

  it("profiles expose only public fields (no credentials, sessions or devices), whoever asks", async () => {
    const [a, b] = await Promise.all([register(), register()]);
    const profile = await api(`/v1/users/${b.user.id}`, { token: a.accessToken });
    expect(Object.keys(profile.body.user).sort()).toEqual(["createdAt", "displayName", "id", "username"]);
    const me = await api("/v1/users/me", { token: a.accessToken });
    expect(JSON.stringify(me.body)).not.toMatch(/hash|salt|password|refresh/i);
  });

  it("mass assignment at sign-up: id, role or admin fields are refused or ignored, never applied", async () => {
    const res = await api("/v1/auth/register", { body: { username: `mass_${Date.now().toString(36)}`, password: "correct horse battery", id: "system", role: "admin", isAdmin: true } });
    if (res.status === 201) {
      expect(res.body.user.id).not.toBe("system");
      expect(JSON.stringify(res.body)).not.toMatch(/admin/i);
      expect(await call("GET /v1/admin/keys", { authorization: `Bearer ${res.body.accessToken}` })).toBe(403);
    } else expect(res.status).toBe(400);
  });

  it("replyTo naming a message of a conversation the sender cannot read reveals nothing of it", async () => {
    const { a, b, c } = await trio();
    const secret = (await api(`/v1/conversations/${directId(b.user.id, c.user.id)}/messages`, { token: b.accessToken })).body.messages[0];
    const conv = directId(a.user.id, b.user.id);
    const sent = await api(`/v1/conversations/${conv}/messages`, { token: a.accessToken, body: { clientMsgId: "reply-probe", content: { text: "re" }, replyTo: secret.messageId } });
    expect(sent.status).toBeOneOf([201, 400, 404]);
    const page = await api(`/v1/conversations/${conv}/messages`, { token: a.accessToken });
    expect(JSON.stringify(page.body)).not.toContain("between b and c");
  });

  it("the admin test hooks do not exist without TEST_HOOKS (this pool runs the production switch: off)", async () => {
    expect((env as unknown as Record<string, unknown>)["TEST_HOOKS"]).toBeUndefined();
    const res = await exports.default.fetch(new Request(`${BASE}/__test/abort`, { method: "POST", body: JSON.stringify({ kind: "user", name: "x" }) }));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});

describe("groups: who may do what, over the socket", () => {
  /** Owner, a member, a member who gets removed, a member who gets muted, and an outsider. */
  async function setting() {
    const [owner, member, removed, muted, outsider] = await Promise.all(Array.from({ length: 5 }, () => register()));
    const g = await createGroup(owner!, [member!, removed!, muted!]);
    const first = await post(owner!, g.conversationId, "before-changes");
    expect(first.status).toBe(201);
    const own = await post(muted!, g.conversationId, "muted-own");
    expect(own.status).toBe(201);
    expect((await api(`/v1/groups/${g.id}/members/${removed!.user.id}`, { method: "DELETE", token: owner!.accessToken })).status).toBe(200);
    expect((await api(`/v1/groups/${g.id}/members/${muted!.user.id}`, { method: "PATCH", token: owner!.accessToken, body: { muteSeconds: 600 } })).status).toBe(200);
    const lastSeq = (await api(`/v1/groups/${g.id}`, { token: owner!.accessToken })).body.group.lastSeq as number;
    return { g, owner: owner!, member: member!, removed: removed!, muted: muted!, outsider: outsider!, lastSeq, messageId: first.body.messageId as string, mutedOwn: own.body.messageId as string };
  }
  const sendOp = (conversationId: string, clientMsgId: string) => ({ conversationId, clientMsgId, content: { text: clientMsgId } });

  it("a non-member's send is an `error` op with code forbidden, and nothing is stored", async () => {
    const s = await setting();
    const socket = await TestSocket.open(s.outsider.accessToken);
    const reply = await socket.request("send", sendOp(s.g.conversationId, "outsider-send"));
    expect(reply.op).toBe("error");
    expect((reply.d as { code: string }).code).toBe("forbidden");
    for (const [op, d] of [["history", { conversationId: s.g.conversationId }], ["group_get", { groupId: s.g.id }], ["group_members", { groupId: s.g.id }], ["readers", { conversationId: s.g.conversationId, seq: 1 }]] as const) {
      const r = await socket.request(op, d);
      expect(r.op, op).toBe("error");
      expect((r.d as { code: string }).code, op).toBeOneOf(["forbidden", "not_found"]);
    }
    socket.close();
    expect((await api(`/v1/groups/${s.g.id}`, { token: s.owner.accessToken })).body.group.lastSeq).toBe(s.lastSeq);
  });

  it("a removed member can no longer send or act on the group, reads history only up to the removal, and is pushed nothing new", async () => {
    const s = await setting();
    const socket = await TestSocket.open(s.removed.accessToken);
    const send = await socket.request("send", sendOp(s.g.conversationId, "removed-send"));
    expect(send.op).toBe("error");
    expect((send.d as { code: string }).code).toBe("forbidden");
    const add = await socket.request("group_add", { groupId: s.g.id, userIds: [s.outsider.user.id] });
    expect(add.op).toBe("error");
    expect((add.d as { code: string }).code).toBe("forbidden");
    // A message after the removal is neither pushed to the removed member nor readable by them.
    expect((await post(s.member, s.g.conversationId, "after-removal")).status).toBe(201);
    await sleep(300);
    expect(socket.seen("message").filter((p) => JSON.stringify(p.d).includes("after-removal"))).toEqual([]);
    const history = await socket.request("history", { conversationId: s.g.conversationId });
    expect(history.op).toBe("history_result");
    const page = history.d as { messages: Array<{ seq: number; clientMsgId: string; type: string; content: { system?: { kind: string } } }>; lastSeq: number; hasMore: boolean };
    const seen = page.messages.map((m) => m.clientMsgId);
    expect(seen).toContain("before-changes");
    expect(seen).not.toContain("after-removal");
    expect(page.messages[page.messages.length - 1]!.seq).toBe(page.lastSeq);
    expect(JSON.stringify(page.messages[page.messages.length - 1])).toContain("member_removed");
    expect(page.hasMore).toBe(false);
    // Paging backwards from past the end changes nothing; receipts and readers stay closed.
    const back = await socket.request("history", { conversationId: s.g.conversationId, beforeSeq: page.lastSeq + 5 });
    expect((back.d as typeof page).messages.map((m) => m.clientMsgId)).not.toContain("after-removal");
    const readers = await socket.request("readers", { conversationId: s.g.conversationId, seq: 1 });
    expect((readers.d as { code: string }).code).toBe("forbidden");
    socket.close();
    expect((await api(`/v1/groups/${s.g.id}/members?limit=100`, { token: s.owner.accessToken })).body.members.map((m: { userId: string }) => m.userId)).not.toContain(s.removed.user.id);
  });

  it("a muted member's send, edit and recall are refused with `muted`; nothing is stored", async () => {
    const s = await setting();
    const socket = await TestSocket.open(s.muted.accessToken);
    const attempts: Array<[string, unknown]> = [
      ["send", sendOp(s.g.conversationId, "muted-send")],
      ["edit", { conversationId: s.g.conversationId, messageId: s.mutedOwn, clientMsgId: "muted-edit", content: { text: "rewritten" } }],
      ["recall", { conversationId: s.g.conversationId, messageId: s.mutedOwn, clientMsgId: "muted-recall" }],
    ];
    for (const [op, d] of attempts) {
      const reply = await socket.request(op as never, d);
      expect(reply.op, op).toBe("error");
      expect((reply.d as { code: string }).code, op).toBe("muted");
    }
    socket.close();
    expect((await api(`/v1/groups/${s.g.id}`, { token: s.owner.accessToken })).body.group.lastSeq).toBe(s.lastSeq);
  });

  it("a plain member's admin actions are each refused with forbidden and change nothing", async () => {
    const s = await setting();
    const socket = await TestSocket.open(s.member.accessToken);
    const attempts: Array<[string, unknown]> = [
      ["group_update", { groupId: s.g.id, settings: { name: "taken over" } }],
      ["group_add", { groupId: s.g.id, userIds: [s.outsider.user.id] }],
      ["group_remove", { groupId: s.g.id, userId: s.owner.user.id }],
      ["group_member_update", { groupId: s.g.id, userId: s.muted.user.id, muteSeconds: 0 }],
      ["group_member_update", { groupId: s.g.id, userId: s.member.user.id, role: "admin" }],
      ["group_transfer", { groupId: s.g.id, userId: s.member.user.id }],
      ["group_dissolve", { groupId: s.g.id }],
      ["recall", { conversationId: s.g.conversationId, messageId: s.messageId, clientMsgId: "member-recall" }],
      ["edit", { conversationId: s.g.conversationId, messageId: s.messageId, clientMsgId: "member-edit", content: { text: "rewritten" } }],
      ["send", { ...sendOp(s.g.conversationId, "member-at-all"), mentionAll: true }],
    ];
    for (const [op, d] of attempts) {
      const reply = await socket.request(op as never, d);
      expect(reply.op, `${op} ${JSON.stringify(d)}`).toBe("error");
      expect((reply.d as { code: string }).code, `${op} ${JSON.stringify(d)}`).toBe("forbidden");
    }
    socket.close();
    const info = (await api(`/v1/groups/${s.g.id}`, { token: s.owner.accessToken })).body.group;
    expect(info).toMatchObject({ name: "g", ownerId: s.owner.user.id, memberCount: 3, lastSeq: s.lastSeq });
    const members = (await api(`/v1/groups/${s.g.id}/members?limit=100`, { token: s.owner.accessToken })).body.members as Array<{ userId: string; role: string; mutedUntil?: number }>;
    expect(members.find((m) => m.userId === s.member.user.id)?.role).toBe("member");
    expect(members.find((m) => m.userId === s.muted.user.id)?.mutedUntil ?? 0).toBeGreaterThan(Date.now());
    const page = await api(`/v1/conversations/${s.g.conversationId}/messages`, { token: s.owner.accessToken });
    const original = (page.body.messages as Array<{ messageId: string; content: { text?: string }; recalled?: boolean }>).find((m) => m.messageId === s.messageId);
    expect(original).toMatchObject({ content: { text: "before-changes" } });
    expect(original?.recalled ?? false).toBe(false);
  });
});
