/**
 * ChatClient against an in-memory socket driven like the server (real shared codec) and a
 * manual clock: reconnects, token provider, offline queue, catch-up and gap pulls,
 * heartbeats. The same flows run against the real Worker in test/e2e/sdk.test.ts.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { ChatClient, type ChatClientOptions } from "../../sdk/src/client.js";
import type { TokenRequest } from "../../sdk/src/connection.js";
import { ChatError } from "../../sdk/src/errors.js";
import type { StateChange } from "../../sdk/src/connection.js";
import type { Message } from "../../shared/protocol.js";
import { emptySync, FakeSocket, flush, ManualClock } from "../helpers/sdk/fakes.js";

const ME = "U1";
const PEER = "U2";
const C = `d:${ME}:${PEER}`;
const msg = (seq: number, senderId = PEER): Message => ({ messageId: `M${seq}`, conversationId: C, seq, senderId, clientMsgId: `c${seq}`, type: "text", content: { text: `m${seq}` }, ts: 1000 + seq });

let clock: ManualClock;
let tokens: TokenRequest[];

function client(extra: Partial<ChatClientOptions> = {}) {
  const c = new ChatClient({
    url: "http://im.test",
    token: (req) => {
      tokens.push(req);
      return `tok${tokens.length}`;
    },
    WebSocket: FakeSocket,
    clock,
    random: () => 0,
    reconnect: { jitter: 0 },
    ...extra,
  });
  const seen = { messages: [] as Message[], states: [] as StateChange[], errors: [] as ChatError[], outbox: [] as string[] };
  c.on("message", (m) => seen.messages.push(m));
  c.on("state", (s) => seen.states.push(s));
  c.on("error", (e) => seen.errors.push(e));
  c.on("outbox", (e) => seen.outbox.push(`${e.clientMsgId}:${e.status}`));
  return { c, seen };
}

/** Opens, accepts and answers the first sync; returns the socket. */
async function online(token = "tok-e.1", conversations: unknown[] = []): Promise<FakeSocket> {
  await flush();
  const s = FakeSocket.last;
  s.accept(ME);
  s.reply("sync", "sync_result", { token, conversations, reset: false, hasMore: false });
  await flush();
  return s;
}

beforeEach(() => {
  FakeSocket.reset();
  clock = new ManualClock();
  tokens = [];
});

describe("ChatClient", () => {
  it("connects with the token as a subprotocol, syncs, and resolves connect() once caught up", async () => {
    const { c, seen } = client({ deviceId: "tab-1" });
    let ready = false;
    void c.connect().then(() => (ready = true));
    await flush();
    const s = FakeSocket.last;
    expect(s.url).toBe("ws://im.test/v1/ws?encoding=json&deviceId=tab-1");
    expect(s.protocols).toEqual(["imserver.v1", "tok1"]);
    s.accept(ME);
    await flush();
    expect(c.state).toBe("connected");
    expect(ready).toBe(false);
    s.reply("sync", "sync_result", emptySync());
    await flush();
    expect(ready).toBe(true);
    expect(c.userId).toBe(ME);
    expect(seen.states.map((x) => x.state)).toEqual(["connecting", "connected"]);
    // Already connected and caught up: connect() resolves at once and opens nothing.
    await c.connect();
    expect(FakeSocket.instances).toHaveLength(1);
  });

  it("queues sends while offline and sends them with the same clientMsgId after connecting", async () => {
    const { c, seen } = client();
    const sent = c.send({ conversationId: C, text: "queued", clientMsgId: "q-1" });
    expect(c.pending()).toEqual([expect.objectContaining({ clientMsgId: "q-1", status: "pending" })]);
    void c.connect();
    const s = await online();
    const req = s.takeRequest("send");
    expect(req.d).toEqual({ conversationId: C, clientMsgId: "q-1", type: "text", content: { text: "queued" } });
    s.push({ op: "ack", id: req.id!, d: { messageId: "M1", conversationId: C, seq: 1, ts: 5, clientMsgId: "q-1" } });
    await expect(sent).resolves.toMatchObject({ seq: 1, messageId: "M1" });
    expect(seen.outbox).toEqual(["q-1:pending", "q-1:sent"]);
    // Your own message arrives as a message event too, exactly once.
    expect(seen.messages).toEqual([expect.objectContaining({ seq: 1, senderId: ME, clientMsgId: "q-1", content: { text: "queued" } })]);
    expect(c.pending()).toEqual([]);
  });

  it("after a drop mid-send: backs off, asks for a token again, resumes sync from its token, resends the same id, no duplicate", async () => {
    const { c, seen } = client();
    void c.connect();
    const first = await online("tok-e.7");
    const sent = c.send({ conversationId: C, text: "hi", clientMsgId: "x-1" });
    await flush();
    expect(first.requests("send")).toHaveLength(1);
    first.drop(1006);
    await flush();
    expect(c.state).toBe("reconnecting");
    expect(seen.states.at(-1)).toMatchObject({ state: "reconnecting", retryInMs: 500, attempt: 1 });
    expect(FakeSocket.instances).toHaveLength(1);
    await clock.advance(500);
    const second = FakeSocket.last;
    expect(second).not.toBe(first);
    expect(tokens.map((t) => t.attempt)).toEqual([0, 1]);
    second.accept(ME);
    await flush();
    const resend = second.takeRequest("send");
    expect((resend.d as { clientMsgId: string }).clientMsgId).toBe("x-1");
    const sync = second.takeRequest("sync");
    expect(sync.d).toEqual({ token: "tok-e.7" });
    // The first attempt had been stored: the server says so and returns the same ids.
    second.push({ op: "ack", id: resend.id!, d: { messageId: "M1", conversationId: C, seq: 1, ts: 5, clientMsgId: "x-1", duplicate: true } });
    second.push({ op: "sync_result", id: sync.id!, d: { token: "tok-e.8", conversations: [], reset: false, hasMore: false } });
    await expect(sent).resolves.toMatchObject({ seq: 1, duplicate: true });
    expect(seen.messages.filter((m) => m.clientMsgId === "x-1")).toHaveLength(1);
  });

  it("pulls a gap a push revealed, then hands over everything in order", async () => {
    const { c, seen } = client({ gapDelayMs: 100 });
    void c.connect();
    const s = await online("t.1", [{ conversationId: C, kind: "direct", peerId: PEER, lastSeq: 0, readSeq: 0, unread: 0, deliveredSeq: 0, updatedAt: 1 }]);
    s.push({ op: "message", d: msg(1) });
    s.push({ op: "message", d: msg(4) });
    s.push({ op: "message", d: msg(1) });
    await flush();
    expect(seen.messages.map((m) => m.seq)).toEqual([1]);
    expect(s.requests("history")).toHaveLength(0);
    await clock.advance(100);
    const pull = s.takeRequest("history");
    expect(pull.d).toEqual({ conversationId: C, afterSeq: 1, limit: 2 });
    s.push({ op: "history_result", id: pull.id!, d: { conversationId: C, messages: [msg(2), msg(3)], hasMore: false, lastSeq: 4 } });
    await flush();
    expect(seen.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(c.conversation(C)).toMatchObject({ lastSeq: 4, unread: 4, lastMessage: { seq: 4 } });
  });

  it("moves past seqs the server does not show this user (a group joined at seq 4): no stuck gap", async () => {
    const { c, seen } = client({ gapDelayMs: 100 });
    void c.connect();
    const s = await online();
    const G = "g:01JDX1GROUP0000000000000000";
    const gm = (seq: number) => ({ ...msg(seq), conversationId: G, messageId: `G${seq}` });
    // Added at seq 4: the first push is seq 5 (the join entry's push was lost, say).
    s.push({ op: "message", d: gm(5) });
    await flush();
    expect(seen.messages).toEqual([]);
    await clock.advance(100);
    const pull = s.takeRequest("history");
    expect(pull.d).toEqual({ conversationId: G, afterSeq: 0, limit: 4 });
    // The server shows this member their history from the join entry on.
    s.push({ op: "history_result", id: pull.id!, d: { conversationId: G, messages: [gm(4), gm(5)], hasMore: false, lastSeq: 5 } });
    await flush();
    expect(seen.messages.map((m) => [m.conversationId, m.seq])).toEqual([[G, 4], [G, 5]]);
    s.push({ op: "message", d: gm(6) });
    await flush();
    expect(seen.messages.map((m) => m.seq)).toEqual([4, 5, 6]);
    expect(s.requests("history")).toHaveLength(1);
  });

  it("tries a gap pull that timed out again, with a growing pause, until the gap is filled", async () => {
    const { c, seen } = client({ gapDelayMs: 100, requestTimeoutMs: 1_000 });
    void c.connect();
    const s = await online();
    s.push({ op: "message", d: msg(1) });
    s.push({ op: "message", d: msg(3) });
    await clock.advance(100);
    const first = s.takeRequest("history");
    expect(first.d).toEqual({ conversationId: C, afterSeq: 1, limit: 1 });
    // No answer: the pull times out, and nothing else will come to this quiet conversation.
    await clock.advance(1_000);
    expect(seen.errors.map((e) => e.code)).toEqual(["timeout"]);
    await clock.advance(199);
    expect(s.requests("history")).toHaveLength(1);
    await clock.advance(1);
    const second = s.takeRequest("history");
    expect(second.d).toEqual(first.d);
    await clock.advance(1_000);
    // Twice the pause after the second failure.
    await clock.advance(399);
    expect(s.requests("history")).toHaveLength(2);
    await clock.advance(1);
    const third = s.takeRequest("history");
    s.push({ op: "history_result", id: third.id!, d: { conversationId: C, messages: [msg(2)], hasMore: false, lastSeq: 3 } });
    await flush();
    expect(seen.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    // Filled: no more tries.
    await clock.advance(60_000);
    expect(s.requests("history")).toHaveLength(3);
  });

  it("a push that fills the gap in time makes the pull unnecessary", async () => {
    const { seen, c } = client({ gapDelayMs: 100 });
    void c.connect();
    const s = await online();
    s.push({ op: "message", d: msg(2) });
    s.push({ op: "message", d: msg(1) });
    await clock.advance(1000);
    expect(seen.messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(s.requests("history")).toHaveLength(0);
  });

  it("catches up on reconnect: the sync says what moved, history pulls the rest", async () => {
    const { c, seen } = client();
    void c.connect();
    const s1 = await online("t.1", [{ conversationId: C, kind: "direct", lastSeq: 2, readSeq: 2, unread: 0, deliveredSeq: 2, updatedAt: 1 }]);
    // A fresh client starts its view at the server's position: old messages are history, not events.
    expect(s1.requests("history")).toHaveLength(0);
    s1.drop();
    await clock.advance(500);
    const s2 = FakeSocket.last;
    s2.accept(ME);
    s2.reply("sync", "sync_result", { token: "t.2", conversations: [{ conversationId: C, kind: "direct", lastSeq: 5, readSeq: 2, unread: 3, deliveredSeq: 2, updatedAt: 2 }], reset: false, hasMore: false });
    await flush();
    const synced: unknown[] = [];
    c.on("synced", (x) => synced.push(x));
    const pull = s2.takeRequest("history");
    expect(pull.d).toEqual({ conversationId: C, afterSeq: 2, limit: 3 });
    s2.push({ op: "history_result", id: pull.id!, d: { conversationId: C, messages: [msg(3), msg(4), msg(5)], hasMore: false, lastSeq: 5 } });
    await flush();
    expect(seen.messages.map((m) => m.seq)).toEqual([3, 4, 5]);
    expect(synced).toEqual([{ conversations: 1, messages: 3, reset: false }]);
    expect(c.conversation(C)).toMatchObject({ unread: 3 });
  });

  it("pings on the heartbeat interval and reconnects when nothing comes back", async () => {
    const { c } = client({ pongTimeoutMs: 2_000 });
    void c.connect();
    await flush();
    const s = FakeSocket.last;
    s.accept(ME, { heartbeatMs: 1_000 });
    s.reply("sync", "sync_result", emptySync());
    await clock.advance(1_000);
    expect(s.requests("ping")).toHaveLength(1);
    s.push({ op: "pong", d: {} });
    await clock.advance(1_000);
    expect(s.requests("ping")).toHaveLength(2);
    expect(c.state).toBe("connected");
    await clock.advance(2_000);
    expect(c.state).toBe("reconnecting");
    expect(s.closedWith).toBeDefined();
  });

  it("stops for good when the server says the device connected elsewhere (4001)", async () => {
    const { c, seen } = client();
    void c.connect();
    const s = await online();
    s.drop(4001, "replaced");
    await clock.advance(60_000);
    expect(FakeSocket.instances).toHaveLength(1);
    expect(c.state).toBe("disconnected");
    expect(seen.states.at(-1)).toMatchObject({ state: "disconnected", reason: "replaced" });
    expect(seen.errors.map((e) => e.code)).toEqual(["conflict"]);
  });

  it("tells the token provider when the last socket died before auth, and gives up if it cannot produce a token", async () => {
    let calls = 0;
    const c = new ChatClient({
      url: "https://im.test",
      WebSocket: FakeSocket,
      clock,
      reconnect: { jitter: 0 },
      token: (req) => {
        calls++;
        tokens.push(req);
        if (calls === 3) throw new ChatError("unauthorized", "refresh token revoked");
        return "t";
      },
    });
    const connected = c.connect();
    const outcome = expect(connected).rejects.toMatchObject({ code: "closed" });
    await flush();
    expect(FakeSocket.last.url.startsWith("wss://im.test/v1/ws")).toBe(true);
    FakeSocket.last.drop(1006);
    await clock.advance(500);
    expect(tokens[1]).toEqual({ attempt: 1, failedBefore: true, rejected: false });
    FakeSocket.last.drop(1006);
    await clock.advance(1_000);
    await outcome;
    expect(c.state).toBe("disconnected");
  });

  it("speaks binary and fills protobuf defaults (a binary push with nothing unread has unread 0)", async () => {
    const { c } = client({ encoding: "binary" });
    const states: number[] = [];
    c.on("conversation", (x) => states.push(x.unread));
    void c.connect();
    await flush();
    const s = FakeSocket.last;
    expect(s.url).toContain("encoding=binary");
    s.accept(ME);
    const sync = s.takeRequest("sync");
    s.push({ op: "sync_result", id: sync.id!, d: { token: "b.1", conversations: [{ conversationId: C, kind: "direct", peerId: PEER, lastSeq: 3, readSeq: 1, unread: 2, deliveredSeq: 1, updatedAt: 9 }], reset: false, hasMore: false } }, "binary");
    await flush();
    s.push({ op: "conversation", d: { conversationId: C, kind: "direct", peerId: PEER, lastSeq: 3, readSeq: 3, unread: 0, deliveredSeq: 3, updatedAt: 10 } }, "binary");
    await flush();
    expect(states).toEqual([2, 0]);
    expect(c.conversation(C)).toMatchObject({ unread: 0, readSeq: 3 });
  });

  it("markRead moves the badge at once, tells the server, and a read on another device arrives as a receipt", async () => {
    const { c } = client();
    const receipts: unknown[] = [];
    c.on("receipt", (r) => receipts.push(r));
    void c.connect();
    const s = await online("t.1", [{ conversationId: C, kind: "direct", lastSeq: 5, readSeq: 1, unread: 4, deliveredSeq: 5, updatedAt: 1 }]);
    c.markRead(C, 3);
    expect(c.conversation(C)).toMatchObject({ readSeq: 3, unread: 2 });
    const read = s.takeRequest("read");
    expect(read.d).toEqual({ conversationId: C, seq: 3 });
    s.push({ op: "ok", id: read.id!, d: {} });
    s.push({ op: "conversation", d: { conversationId: C, kind: "direct", lastSeq: 5, readSeq: 5, unread: 0, deliveredSeq: 5, updatedAt: 2 } });
    await flush();
    expect(c.conversation(C)).toMatchObject({ readSeq: 5, unread: 0 });
    expect(receipts).toEqual([
      { conversationId: C, userId: ME, readSeq: 3 },
      { conversationId: C, userId: ME, readSeq: 5 },
    ]);
  });

  it("keeps a read made offline and sends only the furthest after reconnecting", async () => {
    const { c } = client();
    void c.connect();
    const s1 = await online("t.1", [{ conversationId: C, kind: "direct", lastSeq: 9, readSeq: 1, unread: 8, deliveredSeq: 9, updatedAt: 1 }]);
    s1.drop();
    await flush();
    c.markRead(C, 4);
    c.markRead(C, 7);
    c.markRead(C, 5);
    expect(c.conversation(C)).toMatchObject({ readSeq: 7, unread: 2 });
    c.online();
    await flush();
    const s2 = FakeSocket.last;
    expect(s2).not.toBe(s1);
    s2.accept(ME);
    await flush();
    expect(s2.requests("read").map((r) => r.d)).toEqual([{ conversationId: C, seq: 7 }]);
  });

  it("marks a message failed on a non-retryable error and sends it again on retry, same id", async () => {
    const { c, seen } = client();
    void c.connect();
    const s = await online();
    const sent = c.send({ conversationId: C, text: "x", clientMsgId: "f-1" });
    await flush();
    const req = s.takeRequest("send");
    s.push({ op: "error", id: req.id!, d: { code: "forbidden", message: "not a member", status: 403, retryable: false } });
    await expect(sent).rejects.toMatchObject({ code: "forbidden" });
    expect(c.pending()).toEqual([expect.objectContaining({ clientMsgId: "f-1", status: "failed" })]);
    const again = c.retry("f-1");
    await flush();
    const req2 = s.takeRequest("send");
    expect((req2.d as { clientMsgId: string }).clientMsgId).toBe("f-1");
    s.push({ op: "ack", id: req2.id!, d: { messageId: "M1", conversationId: C, seq: 1, ts: 1, clientMsgId: "f-1" } });
    await expect(again).resolves.toMatchObject({ seq: 1 });
    expect(seen.outbox).toEqual(["f-1:pending", "f-1:failed", "f-1:pending", "f-1:sent"]);
  });

  it("rejects a message without exactly one target, or a text message without text, before queueing it", async () => {
    const { c } = client();
    await expect(c.send({ conversationId: C, text: "" })).rejects.toMatchObject({ code: "bad_request" });
    await expect(c.send({ conversationId: C, to: PEER, text: "x" })).rejects.toMatchObject({ code: "bad_request" });
    expect(c.pending()).toEqual([]);
  });

  it("sends typing (throttled) and maps typing, presence and peer receipt pushes onto events", async () => {
    const { c } = client();
    expect(c.supports("typing")).toBe(true);
    const connected = c.connect();
    const s = await online();
    await connected;
    expect(c.typing(C)).toBe(true);
    expect(c.typing(C)).toBe(true);
    await flush();
    expect(s.requests("typing")).toEqual([{ op: "typing", d: { conversationId: C } }]);
    const events: unknown[] = [];
    c.on("typing", (e) => events.push(["typing", e]));
    c.on("presence", (e) => events.push(["presence", e]));
    c.on("receipt", (e) => events.push(["receipt", e]));
    s.push({ op: "typing", d: { conversationId: C, userId: PEER, ttlMs: 6000 } });
    s.push({ op: "typing", d: { conversationId: C, userId: PEER, stop: true, ttlMs: 6000 } }, "binary");
    s.push({ op: "presence", d: { userId: PEER, online: false, lastSeen: 5 } });
    s.push({ op: "receipt", d: { conversationId: C, userId: PEER, readSeq: 3, deliveredSeq: 4 } }, "binary");
    await flush();
    expect(events).toEqual([
      ["typing", { conversationId: C, userId: PEER, typing: true }],
      ["typing", { conversationId: C, userId: PEER, typing: false }],
      ["presence", { userId: PEER, online: false, lastSeen: 5 }],
      ["receipt", { conversationId: C, userId: PEER, readSeq: 3, deliveredSeq: 4 }],
    ]);
  });
});
