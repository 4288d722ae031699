/**
 * End to end against the real local Worker (`npm start`'s script): two users with real
 * WebSocket clients, one speaking JSON and one binary, through send, ack, push,
 * multi-device echo, idempotent resend, and offline catch-up by sync and by history.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";
import { http, registerUser, sleep, WsClient, type Account } from "../helpers/node/client.js";

let worker: LocalWorker;
let alice: Account;
let bob: Account;
let conversationId: string;

beforeAll(async () => {
  // This file checks ordering under a pipelined burst of 100 sends, past the default
  // per-user burst (60): lift the message rate limit (tested on its own in test/limits/).
  worker = await startLocalWorker({ env: { IM_VAR_RATE_MSGS_BURST: "10000", IM_VAR_RATE_MSGS_PER_SEC: "10000" } });
  alice = await registerUser(worker.baseUrl, "alice");
  bob = await registerUser(worker.baseUrl, "bob");
  const [a, b] = [alice.user.id, bob.user.id].sort();
  conversationId = `d:${a}:${b}`;
});

afterAll(async () => {
  await worker?.stop();
});

describe("two users, JSON and binary clients", () => {
  it("delivers, acks, echoes to other devices, and deduplicates resends", async () => {
    const alicePhone = await WsClient.connect(worker.wsUrl, alice.accessToken, { deviceId: "phone" });
    const aliceLaptop = await WsClient.connect(worker.wsUrl, alice.accessToken, { deviceId: "laptop" });
    const bobBinary = await WsClient.connect(worker.wsUrl, bob.accessToken, { encoding: "binary" });

    const ack = await alicePhone.request("send", { to: bob.user.id, clientMsgId: "m-1", type: "text", content: { text: "hi bob" } });
    expect(ack.op).toBe("ack");
    const { messageId, seq } = ack.d as { messageId: string; seq: number };
    expect(ack.d).toMatchObject({ conversationId, seq: 1, clientMsgId: "m-1" });

    const pushed = await bobBinary.next((p) => p.op === "message");
    expect(pushed.d).toMatchObject({ messageId, conversationId, seq, senderId: alice.user.id, clientMsgId: "m-1", content: { text: "hi bob" } });
    const echoed = await aliceLaptop.next((p) => p.op === "message");
    expect(echoed.d).toMatchObject({ messageId, seq });

    // Same clientMsgId again: the original ids come back and nobody gets a second push.
    const again = await alicePhone.request("send", { to: bob.user.id, clientMsgId: "m-1", type: "text", content: { text: "hi bob" } });
    expect(again.d).toMatchObject({ messageId, seq, duplicate: true });

    // Bob answers in binary, by conversation id; both of Alice's devices get it.
    const reply = await bobBinary.request("send", { conversationId, clientMsgId: "r-1", type: "text", content: { text: "hi alice" } });
    expect(reply.op).toBe("ack");
    expect((reply.d as { seq: number }).seq).toBe(2);
    for (const device of [alicePhone, aliceLaptop]) {
      const m = await device.next((p) => p.op === "message" && (p.d as { seq: number }).seq === 2);
      expect(m.d).toMatchObject({ senderId: bob.user.id, content: { text: "hi alice" } });
    }

    await sleep(300);
    expect(alicePhone.seen("message").filter((p) => (p.d as { seq: number }).seq === 1)).toHaveLength(0);
    expect(bobBinary.seen("message")).toHaveLength(0);
    await Promise.all([alicePhone.close(), aliceLaptop.close(), bobBinary.close()]);
  });

  it("keeps a pipelined burst from one socket in submission order", async () => {
    const sender = await WsClient.connect(worker.wsUrl, alice.accessToken, { deviceId: "burst" });
    const before = await http(worker.baseUrl, `/v1/conversations/${conversationId}/messages?beforeSeq=999999&limit=1`, { token: alice.accessToken });
    const base = before.body.lastSeq as number;
    const acks = await Promise.all(
      Array.from({ length: 100 }, (_, i) => sender.request("send", { conversationId, clientMsgId: `burst-${i}`, type: "text", content: { text: `burst ${i}` } })),
    );
    expect(acks.map((p) => (p.d as { seq: number }).seq)).toEqual(Array.from({ length: 100 }, (_, i) => base + i + 1));
    const history = await http(worker.baseUrl, `/v1/conversations/${conversationId}/messages?afterSeq=${base}&limit=100`, { token: bob.accessToken });
    expect(history.body.messages.map((m: { clientMsgId: string }) => m.clientMsgId)).toEqual(Array.from({ length: 100 }, (_, i) => `burst-${i}`));
    await sender.close();
  });

  it("lets an offline user catch up by sync and by history", async () => {
    const bobOnline = await WsClient.connect(worker.wsUrl, bob.accessToken, { encoding: "binary" });
    const first = await bobOnline.request("sync", {});
    const token = (first.d as { token: string }).token;
    const lastSeen = ((first.d as { conversations: Array<{ lastSeq: number }> }).conversations[0]?.lastSeq) ?? 0;
    await bobOnline.close();

    const alicePhone = await WsClient.connect(worker.wsUrl, alice.accessToken, { deviceId: "phone" });
    for (let i = 0; i < 5; i++) {
      const ack = await alicePhone.request("send", { conversationId, clientMsgId: `offline-${i}`, type: "text", content: { text: `while you were away ${i}` } });
      expect(ack.op).toBe("ack");
    }
    await alicePhone.close();

    const bobBack = await WsClient.connect(worker.wsUrl, bob.accessToken, { encoding: "binary" });
    const changes = await bobBack.request("sync", { token });
    const states = (changes.d as { conversations: Array<{ conversationId: string; lastSeq: number; unread: number }>; reset?: boolean }).conversations;
    expect((changes.d as { reset?: boolean }).reset ?? false).toBe(false);
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ conversationId, lastSeq: lastSeen + 5 });

    const page = await bobBack.request("history", { conversationId, afterSeq: lastSeen });
    const messages = (page.d as { messages: Array<{ seq: number; content: { text: string } }> }).messages;
    expect(messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5].map((i) => lastSeen + i));
    expect(messages.map((m) => m.content.text)).toEqual([0, 1, 2, 3, 4].map((i) => `while you were away ${i}`));

    const viaHttp = await http(worker.baseUrl, `/v1/conversations/${conversationId}/messages?afterSeq=${lastSeen}&limit=3`, { token: bob.accessToken });
    expect(viaHttp.status).toBe(200);
    expect(viaHttp.body.messages.map((m: { seq: number }) => m.seq)).toEqual([1, 2, 3].map((i) => lastSeen + i));
    expect(viaHttp.body.hasMore).toBe(true);

    // Reading everything clears the unread count, as the conversation list shows.
    const read = await bobBack.request("read", { conversationId, seq: lastSeen + 5 });
    expect(read.op).toBe("ok");
    const list = await http(worker.baseUrl, "/v1/conversations", { token: bob.accessToken });
    expect(list.body.conversations[0]).toMatchObject({ conversationId, unread: 0, lastSeq: lastSeen + 5, lastMessage: { seq: lastSeen + 5 } });
    await bobBack.close();
  });
});
