/**
 * ConversationDO: one per 1:1 conversation (`d:<a>:<b>`). Owns the ordered message log,
 * the two users' read/delivery positions and the blocks between them, and fans new
 * messages out to both participants' UserDOs and to the event bus through the outbox;
 * keeps the newest messages in SQLite and older ones in R2 segments.
 * A thin RPC surface: sequencing lives in log/message-log.ts, the append rules in
 * log/entries.ts, delivery in log/outbox.ts, screening in log/send-path.ts, the archive in
 * log/archive.ts and log/compaction.ts, receipts in conversation/peer-receipts.ts.
 */
import { abortSelf } from "../workers/test-hooks.js";
import { AppError, fail, ok, resultOf, type Result } from "../shared/errors.js";
import type { BusEvent } from "../shared/events.js";
import { parseConversationId } from "../shared/ids.js";
import { log } from "../shared/log.js";
import type { EditsResult, HistoryResult, Message, ReadersResult, Receipt, ReceiptsResult, SendAck } from "../shared/protocol.js";
import { configFrom } from "../workers/config.js";
import { publish } from "../workers/events/publisher.js";
import { METRICS } from "../workers/observability/catalog.js";
import { reportOutboxDepth } from "../workers/observability/outbox-depth.js";
import { receiveEnvelope } from "../workers/router/receive.js";
import { routerFor } from "../workers/router/router.js";
import { FRAME_HEADROOM, type ConversationRpc, type HistoryQuery, type ReceiptMark, type SendItem } from "./conversation/api.js";
import { PairBlocks } from "./conversation/blocks.js";
import { PeerReceipts } from "./conversation/peer-receipts.js";
import { Archive } from "./log/archive.js";
import { Compactor } from "./log/compaction.js";
import { EventOutbox } from "./log/event-outbox.js";
import { readRange } from "./log/history.js";
import { entryEvents } from "./log/entry-events.js";
import { EVENTS_TARGET } from "./log/message-events.js";
import { ackOf, appendEntry, findMessage, resolveTargets } from "./log/entries.js";
import { HiddenMessages } from "./log/hidden.js";
import { jsonBytes, MessageLog, toWire, type AppendInput, type StoredMessage } from "./log/message-log.js";
import { Outbox } from "./log/outbox.js";
import { ReadPositions } from "./log/read-positions.js";
import { screenSends } from "./log/send-path.js";
import { StoredObject } from "./stored-object.js";

export type { HistoryQuery, SendItem } from "./conversation/api.js";

/** The conversation's side of a message, for the per-message trace. */
export interface ConversationTrace {
  /** The whole message while it is in the hot log; the key facts once archived to R2. */
  message: Message | Pick<Message, "messageId" | "conversationId" | "seq" | "senderId" | "clientMsgId" | "ts">;
  archived: boolean;
  /** Each member's object and the highest seq it confirmed receiving. */
  recipients: Array<{ userId: string; deliveredSeq: number; delivered: boolean }>;
  /** The message went out on the event bus (`message.created`, which drives push notifications). */
  publishedToBus: boolean;
  lastSeq: number;
}

interface State {
  log: MessageLog;
  outbox: Outbox;
  events: EventOutbox;
  archive: Archive;
  compactor: Compactor;
  members: [string, string];
  positions: ReadPositions;
  receipts: PeerReceipts;
  hidden: HiddenMessages;
  blocks: PairBlocks;
}

export class ConversationDO extends StoredObject implements ConversationRpc {
  private state: State | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const id = this.meta.get("conversation_id");
    if (id) this.open(id);
  }

  /** The router's entry: every call from another service arrives here as an envelope. */
  async receive(envelope: Uint8Array): Promise<Result<unknown>> {
    return receiveEnvelope(this, "conversation", envelope);
  }

  /**
   * Appends a batch of entries (messages, edits, recalls) from one sender's queue, in
   * order, in one transaction, then starts fan-out. Each item gets its own result: an ack
   * (possibly `duplicate`) or an error (`forbidden`, `blocked`, `not_found`, `too_large`,
   * `bad_request`, `conflict`, `idempotency_mismatch`, `message_rejected`, `unavailable`
   * when a fail-closed callback is down).
   */
  async send(conversationId: string, items: SendItem[]): Promise<Result<Result<SendAck>[]>> {
    return resultOf(async () => {
      const s = await this.ensureOpen(conversationId);
      const { log: messages, outbox, members } = s;
      const config = configFrom(this.env);
      const limit = config.maxFrameBytes - FRAME_HEADROOM;
      const now = Date.now();
      const checked = items.map((item): Result<AppendInput> => {
        if (!members.includes(item.senderId)) return fail("forbidden", "you are not a member of this conversation");
        if (jsonBytes(item.message) > limit) return fail("too_large", `message exceeds ${limit} bytes`);
        return ok(item);
      });
      const admitted = checked.flatMap((r) => (r.ok ? [r.value] : []));
      const screened = await screenSends({ env: this.env, config, log: messages, conversationKind: "direct", now }, admitted);
      // Edits and recalls of archived messages need the message itself (an R2 read).
      const targets = await resolveTargets(s.archive, admitted);
      let k = 0;
      const prepared = checked.map((r) => (r.ok ? screened[k++]! : r));
      const policy = {
        now,
        recallWindowMs: config.recallWindowMs,
        isMember: (user: string) => members.includes(user),
        canMentionAll: () => false,
        canRecallAnyTime: () => false,
      };
      const fresh: StoredMessage[] = [];
      const results = this.ctx.storage.transactionSync(() =>
        prepared.map((r): Result<SendAck> => {
          if (!r.ok) return r;
          const input = r.value;
          if (input.content && jsonBytes({ ...input.message, content: input.content }) > limit) return fail("too_large", `message exceeds ${limit} bytes`);
          try {
            s.blocks.check(input.senderId);
            const outcome = appendEntry(s.archive, targets, input, policy);
            if (!outcome.duplicate) fresh.push(outcome.message);
            return ok(ackOf(outcome));
          } catch (err) {
            if (err instanceof AppError) return fail(err.code, err.message);
            throw err;
          }
        }),
      );
      outbox.appended(fresh);
      outbox.kick();
      if (fresh.length > 0) {
        METRICS.messagesStored.inc({ kind: "direct" }, fresh.length);
        METRICS.fanout.observe({ kind: "direct" }, outbox.targets.filter((t) => t !== EVENTS_TARGET).length);
        reportOutboxDepth(conversationId, "direct", outbox.depth());
      }
      return results;
    });
  }

  /**
   * A page of history for a member, across the hot log and the R2 archive, with their
   * deleted-for-me messages as stubs. Errors: `forbidden`.
   */
  async history(conversationId: string, q: HistoryQuery): Promise<Result<HistoryResult>> {
    return resultOf(async () => {
      this.member(conversationId, q.userId);
      if (!this.state) return { conversationId, messages: [], hasMore: false, lastSeq: 0 };
      const lastSeq = this.state.log.lastSeq;
      const page = await readRange(this.state.archive, q);
      return { conversationId, messages: this.state.hidden.apply(q.userId, page.messages).map(toWire), hasMore: page.hasMore, lastSeq };
    });
  }

  /**
   * Moves a member's read and/or delivered position forward and, when it moved, tells
   * the other member (a `receipt` push, retried until confirmed). Errors: `forbidden`.
   */
  async receipt(conversationId: string, userId: string, mark: ReceiptMark): Promise<Result<null>> {
    return resultOf(() => {
      this.member(conversationId, userId);
      const s = this.state;
      if (!s) return null;
      const peer = s.members[0] === userId ? s.members[1] : s.members[0];
      const moved = this.ctx.storage.transactionSync(() => {
        const position = s.positions.advance(userId, mark, s.log.lastSeq);
        if (position) {
          s.receipts.owe(peer);
          this.alarms.schedule(Date.now() + 2_000);
        }
        return position !== undefined;
      });
      if (moved) void this.flushReceipts();
      return null;
    });
  }

  /** Whether the other member has read each message (0 or 1). Errors: `forbidden`. */
  async receipts(conversationId: string, userId: string, seqs: number[]): Promise<Result<ReceiptsResult>> {
    return resultOf(() => {
      this.member(conversationId, userId);
      const s = this.state;
      return { conversationId, memberCount: 2, receipts: s ? s.positions.readCounts(s.log.senders(seqs)) : [] };
    });
  }

  /** Who (of the other member) has read `seq`. Errors: `forbidden`, `not_found`. */
  async readers(conversationId: string, userId: string, seq: number): Promise<Result<ReadersResult>> {
    return resultOf(() => {
      this.member(conversationId, userId);
      const message = this.state?.log.senders([seq])[0];
      if (!this.state || !message) throw new AppError("not_found", "no such message in this conversation");
      const userIds = this.state.positions.readers(seq, message.senderId, 2);
      return { conversationId, seq, readBy: userIds.length, listed: true, userIds };
    });
  }

  /** Every version of a message's content. Errors: `forbidden`, `not_found`. */
  async edits(conversationId: string, userId: string, messageId: string): Promise<Result<EditsResult>> {
    return resultOf(async () => {
      this.member(conversationId, userId);
      const message = this.state ? await findMessage(this.state.archive, messageId) : undefined;
      if (!this.state || !message) throw new AppError("not_found", "no such message in this conversation");
      return { conversationId, messageId, versions: this.state.log.versions(message) };
    });
  }

  /** Deletes messages for `userId` only. Errors: `forbidden`, `not_found`. */
  async hide(conversationId: string, userId: string, messageIds: string[]): Promise<Result<{ messageIds: string[] }>> {
    return resultOf(() => {
      this.member(conversationId, userId);
      const s = this.state;
      if (!s) throw new AppError("not_found", "no such message in this conversation");
      s.hidden.hide(s.log, userId, messageIds);
      return { messageIds };
    });
  }

  /**
   * Records that `blocker` blocks (or no longer blocks) the other member. Creates the
   * conversation if needed, so a block can precede any message. Errors: `not_found`, `forbidden`.
   */
  async setBlock(conversationId: string, blocker: string, blocked: boolean): Promise<Result<null>> {
    return resultOf(async () => {
      const s = await this.ensureOpen(conversationId);
      if (!s.members.includes(blocker)) throw new AppError("forbidden", "you are not a member of this conversation");
      s.blocks.set(blocker, blocked, Date.now());
      return null;
    });
  }

  /**
   * Where a message stands in this conversation: stored (hot, or archived to R2, with its
   * seq), which members' objects confirmed it, and whether it went out on the event bus.
   * Errors: `not_found` (no such message here).
   */
  async traceMessage(conversationId: string, messageId: string): Promise<Result<ConversationTrace>> {
    return resultOf(() => {
      const found = this.state?.log.conversationId === conversationId ? this.state.log.locate(messageId) : undefined;
      if (!this.state || !found) throw new AppError("not_found", "no such message in this conversation");
      const stored = "hot" in found ? toWire(found.hot) : found.archived;
      const { outbox, log: messages } = this.state;
      const recipients = outbox.targets
        .filter((t) => t !== EVENTS_TARGET)
        .map((userId) => {
          const deliveredSeq = outbox.deliveredSeq(userId) ?? 0;
          return { userId, deliveredSeq, delivered: deliveredSeq >= stored.seq };
        });
      return { message: stored, archived: !("hot" in found), recipients, publishedToBus: (outbox.deliveredSeq(EVENTS_TARGET) ?? 0) >= stored.seq, lastSeq: messages.lastSeq };
    });
  }

  /** Test configurations only (the TEST_HOOKS var): resets this object as a crash would. */
  async testAbort(): Promise<void> {
    return abortSelf(this.ctx, this.env);
  }

  override async alarm(): Promise<void> {
    this.alarms.fired();
    const state = this.state;
    if (!state) return;
    await this.flushReceipts();
    if (state.receipts.pending) this.alarms.schedule(Date.now() + 5_000);
    await state.outbox.onAlarm();
    reportOutboxDepth(state.log.conversationId, "direct", state.outbox.depth());
    await state.events.onAlarm();
    // One archive segment per alarm: bounded work, and the next step gets a fresh alarm.
    if (state.compactor.due()) {
      await state.compactor.step();
      if (state.compactor.due()) this.alarms.schedule(Date.now() + 50);
    }
  }

  /** Throws `forbidden` unless `userId` is one of the conversation's two users. */
  private member(conversationId: string, userId: string): void {
    const ref = parseConversationId(conversationId);
    if (ref?.kind !== "direct" || !ref.members.includes(userId)) throw new AppError("forbidden", "you are not a member of this conversation");
  }

  /** Opens the log, creating the conversation on first use after checking both users exist. */
  private async ensureOpen(conversationId: string): Promise<State> {
    if (this.state) return this.state;
    const ref = parseConversationId(conversationId);
    if (ref?.kind !== "direct") throw new AppError("not_found", "no such conversation");
    const found = await this.env.DB.prepare("SELECT COUNT(*) AS n FROM users WHERE id IN (?, ?)").bind(...ref.members).first<{ n: number }>();
    if (found?.n !== 2) throw new AppError("not_found", "no such user");
    // The D1 await let other calls in: the first one to get here creates the conversation.
    if (!this.state) {
      this.ctx.storage.transactionSync(() => {
        this.meta.set("conversation_id", conversationId);
        this.open(conversationId).outbox.addTargets(ref.members, 0);
      });
    }
    return this.state!;
  }

  private open(conversationId: string): State {
    const ref = parseConversationId(conversationId);
    if (ref?.kind !== "direct") throw new Error(`stored conversation id ${conversationId} is not a direct conversation`);
    const sql = this.ctx.storage.sql;
    const config = configFrom(this.env);
    const messages = new MessageLog(sql, conversationId);
    const outbox: Outbox = new Outbox(sql, messages, {
      deliver: (target, batch) => this.deliver(target, conversationId, batch),
      scheduleAlarm: (at) => this.alarms.schedule(at),
      onAttempt: (_target, confirmed) => {
        METRICS.deliveries.inc({ outcome: confirmed ? "ok" : "retry" });
        if (!confirmed) METRICS.deliveryRetries.inc({ kind: "direct" });
        reportOutboxDepth(conversationId, "direct", outbox.depth());
      },
    });
    // The bus is owed every message from now on (a log that predates it starts at its end).
    outbox.addTargets([EVENTS_TARGET], messages.lastSeq);
    const events = new EventOutbox(sql, {
      publish: (batch: BusEvent[]) => publish(this.env.EVENTS, batch),
      scheduleAlarm: (at) => this.alarms.schedule(at),
    });
    const archive = new Archive(sql, this.env.ARCHIVE, messages);
    const compactor = new Compactor(archive, config.archive, {
      bucket: this.env.ARCHIVE,
      transaction: (fn) => this.ctx.storage.transactionSync(fn),
      deliveredUpTo: () => outbox.persistedUpTo(),
    });
    const positions = new ReadPositions(sql);
    this.state = {
      log: messages,
      outbox,
      events,
      archive,
      compactor,
      members: ref.members,
      positions,
      receipts: new PeerReceipts(sql, positions, conversationId, ref.members),
      hidden: new HiddenMessages(sql),
      blocks: new PairBlocks(sql),
    };
    return this.state;
  }

  private async deliver(target: string, conversationId: string, batch: StoredMessage[]): Promise<boolean> {
    if (target === EVENTS_TARGET) {
      const events = batch.flatMap((m) => entryEvents({ kind: "direct", source: `conversation:${conversationId}`, log: this.state!.log }, m));
      if (events.length > 0) await publish(this.env.EVENTS, events);
      return true;
    }
    // The trace id of a delivery is the id of the first message it carries.
    const traceId = batch[0]?.messageId;
    const result = await routerFor(this.env).call("user.deliver", target, [target, conversationId, batch], { source: "conversation", ...(traceId ? { traceId } : {}) });
    if (!result.ok) log.warn("conversation.deliver_failed", { conversationId, userId: target, traceId, error: result.error });
    return result.ok;
  }

  private flushReceipts(): Promise<void> {
    const s = this.state;
    if (!s) return Promise.resolve();
    return s.receipts.flush(async (target: string, receipt: Receipt) => {
      const result = await routerFor(this.env).call("user.peerReceipt", target, [target, receipt], { source: "conversation" });
      return result.ok;
    });
  }
}
