/**
 * ConversationDO: one per 1:1 conversation (`d:<a>:<b>`). Owns the ordered message log
 * and fans new messages out to both participants' UserDOs through the outbox.
 * A thin RPC surface: sequencing lives in log/message-log.ts, delivery in log/outbox.ts.
 */
import { DurableObject } from "cloudflare:workers";
import { AppError, fail, ok, resultOf, type Result } from "../shared/errors.js";
import { parseConversationId } from "../shared/ids.js";
import { log } from "../shared/log.js";
import type { HistoryResult, Message, OutgoingMessage, SendAck } from "../shared/protocol.js";
import { configFrom } from "../workers/config.js";
import { METRICS } from "../workers/observability/catalog.js";
import { initObservability } from "../workers/observability/init.js";
import { reportOutboxDepth } from "../workers/observability/outbox-depth.js";
import { receiveEnvelope } from "../workers/router/receive.js";
import { routerFor } from "../workers/router/router.js";
import { jsonBytes, MessageLog, toWire, type StoredMessage } from "./log/message-log.js";
import { Outbox } from "./log/outbox.js";
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
  message: Message;
  /** Each recipient object and the highest seq it confirmed receiving. */
  recipients: Array<{ userId: string; deliveredSeq: number; delivered: boolean }>;
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

export class ConversationDO extends DurableObject<Env> {
  private readonly meta: Meta;
  private state: { log: MessageLog; outbox: Outbox; members: [string, string] } | undefined;
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
   * an error (`forbidden`, `not_found`, `too_large`, `idempotency_mismatch`).
   */
  async send(conversationId: string, items: SendItem[]): Promise<Result<Result<SendAck>[]>> {
    return resultOf(async () => {
      const { log: messages, outbox, members } = await this.ensureOpen(conversationId);
      const limit = configFrom(this.env).maxFrameBytes - FRAME_HEADROOM;
      const now = Date.now();
      const fresh: StoredMessage[] = [];
      const results = this.ctx.storage.transactionSync(() =>
        items.map((item): Result<SendAck> => {
          if (!members.includes(item.senderId)) return fail("forbidden", "you are not a member of this conversation");
          if (jsonBytes(item.message) > limit) return fail("too_large", `message exceeds ${limit} bytes`);
          try {
            const { message, duplicate } = messages.append(item, now);
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
        METRICS.fanout.observe({ kind: "direct" }, outbox.targets.length);
        reportOutboxDepth(conversationId, "direct", outbox.depth());
      }
      return results;
    });
  }

  /** A page of history for a member. Errors: `forbidden`. */
  async history(conversationId: string, q: HistoryQuery): Promise<Result<HistoryResult>> {
    return resultOf(() => {
      const ref = parseConversationId(conversationId);
      if (ref?.kind !== "direct" || !ref.members.includes(q.userId)) throw new AppError("forbidden", "you are not a member of this conversation");
      if (!this.state) return { conversationId, messages: [], hasMore: false, lastSeq: 0 };
      const page = this.state.log.range(q);
      return { conversationId, messages: page.messages.map(toWire), hasMore: page.hasMore, lastSeq: this.state.log.lastSeq };
    });
  }

  /**
   * Where a message stands in this conversation: stored (with its seq) and which recipient
   * objects confirmed it. Errors: `not_found` (no such message here).
   */
  async traceMessage(conversationId: string, messageId: string): Promise<Result<ConversationTrace>> {
    return resultOf(() => {
      const stored = this.state?.log.byId(messageId);
      if (!this.state || !stored || this.meta.get("conversation_id") !== conversationId) throw new AppError("not_found", "no such message in this conversation");
      const { outbox, log: messages } = this.state;
      const recipients = outbox.targets.map((userId) => {
        const deliveredSeq = outbox.deliveredSeq(userId) ?? 0;
        return { userId, deliveredSeq, delivered: deliveredSeq >= stored.seq };
      });
      return { message: toWire(stored), recipients, lastSeq: messages.lastSeq };
    });
  }

  override async alarm(): Promise<void> {
    this.alarmAt = undefined;
    const outbox = this.state?.outbox;
    if (!outbox) return;
    await outbox.onAlarm();
    reportOutboxDepth(this.state!.log.conversationId, "direct", outbox.depth());
  }

  /** Opens the log, creating the conversation on first use after checking both users exist. */
  private async ensureOpen(conversationId: string) {
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

  private open(conversationId: string) {
    const ref = parseConversationId(conversationId);
    if (ref?.kind !== "direct") throw new Error(`stored conversation id ${conversationId} is not a direct conversation`);
    const messages = new MessageLog(this.ctx.storage.sql, conversationId);
    const outbox: Outbox = new Outbox(this.ctx.storage.sql, messages, {
      deliver: (target, batch) => this.deliver(target, conversationId, batch),
      scheduleAlarm: (at) => this.scheduleAlarm(at),
      onAttempt: (_target, confirmed) => {
        METRICS.deliveries.inc({ outcome: confirmed ? "ok" : "retry" });
        if (!confirmed) METRICS.deliveryRetries.inc({ kind: "direct" });
        reportOutboxDepth(conversationId, "direct", outbox.depth());
      },
    });
    this.state = { log: messages, outbox, members: ref.members };
    return this.state;
  }

  private async deliver(userId: string, conversationId: string, batch: StoredMessage[]): Promise<boolean> {
    // The trace id of a delivery is the id of the first message it carries.
    const traceId = batch[0]?.messageId;
    const result = await routerFor(this.env).call("user.deliver", userId, [userId, conversationId, batch], { source: "conversation", ...(traceId ? { traceId } : {}) });
    if (!result.ok) log.warn("conversation.deliver_failed", { conversationId, userId, traceId, error: result.error });
    return result.ok;
  }

  private scheduleAlarm(at: number): void {
    if (this.alarmAt !== undefined && this.alarmAt <= at) return;
    this.alarmAt = at;
    void this.ctx.storage.setAlarm(at);
  }
}
