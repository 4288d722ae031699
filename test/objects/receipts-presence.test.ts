/**
 * Read and delivery receipts, typing indicators and presence, over real sockets.
 */
import { abortAllDurableObjects, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationDO } from "../../objects/conversation.js";
import type { Packet } from "../../shared/wire.js";
import { api, directId, eventually, sleep, TestSocket } from "../helpers/worker/client.js";
import { createGroup, post, stateOf, users } from "../helpers/worker/groups.js";

const conversationStub = (id: string) => env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(id));
const ofOp = (s: TestSocket, op: Packet["op"]) => s.received.filter((p) => p.op === op).map((p) => p.d as Record<string, unknown>);

describe("1:1 receipts", () => {
  it("shows the sender how far the peer read and received, and syncs it", async () => {
    const [a, b] = await users(2);
    const id = directId(a!.user.id, b!.user.id);
    for (let i = 1; i <= 3; i++) await post(a!, id, `m${i}`);
    await eventually(async () => (await stateOf(b!, id))?.lastSeq === 3);
    const sa = await TestSocket.open(a!.accessToken, { deviceId: "ws" });
    const sb = await TestSocket.open(b!.accessToken, { deviceId: "phone" });
    const sb2 = await TestSocket.open(b!.accessToken, { deviceId: "tablet" });

    expect(await sb.request("delivered", { conversationId: id, seq: 3 })).toMatchObject({ op: "ok" });
    expect((await sa.next((p) => p.op === "receipt")).d).toEqual({ conversationId: id, userId: b!.user.id, readSeq: 0, deliveredSeq: 3 });
    expect(await sb.request("read", { conversationId: id, seq: 2 })).toMatchObject({ op: "ok" });
    expect((await sa.next((p) => p.op === "receipt")).d).toEqual({ conversationId: id, userId: b!.user.id, readSeq: 2, deliveredSeq: 3 });
    // The reader's other device learns the new read position; the reader's unread drops.
    expect((await sb2.next((p) => p.op === "conversation")).d).toMatchObject({ conversationId: id, readSeq: 2, unread: 1 });
    expect(await stateOf(a!, id)).toMatchObject({ peerReadSeq: 2, peerDeliveredSeq: 3, unread: 0 });
    const sync = await sa.request("sync");
    expect((sync.d as { conversations: Array<Record<string, unknown>> }).conversations[0]).toMatchObject({ conversationId: id, peerReadSeq: 2, peerDeliveredSeq: 3 });
    // Positions never move back.
    await sb.request("read", { conversationId: id, seq: 1 });
    await sleep(50);
    expect(ofOp(sa, "receipt")).toHaveLength(0);
    for (const s of [sa, sb, sb2]) s.close();
  });

  it("keeps an undelivered receipt across a restart and delivers it from the alarm", async () => {
    const [a, b] = await users(2);
    const id = directId(a!.user.id, b!.user.id);
    await post(a!, id, "hello");
    await eventually(async () => (await stateOf(b!, id))?.lastSeq === 1);
    // The conversation cannot reach a's object for now.
    await runInDurableObject(conversationStub(id), (instance: ConversationDO) => {
      (instance as unknown as { flushReceipts: () => Promise<void> }).flushReceipts = async () => {};
    });
    expect((await api(`/v1/conversations/${id}/read`, { token: b!.accessToken, body: { seq: 1 } })).body.conversation).toMatchObject({ readSeq: 1, unread: 0 });
    expect((await stateOf(a!, id))?.peerReadSeq).toBe(0);
    await abortAllDurableObjects();
    const sa = await TestSocket.open(a!.accessToken, { deviceId: "ws" });
    expect(await runDurableObjectAlarm(conversationStub(id))).toBe(true);
    expect((await sa.next((p) => p.op === "receipt")).d).toMatchObject({ userId: b!.user.id, readSeq: 1 });
    expect((await stateOf(a!, id))?.peerReadSeq).toBe(1);
    sa.close();
  });
});

describe("group read receipts", () => {
  it("counts readers per message (sender excluded) and lists them in small groups", async () => {
    const [a, b, c, d] = await users(4);
    const g = await createGroup(a!, [b!, c!, d!]);
    await post(a!, g.conversationId, "two");
    await post(b!, g.conversationId, "three");
    for (const u of [b!, c!, d!]) await eventually(async () => (await stateOf(u, g.conversationId))?.lastSeq === 3);
    await api(`/v1/conversations/${g.conversationId}/read`, { token: c!.accessToken, body: { seq: 3 } });
    await api(`/v1/conversations/${g.conversationId}/read`, { token: d!.accessToken, body: { seq: 2 } });
    await api(`/v1/conversations/${g.conversationId}/read`, { token: a!.accessToken, body: { seq: 3 } });
    const counts = await api(`/v1/conversations/${g.conversationId}/receipts?seqs=2,3`, { token: b!.accessToken });
    // seq 2 (by a): read by b (own send of 3 does not count as a read here), c, d → c, d; seq 3 (by b): a, c.
    expect(counts.body).toEqual({ conversationId: g.conversationId, memberCount: 4, receipts: [{ seq: 2, readBy: 2 }, { seq: 3, readBy: 2 }] });
    const readers = await api(`/v1/conversations/${g.conversationId}/readers?seq=3`, { token: a!.accessToken });
    expect(readers.body).toEqual({ conversationId: g.conversationId, seq: 3, readBy: 2, listed: true, userIds: [a!.user.id, c!.user.id].sort() });
    const sb = await TestSocket.open(b!.accessToken, { deviceId: "ws" });
    expect((await sb.request("readers", { conversationId: g.conversationId, seq: 2 })).d).toMatchObject({ readBy: 2, listed: true });
    expect((await sb.request("receipts", { conversationId: g.conversationId, seqs: [2] })).op).toBe("receipts_result");
    sb.close();
    expect((await api(`/v1/conversations/${g.conversationId}/receipts?seqs=0`, { token: a!.accessToken })).status).toBe(400);
  });

  it("gives large groups the count only", async () => {
    const [a, ...rest] = await users(7);
    const g = await createGroup(a!, rest);
    await post(a!, g.conversationId, "hi");
    await eventually(async () => (await stateOf(rest[0]!, g.conversationId))?.lastSeq === 2, 10_000);
    await api(`/v1/conversations/${g.conversationId}/read`, { token: rest[0]!.accessToken, body: { seq: 2 } });
    const readers = await api(`/v1/conversations/${g.conversationId}/readers?seq=2`, { token: a!.accessToken });
    expect(readers.body).toMatchObject({ readBy: 1, listed: false, userIds: [] });
  });
});

describe("typing", () => {
  it("forwards typing to the 1:1 peer, throttled, with a stop, and never stores it", async () => {
    const [a, b] = await users(2);
    const id = directId(a!.user.id, b!.user.id);
    const sa = await TestSocket.open(a!.accessToken);
    const sb = await TestSocket.open(b!.accessToken);
    expect(await sa.request("typing", { conversationId: id })).toMatchObject({ op: "ok" });
    expect((await sb.next((p) => p.op === "typing")).d).toEqual({ conversationId: id, userId: a!.user.id, stop: false, ttlMs: 6000 });
    await sa.request("typing", { conversationId: id });
    await sa.request("typing", { conversationId: id, stop: true });
    expect((await sb.next((p) => p.op === "typing")).d).toMatchObject({ stop: true });
    await sleep(50);
    expect(ofOp(sb, "typing")).toHaveLength(0);
    // Nothing was stored: no conversation exists for either user.
    expect(await stateOf(b!, id)).toBeUndefined();
    // Typing into someone else's conversation is refused.
    const [c] = await users(1);
    expect((await sa.request("typing", { conversationId: directId(b!.user.id, c!.user.id) })).d).toMatchObject({ code: "forbidden" });
    for (const s of [sa, sb]) s.close();
  });

  it("reaches the other members of small groups only, and members only", async () => {
    const [a, b, c, outsider] = await users(4);
    const small = await createGroup(a!, [b!, c!]);
    const sa = await TestSocket.open(a!.accessToken);
    const sb = await TestSocket.open(b!.accessToken);
    await sa.request("typing", { conversationId: small.conversationId });
    expect((await sb.next((p) => p.op === "typing")).d).toMatchObject({ conversationId: small.conversationId, userId: a!.user.id });
    const so = await TestSocket.open(outsider!.accessToken);
    expect((await so.request("typing", { conversationId: small.conversationId })).d).toMatchObject({ code: "forbidden" });
    const more = await users(4);
    const large = await createGroup(a!, [b!, ...more]);
    await sa.request("typing", { conversationId: large.conversationId });
    await sleep(100);
    expect(ofOp(sb, "typing").filter((t) => t["conversationId"] === large.conversationId)).toHaveLength(0);
    for (const s of [sa, sb, so]) s.close();
  });

  it("does not reach a user who blocked the typist", async () => {
    const [a, b] = await users(2);
    const id = directId(a!.user.id, b!.user.id);
    expect((await api(`/v1/users/${a!.user.id}/block`, { token: b!.accessToken, body: {} })).status).toBe(200);
    const sa = await TestSocket.open(a!.accessToken);
    const sb = await TestSocket.open(b!.accessToken);
    await sa.request("typing", { conversationId: id });
    await sleep(100);
    expect(ofOp(sb, "typing")).toHaveLength(0);
    for (const s of [sa, sb]) s.close();
  });
});

describe("presence", () => {
  it("pushes online and offline to 1:1 peers and answers queries", async () => {
    const [a, b] = await users(2);
    const id = directId(a!.user.id, b!.user.id);
    await post(a!, id, "hi");
    await eventually(async () => (await stateOf(b!, id))?.lastSeq === 1);
    const sb = await TestSocket.open(b!.accessToken);
    expect((await api(`/v1/users/${a!.user.id}/presence`, { token: b!.accessToken })).body.presence).toEqual({ userId: a!.user.id, online: false, lastSeen: 0 });
    const sa = await TestSocket.open(a!.accessToken);
    expect((await sb.next((p) => p.op === "presence" && (p.d as { userId: string }).userId === a!.user.id)).d).toMatchObject({ online: true });
    const q = await sb.request("presence_query", { userIds: [a!.user.id, b!.user.id] });
    expect((q.d as { presences: Array<{ online: boolean }> }).presences.map((p) => p.online)).toEqual([true, true]);
    sa.close();
    const offline = await sb.next((p) => p.op === "presence" && (p.d as { online?: boolean }).online !== true);
    expect(offline.d).toMatchObject({ userId: a!.user.id, lastSeen: expect.any(Number) });
    const both = await api(`/v1/presence?userIds=${a!.user.id},${b!.user.id}`, { token: b!.accessToken });
    expect(both.body.presences).toEqual([
      { userId: a!.user.id, online: false, lastSeen: expect.any(Number) },
      { userId: b!.user.id, online: true, lastSeen: expect.any(Number) },
    ]);
    expect((await api("/v1/presence?userIds=", { token: b!.accessToken })).status).toBe(400);
    sb.close();
  });

  it("pushes presence to the members of small groups", async () => {
    const [a, b, c] = await users(3);
    const g = await createGroup(a!, [b!, c!]);
    for (const u of [a!, b!]) await eventually(async () => (await stateOf(u, g.conversationId))?.lastSeq === 1);
    const sb = await TestSocket.open(b!.accessToken);
    const sa = await TestSocket.open(a!.accessToken);
    expect((await sb.next((p) => p.op === "presence" && (p.d as { userId: string }).userId === a!.user.id)).d).toMatchObject({ online: true });
    for (const s of [sa, sb]) s.close();
  });
});
