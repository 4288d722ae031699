/**
 * ConversationDO: one per 1:1 conversation (`d:<a>:<b>`). Owns the ordered message log,
 * the two users' read/delivery positions and the blocks between them, and fans new
 * messages out to both participants' UserDOs through the outbox.
 * A thin RPC surface: sequencing lives in log/message-log.ts, the append rules in
 * log/entries.ts, delivery in log/outbox.ts, receipts in conversation/peer-receipts.ts.
 */
import { DurableObject } from "cloudflare:workers";
import { AppError, fail, ok, resultOf, type Result } from "../shared/errors.js";
import { parseConversationId } from "../shared/ids.js";
import { log } from "../shared/log.js";
import type { EditsResult, HistoryResult, ReadersResult, Receipt, ReceiptsResult, SendAck } from "../shared/protocol.js";
import { configFrom } from "../workers/config.js";
import { FRAME_HEADROOM, type ConversationRpc, type HistoryQuery, type ReceiptMark, type SendItem } from "./conversation/api.js";
import { PairBlocks } from "./conversation/blocks.js";
import { PeerReceipts } from "./conversation/peer-receipts.js";
import { appendEntry } from "./log/entries.js";
import { HiddenMessages } from "./log/hidden.js";
import { jsonBytes, MessageLog, toWire, type StoredMessage } from "./log/message-log.js";
import { Outbox } from "./log/outbox.js";
import { ReadPositions } from "./log/read-positions.js";
import { Meta } from "./meta.js";

export type { HistoryQuery, SendItem } from "./conversation/api.js";

interface Opened {
  log: MessageLog;
  outbox: Outbox;
  members: [string, string];
  positions: ReadPositions;
  receipts: PeerReceipts;
  hidden: HiddenMessages;
  blocks: PairBlocks;
}

export class ConversationDO extends DurableObject<Env> implements ConversationRpc {
  private readonly meta: Meta;
  private state: Opened | undefined;
  private alarmAt: number | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.meta = new Meta(ctx.storage.sql);
    const id = this.meta.get("conversation_id");
    if (id) this.open(id);
  }

  /**
   * Appends a batch of entries (messages, edits, recalls) from one sender's queue, in
   * order, in one transaction, then starts fan-out. Each item gets its own result: an ack
   * (possibly `duplicate`) or an error (`forbidden`, `blocked`, `not_found`, `too_large`,
   * `bad_request`, `conflict`, `idempotency_mismatch`).
   */
  async send(conversationId: string, items: SendItem[]): Promise<Result<Result<SendAck>[]>> {
    return resultOf(async () => {
      const s = await this.ensureOpen(conversationId);
      const config = configFrom(this.env);
      const limit = config.maxFrameBytes - FRAME_HEADROOM;
      const now = Date.now();
      const fresh: StoredMessage[] = [];
      const policy = {
        now,
        recallWindowMs: config.recallWindowMs,
        isMember: (user: string) => s.members.includes(user),
        canMentionAll: () => false,
        canRecallAnyTime: () => false,
      };
      const results = this.ctx.storage.transactionSync(() =>
        items.map((item): Result<SendAck> => {
          if (!s.members.includes(item.senderId)) return fail("forbidden", "you are not a member of this conversation");
          if (jsonBytes(item.message) > limit) return fail("too_large", `message exceeds ${limit} bytes`);
          try {
            s.blocks.check(item.senderId);
            const { message, duplicate } = appendEntry(s.log, item, policy);
            if (!duplicate) fresh.push(message);
            return ok({ messageId: message.messageId, conversationId, seq: message.seq, ts: message.ts, clientMsgId: message.clientMsgId, ...(duplicate ? { duplicate } : {}) });
          } catch (err) {
            if (err instanceof AppError) return fail(err.code, err.message);
            throw err;
          }
        }),
      );
      s.outbox.appended(fresh);
      s.outbox.kick();
      return results;
    });
  }

  /** A page of history for a member, with their deleted-for-me messages as stubs. Errors: `forbidden`. */
  async history(conversationId: string, q: HistoryQuery): Promise<Result<HistoryResult>> {
    return resultOf(() => {
      this.member(conversationId, q.userId);
      if (!this.state) return { conversationId, messages: [], hasMore: false, lastSeq: 0 };
      const page = this.state.log.range(q);
      return { conversationId, messages: this.state.hidden.apply(q.userId, page.messages).map(toWire), hasMore: page.hasMore, lastSeq: this.state.log.lastSeq };
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
          this.scheduleAlarm(Date.now() + 2_000);
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
      const messages = this.state?.log.bySeqs(seqs) ?? [];
      return { conversationId, memberCount: 2, receipts: this.state?.positions.readCounts(messages) ?? [] };
    });
  }

  /** Who (of the other member) has read `seq`. Errors: `forbidden`, `not_found`. */
  async readers(conversationId: string, userId: string, seq: number): Promise<Result<ReadersResult>> {
    return resultOf(() => {
      this.member(conversationId, userId);
      const message = this.state?.log.bySeqs([seq])[0];
      if (!this.state || !message) throw new AppError("not_found", "no such message in this conversation");
      const userIds = this.state.positions.readers(seq, message.senderId, 2);
      return { conversationId, seq, readBy: userIds.length, listed: true, userIds };
    });
  }

  /** Every version of a message's content. Errors: `forbidden`, `not_found`. */
  async edits(conversationId: string, userId: string, messageId: string): Promise<Result<EditsResult>> {
    return resultOf(() => {
      this.member(conversationId, userId);
      const message = this.state?.log.get(messageId);
      if (!this.state || !message) throw new AppError("not_found", "no such message in this conversation");
      return { conversationId, messageId, versions: this.state.log.versions(message) };
    });
  }

  /** Deletes messages for `userId` only. Errors: `forbidden`, `not_found`. */
  async hide(conversationId: string, userId: string, messageIds: string[]): Promise<Result<{ messageIds: string[] }>> {
    return resultOf(() => {
      this.member(conversationId, userId);
      const s = this.state;
      const messages = messageIds.map((id) => s?.log.get(id));
      if (!s || messages.some((m) => m === undefined)) throw new AppError("not_found", "no such message in this conversation");
      s.hidden.hide(userId, messages.map((m) => m!.seq));
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

  override async alarm(): Promise<void> {
    this.alarmAt = undefined;
    if (!this.state) return;
    await this.flushReceipts();
    await this.state.outbox.onAlarm();
    if (this.state.receipts.pending) this.scheduleAlarm(Date.now() + 5_000);
  }

  /** Throws `forbidden` unless `userId` is one of the conversation's two users. */
  private member(conversationId: string, userId: string): void {
    const ref = parseConversationId(conversationId);
    if (ref?.kind !== "direct" || !ref.members.includes(userId)) throw new AppError("forbidden", "you are not a member of this conversation");
  }

  /** Opens the log, creating the conversation on first use after checking both users exist. */
  private async ensureOpen(conversationId: string): Promise<Opened> {
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

  private open(conversationId: string): Opened {
    const ref = parseConversationId(conversationId);
    if (ref?.kind !== "direct") throw new Error(`stored conversation id ${conversationId} is not a direct conversation`);
    const sql = this.ctx.storage.sql;
    const messages = new MessageLog(sql, conversationId);
    const outbox = new Outbox(sql, messages, {
      deliver: (target, batch) => this.deliver(target, conversationId, batch),
      scheduleAlarm: (at) => this.scheduleAlarm(at),
    });
    const positions = new ReadPositions(sql);
    this.state = {
      log: messages,
      outbox,
      members: ref.members,
      positions,
      receipts: new PeerReceipts(sql, positions, conversationId, ref.members),
      hidden: new HiddenMessages(sql),
      blocks: new PairBlocks(sql),
    };
    return this.state;
  }

  private async deliver(userId: string, conversationId: string, batch: StoredMessage[]): Promise<boolean> {
    const stub = this.env.USERS.get(this.env.USERS.idFromName(userId));
    const result = await stub.deliver(userId, conversationId, batch);
    if (!result.ok) log.warn("conversation.deliver_failed", { conversationId, userId, error: result.error });
    return result.ok;
  }

  private flushReceipts(): Promise<void> {
    const s = this.state;
    if (!s) return Promise.resolve();
    return s.receipts.flush(async (target: string, receipt: Receipt) => {
      const result = await this.env.USERS.get(this.env.USERS.idFromName(target)).peerReceipt(target, receipt);
      return result.ok;
    });
  }

  private scheduleAlarm(at: number): void {
    if (this.alarmAt !== undefined && this.alarmAt <= at) return;
    this.alarmAt = at;
    void this.ctx.storage.setAlarm(at);
  }
}
