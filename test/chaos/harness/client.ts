/**
 * A chaos client: one device of one user, behaving as the protocol tells clients to
 * (docs/protocol.md §3) and recording everything it does and sees. It keeps unacked sends
 * in an outbox and resends them with the same clientMsgId after any doubt; on (re)connect it
 * syncs with its token and pulls what it lacks by history; a pushed seq more than one above
 * what it holds makes it pull the gap. Some sends go over HTTP instead of the socket.
 */
import type { Packet } from "../../../shared/wire.js";
import { seenMessage, type SeenMessage, type SeenWire, type Transport } from "../checker/history.js";
import { Connection, RequestLost } from "./connection.js";
import type { Recorder } from "./recorder.js";
import type { Rng } from "./rng.js";

export interface Endpoints {
  baseUrl: string;
  wsUrl: string;
  /** Port of the bridge TCP clients use. */
  tcpPort: number;
}

export interface ClientSpec {
  id: string;
  userId: string;
  token: string;
  deviceId: string;
  transport: Exclude<Transport, "http">;
  /** Share of sends that go over HTTP instead of the socket. */
  httpShare: number;
  /** Conversations this client's user is in (it sends to and reads these). */
  conversations: string[];
  /** Full-jitter reconnect backoff: uniform in [0, min(capMs, baseMs·2^attempt)]. */
  backoff?: { baseMs: number; capMs: number };
}

interface OutItem {
  conv: string;
  cmid: string;
  text: string;
  attempts: number;
  inFlight: boolean;
  /** Not resent before this time (after a retryable refusal). */
  notBefore?: number;
}

interface ConvState {
  have: Set<number>;
  frontier: number;
  pulling: boolean;
  /** A pull was asked for while one ran: run another after it. */
  again: boolean;
}

type WireMessage = SeenWire & { conversationId: string };

/** Sends in flight per client, as a real client caps them (the rest wait in the outbox). */
const MAX_IN_FLIGHT = 4;
/** A user writing offline stops at some point: the outbox holds at most this many. */
const MAX_OUTBOX = 16;
const TEXTS = ["hi", "héllo wörld", "✓ ok", "𝄞 music", "مرحبا", "  spaced  ", "line\nbreak", "emoji 👩‍👩‍👧"];

export class ChaosClient {
  conn: Connection | undefined;
  private connNo = 0;
  private running = true;
  private reconnecting: Promise<void> | undefined;
  private readonly outbox: OutItem[] = [];
  private readonly convs = new Map<string, ConvState>();
  /** Conversations refused with `forbidden` (removed from a group): no longer written to or pulled. */
  private readonly gone = new Set<string>();
  private syncToken: string | undefined;
  private sent = 0;
  /** When each connection attempt started, and when each succeeded (Date.now()), for storm statistics. */
  readonly attempts: number[] = [];
  readonly connectedAt: number[] = [];
  /** Error codes seen on sends and reads, for the report (anything but the expected ones fails the run). */
  readonly errorCodes = new Map<string, number>();

  constructor(
    readonly spec: ClientSpec,
    private readonly ep: Endpoints,
    private readonly rng: Rng,
    private readonly rec: Recorder,
  ) {
    for (const c of spec.conversations) this.convs.set(c, { have: new Set(), frontier: 0, pulling: false, again: false });
  }

  get connId(): string {
    return `${this.spec.id}#${this.connNo}`;
  }

  get unacked(): number {
    return this.outbox.length;
  }

  /** Connects (retrying with full-jitter backoff) and catches up. */
  async connect(): Promise<void> {
    let attempt = 0;
    while (this.running) {
      this.attempts.push(Date.now());
      try {
        const conn = await Connection.open({ transport: this.spec.transport, wsUrl: this.ep.wsUrl, tcpPort: this.ep.tcpPort, token: this.spec.token, deviceId: this.spec.deviceId });
        if (!this.running) {
          conn.close();
          return;
        }
        this.connNo++;
        this.connectedAt.push(Date.now());
        const connId = this.connId;
        this.conn = conn;
        this.rec.add({ type: "connect", client: this.spec.id, user: this.spec.userId, conn: connId, transport: this.spec.transport });
        conn.onPush = (p) => this.onPush(connId, p);
        conn.onClose((reason) => {
          this.rec.add({ type: "disconnect", client: this.spec.id, conn: connId, reason });
          for (const item of this.outbox) item.inFlight = false;
          if (this.conn === conn) this.conn = undefined;
          if (this.running) void this.reconnectSoon();
        });
        // Unacked sends go out at once (the server takes them before any sync); catching up
        // may take a while when a busy conversation keeps opening gaps.
        this.flushOutbox();
        await this.catchUp(conn);
        return;
      } catch {
        attempt++;
        // Full jitter: uniform in [0, min(cap, base·2^n)].
        const { baseMs, capMs } = this.spec.backoff ?? { baseMs: 100, capMs: 2_000 };
        await sleep(this.rng.int(0, Math.min(capMs, baseMs * 2 ** attempt)));
      }
    }
  }

  private reconnectSoon(): Promise<void> {
    this.reconnecting ??= (async () => {
      // The first retry is jittered too, so a server-wide drop does not bring every client back at once.
      await sleep(this.rng.int(0, this.spec.backoff?.baseMs ?? 500));
      if (!this.conn && this.running) await this.connect();
    })().finally(() => (this.reconnecting = undefined));
    return this.reconnecting;
  }

  /** One step of the workload: maybe send, maybe mark read, maybe resend an acked message. */
  tick(): void {
    if (this.outbox.length >= MAX_OUTBOX) return;
    const active = this.spec.conversations.filter((c) => !this.gone.has(c));
    if (active.length === 0) return;
    const conv = this.rng.pick(active);
    if (this.rng.chance(0.1)) {
      void this.markRead(conv);
      return;
    }
    this.write(conv);
  }

  /** Writes a message to `conv`: into the outbox, and out at once when connected. */
  write(conv: string): void {
    const n = ++this.sent;
    const item: OutItem = { conv, cmid: `${this.spec.id}-${n}`, text: `${this.spec.id} #${n} ${this.rng.pick(TEXTS)}`, attempts: 0, inFlight: false };
    this.outbox.push(item);
    this.flushOutbox();
  }

  /** Sends unacked messages in the order they were written, at most MAX_IN_FLIGHT at a time. */
  flushOutbox(): void {
    const now = Date.now();
    let inFlight = this.outbox.filter((o) => o.inFlight).length;
    for (const item of [...this.outbox]) {
      if (inFlight >= MAX_IN_FLIGHT) return;
      if (item.inFlight || (item.notBefore ?? 0) > now) continue;
      if (!this.trySend(item)) return;
      inFlight++;
    }
  }

  /** Sends one attempt; false when there is no way to send now (offline, and not over HTTP). */
  private trySend(item: OutItem): boolean {
    const http = this.rng.chance(this.spec.httpShare);
    const conn = this.conn;
    if (!http && !conn) return false;
    item.inFlight = true;
    item.attempts++;
    const attempt = item.attempts;
    const connId = http ? "http" : this.connId;
    const via: Transport = http ? "http" : this.spec.transport;
    this.rec.add({ type: "invoke", client: this.spec.id, user: this.spec.userId, conn: connId, conv: item.conv, cmid: item.cmid, text: item.text, attempt, via });
    const body = { clientMsgId: item.cmid, type: "text", content: { text: item.text } };
    const done = http ? this.httpSend(item.conv, body) : conn!.request("send", { conversationId: item.conv, ...body }).then(replyOf);
    void done.then(
      (r) => this.settled(item, connId, attempt, r),
      (err) => this.settled(item, connId, attempt, { code: err instanceof RequestLost ? "lost" : `client:${String(err)}` }),
    );
    return true;
  }

  private settled(item: OutItem, connId: string, attempt: number, r: Reply): void {
    item.inFlight = false;
    if ("seq" in r) {
      this.rec.add({ type: "ack", client: this.spec.id, conn: connId, conv: item.conv, cmid: item.cmid, seq: r.seq, msgId: r.messageId, duplicate: r.duplicate, attempt });
      const i = this.outbox.indexOf(item);
      if (i >= 0) this.outbox.splice(i, 1);
      this.apply(item.conv, [{ seq: r.seq, msgId: r.messageId, sender: this.spec.userId, cmid: item.cmid, text: item.text }]);
      // Now and then resend an acked message on purpose: the original ids must come back.
      if (this.rng.chance(0.03)) this.outbox.push({ ...item, attempts: attempt, inFlight: false });
      this.flushOutbox();
      return;
    }
    this.rec.add({ type: "send_fail", client: this.spec.id, conn: connId, conv: item.conv, cmid: item.cmid, code: r.code, attempt });
    if (r.code === "forbidden" || r.code === "http:forbidden") this.gone.add(item.conv);
    this.errorCodes.set(r.code, (this.errorCodes.get(r.code) ?? 0) + 1);
    // Retryable failures and lost replies stay in the outbox and are resent (same clientMsgId).
    if (r.code !== "lost" && !r.retryable) {
      const i = this.outbox.indexOf(item);
      if (i >= 0) this.outbox.splice(i, 1);
    } else {
      const wait = this.rng.int(50, 400);
      item.notBefore = Date.now() + wait;
      setTimeout(() => this.flushOutbox(), wait);
    }
    this.flushOutbox();
  }

  private async httpSend(conv: string, body: unknown): Promise<Reply> {
    try {
      const res = await fetch(`${this.ep.baseUrl}/v1/conversations/${encodeURIComponent(conv)}/messages`, {
        method: "POST",
        headers: { authorization: `Bearer ${this.spec.token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      if (res.status === 200 || res.status === 201) return { seq: json["seq"] as number, messageId: json["messageId"] as string, duplicate: json["duplicate"] === true };
      const error = (json["error"] ?? {}) as { code?: string };
      return { code: error.code ? `http:${error.code}` : `http_${res.status}`, retryable: res.status >= 500 || res.status === 429 };
    } catch {
      return { code: "lost" };
    }
  }

  private async markRead(conv: string): Promise<void> {
    const state = this.convs.get(conv)!;
    const conn = this.conn;
    if (!conn || state.frontier === 0) return;
    const seq = state.frontier;
    const outcome = await conn.request("read", { conversationId: conv, seq }).then(
      (p) => (p.op === "ok" ? "ok" : "error"),
      () => "lost" as const,
    );
    this.rec.add({ type: "read", client: this.spec.id, user: this.spec.userId, conv, seq, outcome });
  }

  private onPush(connId: string, p: Packet): void {
    if (p.op !== "message") return;
    const m = p.d as WireMessage;
    const state = this.convs.get(m.conversationId);
    this.rec.add({ type: "push", client: this.spec.id, conn: connId, conv: m.conversationId, msg: seenMessage(m) });
    if (!state) return;
    this.apply(m.conversationId, [seenMessage(m)]);
    // A hole below this seq: pull it (the push is a hint, the log is the truth).
    if (state.frontier < m.seq) void this.pull(m.conversationId);
  }

  private apply(conv: string, msgs: SeenMessage[]): void {
    const state = this.convs.get(conv);
    if (!state) return;
    for (const m of msgs) state.have.add(m.seq);
    while (state.have.has(state.frontier + 1)) state.frontier++;
  }

  /**
   * Pulls everything above the frontier by history until the page says there is no more.
   * True when it got there (or the conversation is no longer ours); false when it could not.
   */
  private async pull(conv: string): Promise<boolean> {
    const state = this.convs.get(conv)!;
    if (state.pulling) {
      state.again = true;
      return false;
    }
    state.pulling = true;
    let complete = false;
    try {
      do {
        state.again = false;
        complete = false;
        const conn = this.conn;
        if (!conn) return false;
        const connId = this.connId;
        for (;;) {
          const afterSeq = state.frontier;
          const reply = await conn.request("history", { conversationId: conv, afterSeq, limit: 200 });
          if (reply.op !== "history_result") {
            const code = (reply.d as { code?: string })?.code ?? "?";
            this.errorCodes.set(`history:${code}`, (this.errorCodes.get(`history:${code}`) ?? 0) + 1);
            if (code === "forbidden") this.gone.add(conv);
            return code === "forbidden";
          }
          const d = reply.d as { messages?: WireMessage[]; hasMore?: boolean; lastSeq?: number };
          const messages = (d.messages ?? []).map((m) => seenMessage(m));
          this.rec.add({ type: "history", client: this.spec.id, conn: connId, conv, afterSeq, messages, lastSeq: d.lastSeq ?? 0 });
          this.apply(conv, messages);
          if (!d.hasMore || messages.length === 0) {
            complete = true;
            break;
          }
        }
      } while (state.again);
      return complete;
    } catch {
      // The connection went away; the reconnect catches up.
      return false;
    } finally {
      state.pulling = false;
    }
  }

  /** sync with the last token, then pull every conversation that moved past what we hold. */
  private async catchUp(conn: Connection): Promise<void> {
    for (;;) {
      const reply = await conn.request("sync", this.syncToken ? { token: this.syncToken } : {});
      if (reply.op !== "sync_result") return;
      const d = reply.d as { token: string; conversations?: Array<{ conversationId: string; lastSeq?: number }>; hasMore?: boolean };
      await Promise.all((d.conversations ?? []).filter((c) => (this.convs.get(c.conversationId)?.frontier ?? Infinity) < (c.lastSeq ?? 0)).map((c) => this.pull(c.conversationId)));
      this.syncToken = d.token;
      if (!d.hasMore) return;
    }
  }

  /** The user was added to a group: follow its conversation from now on and catch up. */
  addConversation(conv: string): void {
    if (!this.convs.has(conv)) this.convs.set(conv, { have: new Set(), frontier: 0, pulling: false, again: false });
    if (!this.spec.conversations.includes(conv)) this.spec.conversations.push(conv);
    void this.pull(conv);
  }

  /** Pauses reading (a slow consumer) for `ms`. */
  async stall(ms: number): Promise<void> {
    const conn = this.conn;
    if (!conn) return;
    conn.pause();
    await sleep(ms);
    conn.resume();
  }

  /**
   * Quiescence, step 1: reconnect if needed and resend until every message is acked.
   * Throws when it cannot by `deadline` (liveness).
   */
  async drain(deadline: number): Promise<void> {
    while (this.outbox.length > 0 || !this.conn) {
      if (Date.now() > deadline) throw new Error(`${this.spec.id}: ${this.outbox.length} unacked at the deadline`);
      if (!this.conn) await this.reconnectSoon();
      else this.flushOutbox();
      await sleep(100);
    }
  }

  /**
   * Quiescence, step 2, once every client has drained (so every message is stored): pull
   * every conversation to its end, then record `final`. Pushes are hints and may have been
   * lost; this is the catch-up a client does after any doubt.
   */
  async catchUpAll(deadline: number): Promise<void> {
    for (const conv of this.spec.conversations) {
      const state = this.convs.get(conv)!;
      for (;;) {
        if (this.gone.has(conv)) break;
        if (Date.now() > deadline) throw new Error(`${this.spec.id}: could not catch up on ${conv} by the deadline`);
        if (!this.conn) {
          await this.reconnectSoon();
          continue;
        }
        while (state.pulling) await sleep(20);
        if (await this.pull(conv)) break;
        await sleep(100);
      }
    }
    this.rec.add({ type: "final", client: this.spec.id, user: this.spec.userId });
  }

  close(): void {
    this.running = false;
    this.conn?.close();
  }
}

type Reply = { seq: number; messageId: string; duplicate: boolean } | { code: string; retryable?: boolean };

function replyOf(p: Packet): Reply {
  const d = (p.d ?? {}) as Record<string, unknown>;
  if (p.op === "ack") return { seq: d["seq"] as number, messageId: d["messageId"] as string, duplicate: d["duplicate"] === true };
  return { code: typeof d["code"] === "string" ? d["code"] : "?", retryable: d["retryable"] === true };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
