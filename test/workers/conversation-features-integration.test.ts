/**
 * Edits, recalls, delete for me, replies, mentions, pin/mute and blocks, in 1:1
 * conversations and groups, through the real routes and objects.
 */
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationDO } from "../../objects/conversation.js";
import { api, directId, eventually, TestSocket } from "../helpers/worker/client.js";
import { createGroup, groupStub, post, stateOf, users } from "../helpers/worker/groups.js";

const messagesOf = async (token: string, id: string) => (await api(`/v1/conversations/${id}/messages?limit=500`, { token })).body.messages as Array<Record<string, any>>;
const edit = (token: string, id: string, messageId: string, clientMsgId: string, text: string) =>
  api(`/v1/conversations/${id}/messages/${messageId}`, { method: "PATCH", token, body: { clientMsgId, content: { text } } });
const recall = (token: string, id: string, messageId: string, clientMsgId: string) => api(`/v1/conversations/${id}/messages/${messageId}/recall`, { token, body: { clientMsgId } });

/** Moves a stored message's send time into the past (beyond the recall window). */
async function age(stub: DurableObjectStub, seq: number, ms: number) {
  await runInDurableObject(stub, (_instance: unknown, state) => {
    state.storage.sql.exec("UPDATE messages SET ts = ts - ? WHERE seq = ?", ms, seq);
  });
}

describe("edit", () => {
  it("edits own messages, keeps the history, propagates as a log entry, and never adds unread", async () => {
    const [a, b] = await users(2);
    const id = directId(a!.user.id, b!.user.id);
    const sb = await TestSocket.open(b!.accessToken);
    const sent = await post(a!, id, "orig");
    await sb.next((p) => p.op === "message");
    const e1 = await edit(a!.accessToken, id, sent.body.messageId, "e1", "first edit");
    expect(e1.status).toBe(201);
    expect(e1.body).toMatchObject({ conversationId: id, seq: 2 });
    expect((await edit(a!.accessToken, id, sent.body.messageId, "e1", "first edit")).body).toMatchObject({ seq: 2, duplicate: true });
    await edit(a!.accessToken, id, sent.body.messageId, "e2", "second edit");
    // Pushed as entries of their own, in order.
    const pushed = [await sb.next((p) => p.op === "message"), await sb.next((p) => p.op === "message")].map((p) => p.d as Record<string, any>);
    expect(pushed.map((m) => [m.seq, m.type, m.targetId, m.content.text])).toEqual([
      [2, "edit", sent.body.messageId, "first edit"],
      [3, "edit", sent.body.messageId, "second edit"],
    ]);
    // History shows the current content on the original, and the edit entries.
    const log = await messagesOf(b!.accessToken, id);
    expect(log[0]).toMatchObject({ seq: 1, content: { text: "second edit" }, editedAt: expect.any(Number) });
    const versions = await api(`/v1/conversations/${id}/messages/${sent.body.messageId}/edits`, { token: b!.accessToken });
    expect(versions.body.versions.map((v: { content: { text: string } }) => v.content.text)).toEqual(["orig", "first edit", "second edit"]);
    // Only the original counts as unread for b; the preview shows the edited text.
    await eventually(async () => (await stateOf(b!, id))?.lastSeq === 3);
    expect(await stateOf(b!, id)).toMatchObject({ unread: 1, lastMessage: { seq: 1, content: { text: "second edit" } } });
    await api(`/v1/conversations/${id}/read`, { token: b!.accessToken, body: { seq: 1 } });
    expect((await stateOf(b!, id))?.unread).toBe(0);
    // Others' messages, missing messages and invalid content are refused.
    expect((await edit(b!.accessToken, id, sent.body.messageId, "x", "hijack")).status).toBe(403);
    expect((await edit(a!.accessToken, id, "01JDX0NOPE0000000000000000", "y", "z")).status).toBe(404);
    const bad = await api(`/v1/conversations/${id}/messages/${sent.body.messageId}`, { method: "PATCH", token: a!.accessToken, body: { clientMsgId: "w", content: {} } });
    expect(bad.status).toBe(400);
    const onEdit = await edit(a!.accessToken, id, log[1]!.messageId, "v", "edit an edit");
    expect(onEdit.status).toBe(400);
    // Over WebSocket, an edit pipelined right behind its message stays behind it.
    const sa = await TestSocket.open(a!.accessToken);
    sa.sendPacket({ op: "send", id: 100, d: { conversationId: id, clientMsgId: "fast", type: "text", content: { text: "typo" } } });
    const ack = await sa.next((p) => p.id === 100);
    const fix = await sa.request("edit", { conversationId: id, messageId: (ack.d as { messageId: string }).messageId, clientMsgId: "fast-fix", content: { text: "fixed" } });
    expect(fix).toMatchObject({ op: "ack", d: { seq: 5 } });
    const viaWs = await sa.request("edits", { conversationId: id, messageId: (ack.d as { messageId: string }).messageId });
    expect((viaWs.d as { versions: unknown[] }).versions).toHaveLength(2);
    for (const s of [sa, sb]) s.close();
  });
});

describe("recall", () => {
  it("lets the sender recall within the window, clears the content for everyone, and refuses later", async () => {
    const [a, b] = await users(2);
    const id = directId(a!.user.id, b!.user.id);
    const first = await post(a!, id, "secret");
    const second = await post(a!, id, "old");
    expect((await recall(b!.accessToken, id, first.body.messageId, "r0")).status).toBe(403);
    const r = await recall(a!.accessToken, id, first.body.messageId, "r1");
    expect(r.status).toBe(201);
    expect((await recall(a!.accessToken, id, first.body.messageId, "r1")).body.duplicate).toBe(true);
    expect((await recall(a!.accessToken, id, first.body.messageId, "r2")).status).toBe(409);
    const log = await messagesOf(b!.accessToken, id);
    expect(log[0]).toMatchObject({ seq: 1, recalled: true, content: {} });
    expect(log[2]).toMatchObject({ seq: 3, type: "recall", targetId: first.body.messageId });
    expect((await edit(a!.accessToken, id, first.body.messageId, "e", "too late")).status).toBe(409);
    // Past the window (120 s here) the sender can no longer recall.
    await age(env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(id)), 2, 121_000);
    const late = await recall(a!.accessToken, id, second.body.messageId, "r3");
    expect(late.status).toBe(403);
    expect(late.body.error.message).toContain("window");
  });

  it("lets group admins recall members' messages at any time", async () => {
    const [owner, admin, member] = await users(3);
    const g = await createGroup(owner!, [admin!, member!]);
    await api(`/v1/groups/${g.id}/members/${admin!.user.id}`, { method: "PATCH", token: owner!.accessToken, body: { role: "admin" } });
    const m = await post(member!, g.conversationId, "spam");
    await age(groupStub(g.conversationId), m.body.seq, 10 * 86_400_000);
    expect((await recall(member!.accessToken, g.conversationId, m.body.messageId, "r1")).status).toBe(403);
    expect((await recall(admin!.accessToken, g.conversationId, m.body.messageId, "r2")).status).toBe(201);
    expect((await messagesOf(owner!.accessToken, g.conversationId)).find((x) => x.seq === m.body.seq)).toMatchObject({ recalled: true, content: {} });
  });
});

describe("delete for me", () => {
  it("hides messages for the caller only, as stubs that keep seqs dense, and tells their other devices", async () => {
    const [a, b] = await users(2);
    const id = directId(a!.user.id, b!.user.id);
    const m1 = await post(a!, id, "one");
    await post(a!, id, "two");
    await eventually(async () => (await stateOf(b!, id))?.lastSeq === 2);
    const other = await TestSocket.open(b!.accessToken, { deviceId: "tablet" });
    const del = await api(`/v1/conversations/${id}/messages/${m1.body.messageId}`, { method: "DELETE", token: b!.accessToken });
    expect(del.status).toBe(200);
    expect((await other.next((p) => p.op === "deleted")).d).toEqual({ conversationId: id, messageIds: [m1.body.messageId] });
    const mine = await messagesOf(b!.accessToken, id);
    expect(mine.map((m) => m.seq)).toEqual([1, 2]);
    expect(mine[0]).toMatchObject({ deleted: true, content: {} });
    expect((await messagesOf(a!.accessToken, id))[0]).toMatchObject({ content: { text: "one" } });
    expect((await api(`/v1/conversations/${id}/messages/01JDX0NOPE0000000000000000`, { method: "DELETE", token: b!.accessToken })).status).toBe(404);
    const [c] = await users(1);
    expect((await api(`/v1/conversations/${id}/messages/${m1.body.messageId}`, { method: "DELETE", token: c!.accessToken })).status).toBe(403);
    other.close();
  });
});

describe("replies and mentions", () => {
  it("carries replies, refuses replies to unknown messages, and indexes mentions per user", async () => {
    const [a, b, c, outsider] = await users(4);
    const g = await createGroup(a!, [b!, c!]);
    const q = await post(b!, g.conversationId, "question");
    expect((await post(a!, g.conversationId, "bad-reply", { replyTo: "01JDX0NOPE0000000000000000" })).status).toBe(404);
    const answer = await post(a!, g.conversationId, "answer", { replyTo: q.body.messageId, mentions: [b!.user.id] });
    expect(answer.status).toBe(201);
    expect((await messagesOf(c!.accessToken, g.conversationId)).at(-1)).toMatchObject({ replyTo: q.body.messageId, mentions: [b!.user.id] });
    expect((await post(a!, g.conversationId, "not-member", { mentions: [outsider!.user.id] })).status).toBe(400);
    expect((await post(c!, g.conversationId, "all-by-member", { mentionAll: true })).status).toBe(403);
    const all = await post(a!, g.conversationId, "all-by-owner", { mentionAll: true });
    expect(all.status).toBe(201);
    await eventually(async () => (await stateOf(b!, g.conversationId))?.lastSeq === all.body.seq);
    const bm = await api("/v1/mentions", { token: b!.accessToken });
    expect(bm.body.mentions.map((m: Record<string, unknown>) => [m["seq"], m["all"], m["senderId"]])).toEqual([
      [all.body.seq, true, a!.user.id],
      [answer.body.seq, false, a!.user.id],
    ]);
    expect((await stateOf(b!, g.conversationId))?.unreadMentions).toBe(2);
    await eventually(async () => (await stateOf(c!, g.conversationId))?.lastSeq === all.body.seq);
    expect((await api("/v1/mentions?limit=1", { token: c!.accessToken })).body).toMatchObject({ mentions: [{ seq: all.body.seq, all: true }] });
    // The sender is never mentioned by their own @all.
    expect((await api("/v1/mentions", { token: a!.accessToken })).body.mentions).toEqual([]);
    // Paging, reading and recall.
    const page = await api("/v1/mentions?limit=1", { token: b!.accessToken });
    const rest = await api(`/v1/mentions?limit=1&cursor=${page.body.nextCursor}`, { token: b!.accessToken });
    expect(rest.body.mentions[0].seq).toBe(answer.body.seq);
    await api(`/v1/conversations/${g.conversationId}/read`, { token: b!.accessToken, body: { seq: answer.body.seq } });
    expect((await stateOf(b!, g.conversationId))?.unreadMentions).toBe(1);
    await recall(a!.accessToken, g.conversationId, all.body.messageId, "r-all");
    await eventually(async () => (await api("/v1/mentions", { token: b!.accessToken })).body.mentions.length === 1);
    expect((await stateOf(b!, g.conversationId))?.unreadMentions).toBe(0);
  });
});

describe("pin and mute", () => {
  it("stores pin and mute per user, syncs them and tells the other devices", async () => {
    const [a, b] = await users(2);
    const id = directId(a!.user.id, b!.user.id);
    await post(a!, id, "hi");
    await eventually(async () => (await stateOf(b!, id))?.lastSeq === 1);
    const phone = await TestSocket.open(b!.accessToken, { deviceId: "phone" });
    const res = await api(`/v1/conversations/${id}`, { method: "PATCH", token: b!.accessToken, body: { pinned: true, muted: true } });
    expect(res.body.conversation).toMatchObject({ pinned: true, muted: true });
    expect((await phone.next((p) => p.op === "conversation")).d).toMatchObject({ pinned: true, muted: true });
    const unpin = await phone.request("conversation_update", { conversationId: id, pinned: false });
    expect(unpin).toMatchObject({ op: "conversation", d: { pinned: false, muted: true } });
    expect(await stateOf(a!, id)).toMatchObject({ pinned: false, muted: false });
    expect((await api(`/v1/conversations/${id}`, { method: "PATCH", token: b!.accessToken, body: {} })).status).toBe(400);
    expect((await api(`/v1/conversations/${directId(b!.user.id, "01JDX0NOPE0000000000000000")}`, { method: "PATCH", token: b!.accessToken, body: { pinned: true } })).status).toBe(404);
    phone.close();
  });
});

describe("blocks", () => {
  it("stops both users of a 1:1 from sending, even before it started, and can be listed and revoked", async () => {
    const [a, b] = await users(2);
    const id = directId(a!.user.id, b!.user.id);
    const blocked = await api(`/v1/users/${b!.user.id}/block`, { token: a!.accessToken, body: {} });
    expect(blocked.status).toBe(200);
    expect(blocked.body.block).toMatchObject({ userId: b!.user.id, createdAt: expect.any(Number) });
    const sb = await TestSocket.open(b!.accessToken);
    const start = await sb.request("send", { to: a!.user.id, clientMsgId: "hello", type: "text", content: { text: "hi" } });
    expect(start).toMatchObject({ op: "error", d: { code: "blocked", status: 403 } });
    const back = await post(a!, id, "from-blocker");
    expect(back.status).toBe(403);
    expect(back.body.error.code).toBe("blocked");
    expect((await api(`/v1/conversations/${id}/messages`, { token: a!.accessToken })).body.messages).toEqual([]);
    expect((await api("/v1/blocks", { token: a!.accessToken })).body.blocks.map((x: { userId: string }) => x.userId)).toEqual([b!.user.id]);
    expect((await sb.request("blocks")).d).toEqual({ blocks: [] });
    expect((await api(`/v1/users/${a!.user.id}/block`, { token: a!.accessToken, body: {} })).status).toBe(400);
    expect((await api("/v1/users/01JDX0NOPE0000000000000000/block", { token: a!.accessToken, body: {} })).status).toBe(404);
    expect((await api(`/v1/users/${b!.user.id}/block`, { method: "DELETE", token: a!.accessToken })).status).toBe(204);
    expect((await api(`/v1/users/${b!.user.id}/block`, { method: "DELETE", token: a!.accessToken })).status).toBe(404);
    expect((await sb.request("send", { to: a!.user.id, clientMsgId: "hello", type: "text", content: { text: "hi" } })).op).toBe("ack");
    // Over WebSocket too.
    expect((await sb.request("block", { userId: a!.user.id })).op).toBe("ok");
    expect((await post(a!, id, "again")).body.error.code).toBe("blocked");
    expect((await sb.request("unblock", { userId: a!.user.id })).op).toBe("ok");
    sb.close();
    await runInDurableObject(env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(id)), (_i: ConversationDO, state) => {
      expect(state.storage.sql.exec("SELECT COUNT(*) AS n FROM blocks").one()["n"]).toBe(0);
    });
  });
});
