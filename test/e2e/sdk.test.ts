/**
 * The SDK against the real local Worker (scripts/start.mjs), with real `ws` sockets:
 * two users chatting in JSON and binary, read state across devices, catch-up after a
 * restart, the offline queue, token providers and sessions, and sockets killed mid-stream
 * with no message lost, duplicated or reordered.
 */
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthSession, ChatClient, memoryStorage, type ChatClientOptions, type KeyValueStorage, type Message, type StateChange } from "../../sdk/src/index.js";
import { directConversationId } from "../../shared/ids.js";
import { registerUser, type Account } from "../helpers/node/client.js";
import { startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";

let worker: LocalWorker;

beforeAll(async () => {
  // The chaos test streams 150 messages in well under a second, past the default per-user
  // message rate (20/s, burst 60; see docs/limits.md): lift it, this file is about delivery.
  worker = await startLocalWorker({ env: { IM_VAR_RATE_MSGS_PER_SEC: "10000", IM_VAR_RATE_MSGS_BURST: "10000" } });
});

afterAll(async () => {
  await worker?.stop();
});

/** A `ws` subclass per client, so a test can kill that client's live socket. */
function trackedSockets() {
  const all: WebSocket[] = [];
  class Tracked extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      all.push(this);
    }
  }
  // Returns how many sockets it really killed (a client may still say "connected" for a
  // moment after its socket died).
  const kill = () => {
    const open = all.filter((s) => s.readyState === WebSocket.OPEN);
    open.forEach((s) => s.terminate());
    return open.length;
  };
  return { Tracked, kill, count: () => all.length };
}

interface Probe {
  client: ChatClient;
  messages: Message[];
  states: StateChange[];
  kill(): number;
  sockets(): number;
}

function probe(account: Account, opts: Partial<ChatClientOptions> = {}): Probe {
  const { Tracked, kill, count } = trackedSockets();
  const client = new ChatClient({ url: worker.baseUrl, token: () => account.accessToken, WebSocket: Tracked, reconnect: { minDelayMs: 20, maxDelayMs: 300 }, ...opts });
  const p: Probe = { client, messages: [], states: [], kill, sockets: count };
  client.on("message", (m) => p.messages.push(m));
  client.on("state", (s) => p.states.push(s));
  return p;
}

async function until(what: string, cond: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const seqsOf = (ms: Message[], conversationId: string) => ms.filter((m) => m.conversationId === conversationId).map((m) => m.seq);
const consecutive = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe("SDK against the local Worker", () => {
  it("two users chat both ways (JSON and binary); unread and read state follow across devices", async () => {
    const alice = await registerUser(worker.baseUrl, "alice");
    const bob = await registerUser(worker.baseUrl, "bob");
    const C = directConversationId(alice.user.id, bob.user.id);
    const a = probe(alice, { deviceId: "phone" });
    const aLaptop = probe(alice, { deviceId: "laptop" });
    const b = probe(bob, { encoding: "binary" });
    await Promise.all([a.client.connect(), aLaptop.client.connect(), b.client.connect()]);
    expect(a.client.state).toBe("connected");

    const ack = await a.client.send({ to: bob.user.id, text: "hi bob" });
    expect(ack).toMatchObject({ conversationId: C, seq: 1 });
    await until("bob gets it", () => b.messages.length === 1);
    expect(b.messages[0]).toMatchObject({ seq: 1, senderId: alice.user.id, content: { text: "hi bob" } });
    expect(b.client.conversation(C)).toMatchObject({ unread: 1, lastMessage: { seq: 1 } });

    await b.client.send({ conversationId: C, text: "hi alice" });
    await until("alice's devices get the reply", () => a.messages.length === 2 && aLaptop.messages.length === 2);
    expect(seqsOf(a.messages, C)).toEqual([1, 2]);
    expect(seqsOf(aLaptop.messages, C)).toEqual([1, 2]);
    // Replying reads the conversation; alice has one unread on both devices.
    expect(b.client.conversation(C)).toMatchObject({ unread: 0, readSeq: 2 });
    await until("laptop counts the unread", () => aLaptop.client.conversation(C)?.unread === 1);

    const receipts: unknown[] = [];
    aLaptop.client.on("receipt", (r) => receipts.push(r));
    a.client.markRead(C);
    expect(a.client.conversation(C)).toMatchObject({ unread: 0 });
    await until("the read reaches the laptop", () => aLaptop.client.conversation(C)?.unread === 0);
    expect(receipts).toEqual([{ conversationId: C, userId: alice.user.id, readSeq: 2 }]);

    const page = await b.client.history(C, { beforeSeq: 3, limit: 10 });
    expect(page.messages.map((m) => [m.seq, m.content.text])).toEqual([
      [1, "hi bob"],
      [2, "hi alice"],
    ]);
    for (const p of [a, aLaptop, b]) p.client.close();
  });

  it("sockets killed mid-stream on both sides: every message stored once and seen once, in order", async () => {
    const alice = await registerUser(worker.baseUrl, "alice");
    const bob = await registerUser(worker.baseUrl, "bob");
    const C = directConversationId(alice.user.id, bob.user.id);
    const a = probe(alice);
    const b = probe(bob, { encoding: "binary" });
    await Promise.all([a.client.connect(), b.client.connect()]);

    const N = 150;
    const acks: Promise<{ seq: number; clientMsgId: string }>[] = [];
    let sending = true;
    let bobKills = 0;
    let aliceKillsInFlight = 0;
    // Chaos beside the stream: kill bob's live socket every 40 ms, alice's every 130 ms
    // while she has unacknowledged messages.
    const chaos = (async () => {
      for (let tick = 1; sending; tick++) {
        await new Promise((r) => setTimeout(r, 40));
        if (b.client.state === "connected") bobKills += b.kill();
        if (tick % 3 === 0 && a.client.state === "connected" && a.client.pending().length > 0) aliceKillsInFlight += a.kill();
      }
    })();
    for (let i = 0; i < N; i++) {
      acks.push(a.client.send({ conversationId: C, text: `burst ${i}`, clientMsgId: `burst-${i}` }));
      if (i % 5 === 4) await new Promise((r) => setTimeout(r, 15));
    }
    const settled = await Promise.all(acks);
    sending = false;
    await chaos;
    await until("bob has them all", () => b.messages.length >= N, 30_000);
    await new Promise((r) => setTimeout(r, 300));

    // The drops really happened, mid-stream, on both sides.
    expect(bobKills).toBeGreaterThanOrEqual(3);
    expect(aliceKillsInFlight).toBeGreaterThanOrEqual(1);
    expect(b.sockets()).toBe(bobKills + 1);
    // Stored once each: N distinct seqs 1..N, one per clientMsgId.
    expect(new Set(settled.map((x) => x.seq)).size).toBe(N);
    expect([...settled.map((x) => x.seq)].sort((x, y) => x - y)).toEqual(consecutive(1, N));
    // Seen once each, in seq order, by the receiver and by the sender's own event stream.
    expect(seqsOf(b.messages, C)).toEqual(consecutive(1, N));
    expect(seqsOf(a.messages, C)).toEqual(consecutive(1, N));
    const bySeq = new Map(settled.map((x) => [x.seq, x.clientMsgId]));
    expect(b.messages.every((m) => bySeq.get(m.seq) === m.clientMsgId)).toBe(true);
    // The server agrees: N messages, no duplicates.
    const history = await b.client.history(C, { afterSeq: 0, limit: 500 });
    expect(history.messages).toHaveLength(N);
    expect(new Set(history.messages.map((m) => m.clientMsgId)).size).toBe(N);
    expect(a.client.pending()).toEqual([]);
    a.client.close();
    b.client.close();
  });

  it("catches up after an app restart from saved state: exactly the missed messages, before connect() resolves", async () => {
    const alice = await registerUser(worker.baseUrl, "alice");
    const bob = await registerUser(worker.baseUrl, "bob");
    const C = directConversationId(alice.user.id, bob.user.id);
    const storage: KeyValueStorage = memoryStorage();
    const a = probe(alice);
    const b1 = probe(bob, { storage, storageKey: "bob" });
    await Promise.all([a.client.connect(), b1.client.connect()]);
    for (let i = 0; i < 3; i++) await a.client.send({ conversationId: C, text: `before ${i}` });
    await until("bob saw the first three", () => b1.messages.length === 3);
    await new Promise((r) => setTimeout(r, 700)); // the saved cursor is written within 500 ms
    b1.client.close();

    for (let i = 0; i < 40; i++) await a.client.send({ conversationId: C, text: `while away ${i}` });

    const b2 = probe(bob, { storage, storageKey: "bob", historyPageSize: 15 });
    const synced: unknown[] = [];
    b2.client.on("synced", (s) => synced.push(s));
    await b2.client.connect();
    expect(seqsOf(b2.messages, C)).toEqual(consecutive(4, 40));
    expect(b2.messages.map((m) => m.content.text)).toEqual(Array.from({ length: 40 }, (_, i) => `while away ${i}`));
    expect(synced).toEqual([{ conversations: 1, messages: 40, reset: false }]);
    expect(b2.client.conversation(C)).toMatchObject({ lastSeq: 43, unread: 43 });
    a.client.close();
    b2.client.close();
  });

  it("queues sends made before connecting and delivers them once the socket is up", async () => {
    const alice = await registerUser(worker.baseUrl, "alice");
    const bob = await registerUser(worker.baseUrl, "bob");
    const a = probe(alice);
    const b = probe(bob);
    await b.client.connect();
    const queued = [1, 2, 3].map((i) => a.client.send({ to: bob.user.id, text: `queued ${i}` }));
    expect(a.client.pending().map((e) => e.status)).toEqual(["pending", "pending", "pending"]);
    await a.client.connect();
    expect((await Promise.all(queued)).map((x) => x.seq)).toEqual([1, 2, 3]);
    await until("bob got three", () => b.messages.length === 3);
    expect(b.messages.map((m) => m.content.text)).toEqual(["queued 1", "queued 2", "queued 3"]);
    a.client.close();
    b.client.close();
  });

  it("asks its token provider on every reconnect; a session refreshes, and ending it stops the client", async () => {
    const carol = await registerUser(worker.baseUrl, "carol");
    const changes: unknown[] = [];
    const session = new AuthSession(
      { accessToken: carol.accessToken, refreshToken: carol.refreshToken, user: carol.user as never, deviceId: carol.deviceId, sessionId: carol.sessionId },
      { url: worker.baseUrl, onChange: (d) => changes.push(d?.accessToken ?? null) },
    );
    let calls = 0;
    const c = probe(carol, { token: (req) => (calls++, session.provider(req)) });
    await c.client.connect();
    expect(calls).toBe(1);
    const before = session.data!.refreshToken;
    await session.refresh();
    expect(session.data!.refreshToken).not.toBe(before);
    c.kill();
    await until("reconnected", () => calls === 2 && c.client.state === "connected");
    c.kill();
    await until("reconnected again", () => calls === 3 && c.client.state === "connected");
    expect(changes).toHaveLength(1);
    // A spent refresh token is refused (rotation); logging out closes the live socket for good.
    const errors: string[] = [];
    c.client.on("error", (e) => errors.push(e.code));
    await session.logout();
    await until("closed by the server", () => c.client.state === "disconnected");
    expect(c.states.at(-1)).toMatchObject({ state: "disconnected", reason: "session_ended" });
    expect(errors).toContain("unauthorized");
    expect(changes.at(-1)).toBeNull();
  });
});
