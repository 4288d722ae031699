/**
 * ChatClient: the SDK's entry point. It composes the connection (sockets, state machine,
 * heartbeats), the outbox (offline queue with stable clientMsgIds), the sequencer and
 * catch-up (every message exactly once, in order per conversation) and the conversation
 * store (unread counts, read positions), and maps server pushes onto typed events.
 * It is the composition root: the logic it wires lives in those modules, each unit-tested.
 */
import { directConversationId } from "../../shared/ids.js";
import { isOpName, type OpName } from "../../shared/ops.js";
import type { ConversationState, HistoryResult, Message, Presence, SendAck } from "../../shared/protocol.js";
import type { Packet } from "../../shared/wire.js";
import { backoffOptions } from "./backoff.js";
import { Catchup } from "./catchup.js";
import { systemClock, type Clock, type TimerHandle } from "./clock.js";
import { Connection, toChatError, type StateChange, type TokenProvider } from "./connection.js";
import { ConversationStore, type MergeOutcome } from "./conversations.js";
import { Emitter } from "./emitter.js";
import { ChatError } from "./errors.js";
import type { ClientEvents, PresenceEvent } from "./events.js";
import { ApiClient, type HistoryQuery } from "./http.js";
import { newClientMsgId, outgoing, type SendInput } from "./message.js";
import * as normalize from "./normalize.js";
import { Outbox, type OutboxEntry } from "./outbox.js";
import { Sequencer } from "./sequencer.js";
import type { ChatClientOptions } from "./options.js";
import { Positions } from "./positions.js";
import { platformWebSocket } from "./socket.js";
import type { ConnectionState } from "./state.js";
import { SyncState } from "./sync-state.js";

export type { ChatClientOptions };

/** At most one typing signal per conversation this often. */
const TYPING_THROTTLE_MS = 3_000;

/** A presence as the app sees it: `lastSeen` only when the server knows one (binary sends 0). */
const presenceEvent = (p: Presence): PresenceEvent => ({ userId: p.userId, online: p.online, ...(p.lastSeen ? { lastSeen: p.lastSeen } : {}) });

export class ChatClient extends Emitter<ClientEvents> {
  readonly api: ApiClient;
  private readonly conn: Connection;
  private readonly outbox: Outbox;
  private readonly store = new ConversationStore();
  private readonly sync: SyncState;
  private sequencer: Sequencer;
  private catchup: Catchup;
  private readonly clock: Clock;
  private readonly o: Required<Pick<ChatClientOptions, "requestTimeoutMs" | "maxInFlight" | "historyPageSize" | "gapDelayMs">>;
  private me: string | undefined;
  private openCount = 0;
  /** The current connection finished its catch-up. */
  private caughtUp = false;
  private readonly waiters = new Map<string, Array<{ resolve: (a: SendAck) => void; reject: (e: ChatError) => void }>>();
  private readyWaiters: Array<{ resolve: () => void; reject: (e: ChatError) => void }> = [];
  private readonly positions: Positions;
  private outboxTimer: TimerHandle | undefined;
  private readonly typingSentAt = new Map<string, number>();

  /** Handlers of server pushes, by op. Features add a line here when the server gains an op. */
  private readonly pushes: Partial<Record<OpName, (d: unknown) => void>> = {
    message: (d) => this.onMessagePush(d),
    conversation: (d) => this.onConversationPush(d),
    // An ack whose request had timed out: the message was stored after all.
    ack: (d) => this.onAck(normalize.ack(d)),
    ok: () => undefined,
    typing: (d) => {
      const t = normalize.typing(d);
      if (t) this.emit("typing", { conversationId: t.conversationId, userId: t.userId, typing: !t.stop });
    },
    presence: (d) => {
      const p = normalize.presence(d);
      if (p) this.emit("presence", presenceEvent(p));
    },
    receipt: (d) => {
      const r = normalize.receipt(d);
      if (r) this.emit("receipt", { conversationId: r.conversationId, userId: r.userId, ...(r.readSeq ? { readSeq: r.readSeq } : {}), ...(r.deliveredSeq ? { deliveredSeq: r.deliveredSeq } : {}) });
    },
  };

  constructor(options: ChatClientOptions) {
    super();
    const WebSocketImpl = options.WebSocket ?? platformWebSocket();
    if (!WebSocketImpl) throw new ChatError("bad_request", "no WebSocket implementation: pass `WebSocket` (on Node 20: the `ws` package)");
    this.clock = options.clock ?? systemClock;
    this.o = {
      requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
      maxInFlight: options.maxInFlight ?? 32,
      historyPageSize: options.historyPageSize ?? 200,
      gapDelayMs: options.gapDelayMs ?? 250,
    };
    const tokenOption = options.token;
    const provider: TokenProvider = typeof tokenOption === "string" ? () => tokenOption : tokenOption;
    this.api = new ApiClient({ url: options.url, token: () => provider({ attempt: 0, failedBefore: false, rejected: false }), ...(options.fetch ? { fetch: options.fetch } : {}) });
    const prefix = options.storageKey ?? "imserver";
    this.outbox = new Outbox({ maxAttempts: options.maxSendAttempts ?? 5, storageKey: `${prefix}:outbox`, ...(options.storage ? { storage: options.storage } : {}) });
    this.sync = new SyncState(options.storage, `${prefix}:sync`, this.clock);
    this.sequencer = this.sync.sequencer();
    this.catchup = this.newCatchup();
    this.positions = new Positions({
      clock: this.clock,
      request: (op, d) => this.conn.request(op, d, this.o.requestTimeoutMs),
      open: () => this.conn.isOpen,
      error: (err) => this.emit("error", err),
    });
    this.conn = new Connection(
      {
        url: options.url,
        token: provider,
        WebSocket: WebSocketImpl,
        encoding: options.encoding ?? "json",
        ...(options.deviceId ? { deviceId: options.deviceId } : {}),
        tokenIn: options.tokenIn ?? "protocol",
        backoff: backoffOptions(options.reconnect),
        heartbeatMs: options.heartbeatMs ?? 0,
        pongTimeoutMs: options.pongTimeoutMs ?? 10_000,
        connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
        clock: this.clock,
        random: options.random ?? Math.random,
      },
      {
        state: (change) => this.onState(change),
        open: (auth) => this.onOpen(auth.userId),
        push: (packet) => this.onPush(packet),
        error: (err) => this.emit("error", err),
      },
    );
  }

  get state(): ConnectionState {
    return this.conn.state;
  }

  /** The signed-in user, known after the first connection. */
  get userId(): string | undefined {
    return this.me;
  }

  get deviceId(): string | undefined {
    return this.conn.session?.deviceId;
  }

  /** Connects (if not already) and resolves once caught up; rejects if the connection ends for good first. */
  connect(): Promise<void> {
    if (this.caughtUp && this.conn.state === "connected") return Promise.resolve();
    const ready = new Promise<void>((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
    if (this.conn.state === "disconnected") this.conn.connect();
    return ready;
  }

  /** Closes for good (until `connect` again). Pending messages stay in the outbox (and storage). */
  close(): void {
    this.conn.close();
    this.catchup.stop();
    this.positions.stop();
    if (this.outboxTimer !== undefined) this.clock.clearTimeout(this.outboxTimer);
    this.outboxTimer = undefined;
    const closed = new ChatError("closed", "the client was closed");
    for (const list of this.waiters.values()) for (const w of list) w.reject(closed);
    this.waiters.clear();
  }

  /** Drops the socket and reconnects (with catch-up), e.g. when the app knows the network changed. */
  reconnect(): void {
    this.conn.drop("reconnect requested");
  }

  /** Tell the client the network is back (browsers: the `online` event) to skip the remaining backoff. */
  online(): void {
    this.conn.online();
  }

  /** Whether the server protocol this SDK was built with has an operation (e.g. "typing"). */
  supports(op: string): boolean {
    return isOpName(op);
  }

  /** A fresh client message id (ULID), for apps that want to know it before calling `send`. */
  newClientMsgId(): string {
    return newClientMsgId();
  }

  /**
   * Sends a message. It is queued at once (an `outbox` event with status `pending`) and sent
   * when connected, again after reconnects with the same clientMsgId, until acknowledged.
   * Resolves with the ack; rejects with a ChatError when it fails for good (`failed`).
   */
  send(input: SendInput): Promise<SendAck> {
    let built: ReturnType<typeof outgoing>;
    try {
      built = outgoing(input);
    } catch (err) {
      return Promise.reject(err);
    }
    const { message, target } = built;
    const clientMsgId = message.clientMsgId;
    const existing = this.outbox.get(clientMsgId);
    const promise = new Promise<SendAck>((resolve, reject) => {
      const list = this.waiters.get(clientMsgId) ?? [];
      list.push({ resolve, reject });
      this.waiters.set(clientMsgId, list);
    });
    if (!existing) {
      const conversationId = input.conversationId ?? (this.me && input.to !== this.me ? directConversationId(this.me, input.to!) : undefined);
      const entry = this.outbox.add({ clientMsgId, target, ...(conversationId ? { conversationId } : {}), message, status: "pending", createdAt: this.clock.now(), attempts: 0 });
      this.emit("outbox", entry);
    }
    this.flushOutbox();
    return promise;
  }

  /** Sends a failed message again, with the same clientMsgId. Resolves with its ack. */
  retry(clientMsgId: string): Promise<SendAck> {
    const entry = this.outbox.retry(clientMsgId);
    if (!entry) return Promise.reject(new ChatError("not_found", "no failed message with that clientMsgId"));
    this.emit("outbox", entry);
    const promise = new Promise<SendAck>((resolve, reject) => this.waiters.set(clientMsgId, [...(this.waiters.get(clientMsgId) ?? []), { resolve, reject }]));
    this.flushOutbox();
    return promise;
  }

  /** Forgets a failed or pending (not in flight) message. */
  discard(clientMsgId: string): boolean {
    return this.outbox.discard(clientMsgId);
  }

  /** Messages not yet acknowledged (pending and failed), oldest first. */
  pending(conversationId?: string): OutboxEntry[] {
    return this.outbox.list(conversationId);
  }

  /** The conversation list, most recent activity first. */
  conversations(): ConversationState[] {
    return this.store.list();
  }

  conversation(conversationId: string): ConversationState | undefined {
    return this.store.get(conversationId);
  }

  /**
   * A page of history (ascending seq): `beforeSeq` to scroll back, `afterSeq` to read on.
   * Over the socket when connected, else over HTTP. A plain read: messages also arrive as
   * `message` events in their own time.
   */
  async history(conversationId: string, q: HistoryQuery = {}): Promise<HistoryResult> {
    const page = this.conn.isOpen ? await this.historyOverSocket(conversationId, q) : await this.api.history(conversationId, q);
    if (!this.sequencer.holding && this.sequencer.cursor(conversationId) !== undefined && this.sequencer.reached(conversationId, page.lastSeq)) this.catchup.gapSeen(conversationId);
    return page;
  }

  /** The newest page of a conversation (ascending seq), e.g. when opening it. */
  latest(conversationId: string, limit = 50): Promise<HistoryResult> {
    // "Below the largest seq there could be": the newest `limit` messages, whatever we know.
    return this.history(conversationId, { beforeSeq: Number.MAX_SAFE_INTEGER - 1, limit });
  }

  /**
   * Marks a conversation read up to `seq` (default: everything handed over so far). Local
   * state moves at once; the server learns it now or after the next reconnect, and the
   * user's other devices get a `conversation` push.
   */
  markRead(conversationId: string, seq?: number): void {
    const target = seq ?? this.store.get(conversationId)?.lastSeq ?? this.sequencer.cursor(conversationId) ?? 0;
    if (target < 1) return;
    const outcome = this.store.markRead(conversationId, target);
    if (outcome) this.announce(outcome);
    this.positions.read(conversationId, target);
  }

  /**
   * Tells the conversation you are typing (throttled). Returns false while the server
   * does not offer typing indicators (see docs/sdk.md).
   */
  typing(conversationId: string): boolean {
    const op = "typing";
    if (!isOpName(op)) return false;
    const now = this.clock.now();
    if (now - (this.typingSentAt.get(conversationId) ?? -Infinity) < TYPING_THROTTLE_MS) return true;
    this.typingSentAt.set(conversationId, now);
    return this.conn.post({ op, d: { conversationId } });
  }

  /**
   * Asks who of `userIds` is online (at most 100; over the socket when connected, else
   * HTTP). Each answer is also emitted as a `presence` event, so the handler that follows
   * transitions sees the starting state too. Resolves to [] where the server has no
   * presence feature.
   */
  async queryPresence(userIds: string[]): Promise<PresenceEvent[]> {
    const ids = [...new Set(userIds)].slice(0, 100);
    if (ids.length === 0) return [];
    let found: Presence[];
    try {
      if (this.conn.isOpen && isOpName("presence_query")) {
        const reply = await this.conn.request("presence_query", { userIds: ids }, this.o.requestTimeoutMs);
        const list = (reply.d as { presences?: unknown[] } | undefined)?.presences ?? [];
        found = list.map(normalize.presence).filter((p) => p !== undefined);
      } else found = await this.api.presence(ids);
    } catch (err) {
      if (err instanceof ChatError && (err.code === "not_supported" || err.code === "not_found")) return [];
      throw err;
    }
    const events = found.map(presenceEvent);
    for (const e of events) this.emit("presence", e);
    return events;
  }

  // ---------------------------------------------------------------------------------
  // Connection events
  // ---------------------------------------------------------------------------------

  private onState(change: StateChange): void {
    if (change.state !== "connected") {
      this.caughtUp = false;
      this.outbox.connectionLost();
    }
    if (change.state === "disconnected") {
      const err = new ChatError("closed", `connection ended: ${change.reason ?? "closed"}`);
      for (const w of this.readyWaiters.splice(0)) w.reject(err);
    }
    this.emit("state", change);
  }

  private onOpen(userId: string): void {
    const open = ++this.openCount;
    if (this.me !== undefined && this.me !== userId) {
      // One client is one user: a token provider that switched accounts is an app bug.
      this.emit("error", new ChatError("forbidden", "the token belongs to another user than this client's; create a new ChatClient per user"));
      this.conn.close("token of another user");
      return;
    }
    if (!this.sync.belongsTo(userId)) {
      // Saved state of another account: start over rather than mix conversations.
      this.sync.reset(userId);
      this.sequencer = this.sync.sequencer();
      this.catchup = this.newCatchup();
    }
    this.me = userId;
    this.flushOutbox();
    this.positions.flush();
    this.catchup
      .run()
      .then((summary) => {
        if (open !== this.openCount) return;
        this.sync.save(this.catchup.token, this.sequencer, userId);
        this.caughtUp = true;
        this.emit("synced", summary);
        for (const w of this.readyWaiters.splice(0)) w.resolve();
      })
      .catch((err: unknown) => {
        const error = toChatError(err);
        if (error.code === "disconnected" || open !== this.openCount) return;
        this.emit("error", error);
        // A catch-up that failed on a live socket would leave holes: start over.
        this.conn.drop(`catch-up failed: ${error.code}`);
      });
  }

  private onPush(packet: Packet): void {
    const handler = this.pushes[packet.op];
    if (handler) handler(packet.d);
  }

  private onMessagePush(d: unknown): void {
    const m = normalize.message(d);
    if (!m) return this.emit("error", new ChatError("bad_response", "message push without ids"));
    this.offerOne(m);
  }

  /** One message from a push or our own ack: hand out what it releases, and pull any gap it reveals. */
  private offerOne(m: Message): void {
    this.deliver(this.sequencer.offer([m]));
    if (this.sequencer.pullRange(m.conversationId, 1)) this.catchup.gapSeen(m.conversationId);
  }

  private onConversationPush(d: unknown): void {
    const c = normalize.conversation(d);
    if (!c) return;
    this.applyState(c);
    if (!this.sequencer.holding && this.sequencer.reached(c.conversationId, c.lastSeq)) this.catchup.gapSeen(c.conversationId);
  }

  private applyState(c: ConversationState): void {
    this.announce(this.store.merge(c));
  }

  private announce(outcome: MergeOutcome): void {
    if (!outcome.changed) return;
    this.emit("conversation", outcome.state);
    if (outcome.readAdvanced && this.me) this.emit("receipt", { conversationId: outcome.state.conversationId, userId: this.me, readSeq: outcome.state.readSeq });
  }

  /** Hands released messages to the app, in order. */
  private deliver(messages: Message[]): void {
    if (messages.length === 0) return;
    for (const m of messages) {
      if (m.senderId === this.me) {
        // Our own message, seen before its ack (history, or another device's echo).
        const entry = this.outbox.get(m.clientMsgId);
        if (entry) this.settleSent(entry.clientMsgId, { messageId: m.messageId, conversationId: m.conversationId, seq: m.seq, ts: m.ts, clientMsgId: m.clientMsgId });
      } else {
        this.positions.delivered(m.conversationId, m.seq);
      }
      // The store first, so a `message` listener already sees the new unread count.
      const outcome = this.store.applyMessage(m, this.me);
      this.emit("message", m);
      this.announce(outcome);
    }
    this.sync.touch(this.catchup.token, this.sequencer, this.me);
  }

  // ---------------------------------------------------------------------------------
  // Outbox
  // ---------------------------------------------------------------------------------

  private flushOutbox(): void {
    if (!this.conn.isOpen) return;
    const now = this.clock.now();
    for (const entry of this.outbox.ready(now, this.o.maxInFlight)) {
      this.outbox.markInFlight(entry.clientMsgId);
      const d = { ...entry.target, ...entry.message };
      this.conn.request("send", d, this.o.requestTimeoutMs).then(
        (reply) => this.onAck(normalize.ack(reply.d)),
        (err: unknown) => this.onSendError(entry.clientMsgId, toChatError(err)),
      );
    }
    const wake = this.outbox.nextWakeAt(now);
    if (wake !== undefined && this.outboxTimer === undefined) {
      this.outboxTimer = this.clock.setTimeout(() => {
        this.outboxTimer = undefined;
        this.flushOutbox();
      }, wake - now);
    }
  }

  private onAck(ack: SendAck | undefined): void {
    if (!ack) return this.emit("error", new ChatError("bad_response", "ack without ids"));
    const entry = this.outbox.get(ack.clientMsgId);
    if (!entry) return;
    this.settleSent(ack.clientMsgId, ack);
    if (this.me) {
      const m: Message = { messageId: ack.messageId, conversationId: ack.conversationId, seq: ack.seq, senderId: this.me, clientMsgId: ack.clientMsgId, type: entry.message.type, content: entry.message.content, ts: ack.ts };
      if (entry.message.replyTo) m.replyTo = entry.message.replyTo;
      if (entry.message.mentions) m.mentions = entry.message.mentions;
      this.offerOne(m);
    }
    this.flushOutbox();
  }

  private settleSent(clientMsgId: string, ack: SendAck): void {
    const sent = this.outbox.acked(clientMsgId, ack);
    if (!sent) return;
    this.emit("outbox", sent);
    this.emit("ack", ack);
    for (const w of this.waiters.get(clientMsgId) ?? []) w.resolve(ack);
    this.waiters.delete(clientMsgId);
  }

  private onSendError(clientMsgId: string, error: ChatError): void {
    const entry = this.outbox.failed(clientMsgId, error, this.clock.now(), this.o.requestTimeoutMs / 4);
    if (entry) {
      this.emit("outbox", entry);
      if (entry.status === "failed") {
        for (const w of this.waiters.get(clientMsgId) ?? []) w.reject(error);
        this.waiters.delete(clientMsgId);
      }
    }
    this.flushOutbox();
  }

  private async historyOverSocket(conversationId: string, q: HistoryQuery): Promise<HistoryResult> {
    const reply = await this.conn.request("history", { conversationId, ...q }, this.o.requestTimeoutMs);
    const page = normalize.historyResult(reply.d);
    if (!page) throw new ChatError("bad_response", "history_result without a conversation id");
    return page;
  }

  private newCatchup(): Catchup {
    const catchup = new Catchup({
      sequencer: this.sequencer,
      clock: this.clock,
      sync: async (token) => (await this.conn.request("sync", token ? { token } : {}, this.o.requestTimeoutMs)).d,
      history: (conversationId, afterSeq, limit) => this.historyOverSocket(conversationId, { afterSeq, limit }),
      state: (c) => this.applyState(c),
      deliver: (messages) => this.deliver(messages),
      error: (err) => this.emit("error", err),
      pageSize: this.o.historyPageSize,
      gapDelayMs: this.o.gapDelayMs,
    });
    catchup.token = this.sync.token;
    return catchup;
  }
}
