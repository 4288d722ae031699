/**
 * The ordered message log of one conversation, in the owning Durable Object's SQLite.
 * Shared by ConversationDO (1:1) and GroupDO. Invariants:
 *  - seq is dense from 1 and assigned and inserted synchronously (no await in between);
 *  - UNIQUE(sender_id, client_msg_id): a resend returns the stored message, never a new row.
 */
import { AppError } from "../../shared/errors.js";
import { ulid } from "../../shared/ids.js";
import type { Content, Message, OutgoingMessage } from "../../shared/protocol.js";

/** A message as the log stores it: the wire Message plus the device it came from. */
export interface StoredMessage extends Message {
  senderDevice?: string;
}

export interface AppendInput {
  senderId: string;
  senderDevice?: string;
  message: OutgoingMessage;
}

export interface AppendOutcome {
  message: StoredMessage;
  duplicate: boolean;
}

export interface RangeQuery {
  afterSeq?: number;
  beforeSeq?: number;
  limit: number;
  /** Stop adding messages once their JSON size would pass this. At least one is returned. */
  maxBytes: number;
}

interface MessageRow extends Record<string, SqlStorageValue> {
  seq: number;
  message_id: string;
  sender_id: string;
  sender_device: string | null;
  client_msg_id: string;
  type: string;
  content: string;
  reply_to: string | null;
  mentions: string | null;
  ts: number;
  edited_at: number | null;
  recalled: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS messages (
  seq INTEGER PRIMARY KEY,
  message_id TEXT NOT NULL UNIQUE,
  sender_id TEXT NOT NULL,
  sender_device TEXT,
  client_msg_id TEXT NOT NULL,
  type TEXT NOT NULL,
  content TEXT NOT NULL,
  reply_to TEXT,
  mentions TEXT,
  ts INTEGER NOT NULL,
  edited_at INTEGER,
  recalled INTEGER NOT NULL DEFAULT 0,
  UNIQUE (sender_id, client_msg_id)
);`;

const COLUMNS = "seq, message_id, sender_id, sender_device, client_msg_id, type, content, reply_to, mentions, ts, edited_at, recalled";

const encoder = new TextEncoder();

/** UTF-8 size of a value's JSON: an upper bound for its protobuf encoding too. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

export class MessageLog {
  private last: number;

  constructor(
    private readonly sql: SqlStorage,
    readonly conversationId: string,
  ) {
    sql.exec(SCHEMA);
    this.last = Number(sql.exec("SELECT COALESCE(MAX(seq), 0) AS s FROM messages").one()["s"]);
  }

  get lastSeq(): number {
    return this.last;
  }

  /**
   * Appends a message, or returns the stored one for a repeated (sender, clientMsgId).
   * Synchronous on purpose: the seq read and the insert cannot interleave with another
   * event. Throws `idempotency_mismatch` when a clientMsgId is reused for other content.
   */
  append(input: AppendInput, now: number): AppendOutcome {
    const { senderId, senderDevice, message } = input;
    const existing = this.sql
      .exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE sender_id = ? AND client_msg_id = ?`, senderId, message.clientMsgId)
      .toArray()[0];
    if (existing) {
      const stored = this.fromRow(existing);
      if (stored.type !== message.type || JSON.stringify(stored.content) !== JSON.stringify(message.content)) {
        throw new AppError("idempotency_mismatch", `clientMsgId ${message.clientMsgId} was already used for a different message`);
      }
      return { message: stored, duplicate: true };
    }
    const seq = this.last + 1;
    const stored: StoredMessage = {
      messageId: ulid(now),
      conversationId: this.conversationId,
      seq,
      senderId,
      clientMsgId: message.clientMsgId,
      type: message.type,
      content: message.content,
      ts: now,
      ...(message.replyTo ? { replyTo: message.replyTo } : {}),
      ...(message.mentions?.length ? { mentions: message.mentions } : {}),
      ...(senderDevice ? { senderDevice } : {}),
    };
    this.sql.exec(
      `INSERT INTO messages (seq, message_id, sender_id, sender_device, client_msg_id, type, content, reply_to, mentions, ts)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      seq,
      stored.messageId,
      senderId,
      senderDevice ?? null,
      message.clientMsgId,
      message.type,
      JSON.stringify(message.content),
      message.replyTo ?? null,
      message.mentions?.length ? JSON.stringify(message.mentions) : null,
      now,
    );
    this.last = seq;
    return { message: stored, duplicate: false };
  }

  /** The stored message with this id (UNIQUE index), if any. */
  byId(messageId: string): StoredMessage | undefined {
    const row = this.sql.exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE message_id = ?`, messageId).toArray()[0];
    return row ? this.fromRow(row) : undefined;
  }

  /** Messages with seq above `afterSeq`, ascending, at most `limit`. */
  after(afterSeq: number, limit: number): StoredMessage[] {
    return this.sql
      .exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE seq > ? ORDER BY seq LIMIT ?`, afterSeq, limit)
      .toArray()
      .map((r) => this.fromRow(r));
  }

  /**
   * A page of history in ascending seq order. With `beforeSeq` the page is the newest
   * messages below it (scroll-back); otherwise the oldest above `afterSeq` (catch-up).
   */
  range(q: RangeQuery): { messages: StoredMessage[]; hasMore: boolean } {
    const after = q.afterSeq ?? 0;
    const before = q.beforeSeq && q.beforeSeq > 0 ? q.beforeSeq : Number.MAX_SAFE_INTEGER;
    const backwards = before !== Number.MAX_SAFE_INTEGER;
    const rows = this.sql
      .exec<MessageRow>(
        `SELECT ${COLUMNS} FROM messages WHERE seq > ? AND seq < ? ORDER BY seq ${backwards ? "DESC" : "ASC"} LIMIT ?`,
        after,
        before,
        q.limit + 1,
      )
      .toArray();
    let hasMore = rows.length > q.limit;
    const page: StoredMessage[] = [];
    let bytes = 0;
    for (const row of rows.slice(0, q.limit)) {
      const m = this.fromRow(row);
      bytes += jsonBytes(m);
      if (page.length > 0 && bytes > q.maxBytes) {
        hasMore = true;
        break;
      }
      page.push(m);
    }
    if (backwards) page.reverse();
    return { messages: page, hasMore };
  }

  private fromRow(r: MessageRow): StoredMessage {
    const m: StoredMessage = {
      messageId: r.message_id,
      conversationId: this.conversationId,
      seq: r.seq,
      senderId: r.sender_id,
      clientMsgId: r.client_msg_id,
      type: r.type,
      content: JSON.parse(r.content) as Content,
      ts: r.ts,
    };
    if (r.reply_to) m.replyTo = r.reply_to;
    if (r.mentions) m.mentions = JSON.parse(r.mentions) as string[];
    if (r.edited_at) m.editedAt = r.edited_at;
    if (r.recalled) m.recalled = true;
    if (r.sender_device) m.senderDevice = r.sender_device;
    return m;
  }
}

/** The wire form of a stored message (internal fields removed). */
export function toWire(m: StoredMessage): Message {
  const { senderDevice: _device, ...wire } = m;
  return wire;
}
