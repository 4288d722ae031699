/**
 * Nothing acknowledged is lost: Durable Objects are reset (as a crash would: memory gone,
 * storage kept) between the ack and the delivery, recipients are offline, deliveries fail,
 * and every message still arrives exactly once.
 */
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationDO } from "../../objects/conversation.js";
import { api, directId, eventually, register, resetObject, sleep, TestSocket, userStub } from "../helpers/worker/client.js";

const text = (clientMsgId: string) => ({ clientMsgId, type: "text", content: { text: clientMsgId } });
const conversationStub = (id: string) => env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(id));

/** Makes the conversation object's deliveries fail until it restarts (the stand-in for unreachable users). */
async function breakDeliveries(id: string) {
  await runInDurableObject(conversationStub(id), (instance: ConversationDO) => {
    (instance as unknown as { deliver: () => Promise<boolean> }).deliver = async () => false;
  });
}

async function conversationsOf(token: string) {
  return (await api("/v1/conversations", { token })).body.conversations as Array<{ conversationId: string; lastSeq: number; unread: number }>;
}

describe("no acknowledged message is lost", () => {
  it("an offline recipient gets the message by sync and history after reconnecting", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    const sender = await TestSocket.open(a.accessToken);
    const ack = await sender.request("send", { to: b.user.id, ...text("while-offline") });
    expect(ack.op).toBe("ack");
    sender.close();

    const b1 = await TestSocket.open(b.accessToken);
    const sync = await eventually(async () => {
      const r = await b1.request("sync");
      return (r.d as { conversations: unknown[] }).conversations.length === 1 ? r : undefined;
    });
    expect((sync.d as { conversations: Array<{ conversationId: string; lastSeq: number; unread: number }> }).conversations[0]).toMatchObject({ conversationId: id, lastSeq: 1, unread: 1 });
    const history = await b1.request("history", { conversationId: id });
    expect((history.d as { messages: Array<{ messageId: string }> }).messages.map((m) => m.messageId)).toEqual([(ack.d as { messageId: string }).messageId]);
    b1.close();
  });

  it("delivers from the alarm after the conversation object is aborted with deliveries pending", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    // Create the conversation, then make its deliveries fail.
    await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: text("first") });
    await eventually(async () => (await conversationsOf(b.accessToken))[0]?.lastSeq === 1);
    await breakDeliveries(id);

    const acked = await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: text("pending") });
    expect(acked.status).toBe(201);
    await sleep(50);
    expect((await conversationsOf(b.accessToken))[0]?.lastSeq).toBe(1);

    // The object dies with the delivery owed. Nothing in memory survives.
    await Promise.all([resetObject(conversationStub(id)), resetObject(userStub(a.user.id)), resetObject(userStub(b.user.id))]);
    const online = await TestSocket.open(b.accessToken);
    expect(await runDurableObjectAlarm(conversationStub(id))).toBe(true);
    const pushed = await online.next((p) => p.op === "message");
    expect(pushed.d).toMatchObject({ seq: 2, clientMsgId: "pending", messageId: acked.body.messageId });
    expect((await conversationsOf(b.accessToken))[0]).toMatchObject({ lastSeq: 2, unread: 2 });
    await sleep(50);
    expect(online.seen("message")).toHaveLength(0);
    online.close();
  });

  it("does not push twice when the objects restart after delivering (redelivery is deduplicated)", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    const receiver = await TestSocket.open(b.accessToken);
    for (let i = 1; i <= 3; i++) await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: text(`d-${i}`) });
    for (let i = 1; i <= 3; i++) await receiver.next((p) => p.op === "message" && (p.d as { seq: number }).seq === i);

    // Cursors were confirmed in memory but not yet persisted: a restart redelivers.
    receiver.close();
    await Promise.all([resetObject(conversationStub(id)), resetObject(userStub(a.user.id)), resetObject(userStub(b.user.id))]);
    const again = await TestSocket.open(b.accessToken);
    await runDurableObjectAlarm(conversationStub(id));
    await sleep(100);
    expect(again.seen("message")).toHaveLength(0);
    expect((await conversationsOf(b.accessToken))[0]).toMatchObject({ lastSeq: 3, unread: 3 });
    // The alarm persisted the cursors and, with nothing owed, did not re-arm.
    expect(await runDurableObjectAlarm(conversationStub(id))).toBe(false);
    again.close();
  });

  it("keeps the sequence dense and unique under concurrent sends and a restart", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    const send = (who: typeof a, key: string) => api(`/v1/conversations/${id}/messages`, { token: who.accessToken, body: text(key) });
    const first = await Promise.all(Array.from({ length: 40 }, (_, i) => send(i % 2 ? a : b, `c-${i}`)));
    expect(first.every((r) => r.status === 201)).toBe(true);
    await Promise.all([resetObject(conversationStub(id)), resetObject(userStub(a.user.id)), resetObject(userStub(b.user.id))]);
    // Clients resend everything (some acks "lost") plus new messages.
    const second = await Promise.all(Array.from({ length: 60 }, (_, i) => send(i % 2 ? a : b, `c-${i}`)));
    // Each clientMsgId (one sender each) maps to one seq and one messageId, before and after.
    const seen = new Map<string, { seq: number; messageId: string }>();
    for (const r of [...first, ...second]) {
      const prior = seen.get(r.body.clientMsgId);
      if (prior) expect({ seq: r.body.seq, messageId: r.body.messageId }).toEqual(prior);
      seen.set(r.body.clientMsgId, { seq: r.body.seq, messageId: r.body.messageId });
    }
    expect(second.slice(0, 40).every((r) => r.status === 200 && r.body.duplicate === true)).toBe(true);
    const history = await api(`/v1/conversations/${id}/messages?limit=100`, { token: a.accessToken });
    expect(history.body.messages.map((m: { seq: number }) => m.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(new Set(history.body.messages.map((m: { clientMsgId: string }) => m.clientMsgId)).size).toBe(60);
  });

  it("reaches the sender's other device after an abort of the sender's user object", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    await api(`/v1/conversations/${id}/messages`, { token: b.accessToken, body: text("hello") });
    await breakDeliveries(id);
    const ack = await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: text("mine") });
    expect(ack.status).toBe(201);
    await Promise.all([resetObject(conversationStub(id)), resetObject(userStub(a.user.id)), resetObject(userStub(b.user.id))]);
    const otherDevice = await TestSocket.open(a.accessToken, { deviceId: "tablet" });
    await runDurableObjectAlarm(conversationStub(id));
    expect((await otherDevice.next((p) => p.op === "message")).d).toMatchObject({ clientMsgId: "mine", senderId: a.user.id });
    // The sender's own message counts as read.
    expect((await conversationsOf(a.accessToken))[0]).toMatchObject({ lastSeq: 2, unread: 0 });
    otherDevice.close();
  });
});
