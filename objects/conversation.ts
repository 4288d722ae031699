/**
 * ConversationDO: one per 1:1 conversation (`d:<a>:<b>`). Owns the ordered message log
 * and fans new messages out to both participants' UserDOs and to the event bus through the
 * outbox; keeps the newest messages in SQLite and older ones in R2 segments.
 * A thin RPC surface: sequencing lives in log/message-log.ts, delivery in log/outbox.ts,
 * screening in log/send-path.ts, the archive in log/archive.ts and log/compaction.ts.
 */
import { DurableObject } from "cloudflare:workers";
import { AppError, fail, ok, resultOf, type Result } from "../shared/errors.js";
import type { BusEvent } from "../shared/events.js";
import { parseConversationId } from "../shared/ids.js";
import { log } from "../shared/log.js";
import type { HistoryResult, Message, OutgoingMessage, SendAck } from "../shared/protocol.js";
import { configFrom } from "../workers/config.js";
import { publish } from "../workers/events/publisher.js";
import { METRICS } from "../workers/observability/catalog.js";
import { initObservability } from "../workers/observability/init.js";
import { reportOutboxDepth } from "../workers/observability/outbox-depth.js";
import { receiveEnvelope } from "../workers/router/receive.js";
import { routerFor } from "../workers/router/router.js";
import { Archive } from "./log/archive.js";
import { Compactor } from "./log/compaction.js";
import { EventOutbox } from "./log/event-outbox.js";
import { readRange } from "./log/history.js";
import { EVENTS_TARGET, messageCreatedEvent } from "./log/message-events.js";
import { jsonBytes, MessageLog, toWire, type AppendInput, type StoredMessage } from "./log/message-log.js";
import { Outbox } from "./log/outbox.js";
import { screenSends } from "./log/send-path.js";
import { Meta } from "./meta.js";

export interface SendItem {
  senderId: string;
  senderDevice?: string;
  message: OutgoingMessage;
  /** The request's trace id, for logs and the delivery envelope; not stored. */
  traceId?: string;
}

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

export interface HistoryQuery {
  userId: string;
  afterSeq?: number;
  beforeSeq?: number;
  limit: number;
  maxBytes: number;
}

/** Room a message's own envelope needs inside a frame, beyond its JSON size. */
const FRAME_HEADROOM = 1_024;

interface State {
  log: MessageLog;
  outbox: Outbox;
  events: EventOutbox;
  archive: Archive;
  compactor: Compactor;
  members: [string, string];
}

export class ConversationDO extends DurableObject<Env> {
  private readonly meta: Meta;
  private state: State | undefined;
  private alarmAt: number | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    initObservability(env);
    this.meta = new Meta(ctx.storage.sql);
    const id = this.meta.get("conversation_id");
    if (id) this.open(id);
  }

  /** The router's entry: every call from another service arrives here as an envelope. */
  async receive(envelope: Uint8Array): Promise<Result<unknown>> {
    return receiveEnvelope(this, "conversation", envelope);
  }

  /**
   * Appends a batch of messages from one sender's queue, in order, in one transaction,
   * then starts fan-out. Each item gets its own result: an ack (possibly `duplicate`) or
   * an error (`forbidden`, `not_found`, `too_large`, `idempotency_mismatch`,
   * `message_rejected`, `unavailable` when a fail-closed callback is down).
   */
  async send(conversationId: string, items: SendItem[]): Promise<Result<Result<SendAck>[]>> {
    return resultOf(async () => {
      const { log: messages, outbox, members } = await this.ensureOpen(conversationId);
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
      let k = 0;
      const prepared = checked.map((r) => (r.ok ? screened[k++]! : r));
      const fresh: StoredMessage[] = [];
      const results = this.ctx.storage.transactionSync(() =>
        prepared.map((r): Result<SendAck> => {
          if (!r.ok) return r;
          const input = r.value;
          if (input.content && jsonBytes({ ...input.message, content: input.content }) > limit) return fail("too_large", `message exceeds ${limit} bytes`);
          try {
            const { message, duplicate } = messages.append(input, now);
            if (!duplicate) fresh.push(message);
            return ok({ messageId: message.messageId, conversationId, seq: message.seq, ts: message.ts, clientMsgId: message.clientMsgId, ...(duplicate ? { duplicate } : {}) });
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

  /** A page of history for a member, across the hot log and the R2 archive. Errors: `forbidden`. */
  async history(conversationId: string, q: HistoryQuery): Promise<Result<HistoryResult>> {
    return resultOf(async () => {
      const ref = parseConversationId(conversationId);
      if (ref?.kind !== "direct" || !ref.members.includes(q.userId)) throw new AppError("forbidden", "you are not a member of this conversation");
      if (!this.state) return { conversationId, messages: [], hasMore: false, lastSeq: 0 };
      const lastSeq = this.state.log.lastSeq;
      const page = await readRange(this.state.archive, q);
      return { conversationId, messages: page.messages.map(toWire), hasMore: page.hasMore, lastSeq };
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

  override async alarm(): Promise<void> {
    this.alarmAt = undefined;
    const state = this.state;
    if (!state) return;
    await state.outbox.onAlarm();
    reportOutboxDepth(state.log.conversationId, "direct", state.outbox.depth());
    await state.events.onAlarm();
    // One archive segment per alarm: bounded work, and the next step gets a fresh alarm.
    if (state.compactor.due()) {
      await state.compactor.step();
      if (state.compactor.due()) this.scheduleAlarm(Date.now() + 50);
    }
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
      scheduleAlarm: (at) => this.scheduleAlarm(at),
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
      scheduleAlarm: (at) => this.scheduleAlarm(at),
    });
    const archive = new Archive(sql, this.env.ARCHIVE, messages);
    const compactor = new Compactor(archive, config.archive, {
      bucket: this.env.ARCHIVE,
      transaction: (fn) => this.ctx.storage.transactionSync(fn),
      deliveredUpTo: () => outbox.persistedUpTo(),
    });
    this.state = { log: messages, outbox, events, archive, compactor, members: ref.members };
    return this.state;
  }

  private async deliver(target: string, conversationId: string, batch: StoredMessage[]): Promise<boolean> {
    if (target === EVENTS_TARGET) {
      await publish(this.env.EVENTS, batch.map((m) => messageCreatedEvent("direct", `conversation:${conversationId}`, m)));
      return true;
    }
    // The trace id of a delivery is the id of the first message it carries.
    const traceId = batch[0]?.messageId;
    const result = await routerFor(this.env).call("user.deliver", target, [target, conversationId, batch], { source: "conversation", ...(traceId ? { traceId } : {}) });
    if (!result.ok) log.warn("conversation.deliver_failed", { conversationId, userId: target, traceId, error: result.error });
    return result.ok;
  }

  private scheduleAlarm(at: number): void {
    if (this.alarmAt !== undefined && this.alarmAt <= at) return;
    this.alarmAt = at;
    void this.ctx.storage.setAlarm(at);
  }
}
