/**
 * The ordered message log of one conversation, in the owning Durable Object's SQLite.
 * Shared by ConversationDO (1:1), GroupDO and, as a delivery replica, GroupShardDO.
 * Invariants:
 *  - seq is dense from 1 and assigned and inserted synchronously (no await in between);
 *  - UNIQUE(sender_id, client_msg_id): a resend returns the stored message, never a new row.
 * Edits and recalls are entries of their own (type `edit` / `recall`, `target_id` = the
 * message they change) so they travel, dedupe and sync exactly like messages; the target
 * row is also updated in place so history shows the current state (docs/conversations.md).
 */
import { AppError } from "../../shared/errors.js";
import { ulid } from "../../shared/ids.js";
import type { Content, Message, SystemEvent } from "../../shared/protocol.js";
import { ensureColumns } from "../schema.js";

/** A message as the log stores it: the wire Message plus the device it came from. */
export interface StoredMessage extends Message {
  senderDevice?: string;
}

/** What is appended: a client's message, or an entry the server builds (edit, recall, system). */
export interface EntryInput {
  clientMsgId: string;
  type: string;
  content: Content;
  replyTo?: string | undefined;
  mentions?: string[] | undefined;
  mentionAll?: boolean | undefined;
  targetId?: string | undefined;
  system?: SystemEvent | undefined;
}

export interface AppendInput {
  senderId: string;
  senderDevice?: string | undefined;
  message: EntryInput;
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
  target_id: string | null;
  mention_all: number | null;
  system: string | null;
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
  target_id TEXT,
  mention_all INTEGER,
  system TEXT,
  UNIQUE (sender_id, client_msg_id)
);
CREATE TABLE IF NOT EXISTS message_edits (
  message_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  content TEXT NOT NULL,
  edited_at INTEGER NOT NULL,
  PRIMARY KEY (message_id, version)
);`;

/** Columns added after the first version: created above, added to older tables here. */
const ADDED_COLUMNS = { target_id: "TEXT", mention_all: "INTEGER", system: "TEXT" };

const COLUMNS = "seq, message_id, sender_id, sender_device, client_msg_id, type, content, reply_to, mentions, ts, edited_at, recalled, target_id, mention_all, system";

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
    ensureColumns(sql, "messages", ADDED_COLUMNS);
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
      // A recall clears the content of its own target only, never of the recall entry, so
      // comparing the stored entry with the resend is always meaningful.
      if (stored.type !== message.type || (stored.targetId ?? "") !== (message.targetId ?? "") || JSON.stringify(stored.content) !== JSON.stringify(message.content)) {
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
      ...(message.mentionAll ? { mentionAll: true } : {}),
      ...(message.targetId ? { targetId: message.targetId } : {}),
      ...(message.system ? { system: message.system } : {}),
      ...(senderDevice ? { senderDevice } : {}),
    };
    this.insert(stored);
    this.last = seq;
    return { message: stored, duplicate: false };
  }

  /**
   * Stores a message appended by the log's owner elsewhere (a fan-out shard's replica).
   * Only the next seq is accepted; anything at or below the last is already here.
   * Returns false for a gap, which the caller must refuse so the sender resends in order.
   */
  insertReplica(message: StoredMessage): boolean {
    if (message.seq <= this.last) return true;
    if (this.last > 0 && message.seq !== this.last + 1) return false;
    this.insert(message);
    this.last = message.seq;
    return true;
  }

  /** Deletes messages below `seq` (a replica's delivered prefix), always keeping the newest. */
  prune(belowSeq: number): void {
    this.sql.exec("DELETE FROM messages WHERE seq < ? AND seq < ?", belowSeq, this.last);
  }

  /** Whether `senderId` already stored an entry with this clientMsgId (a resend). */
  hasClientMsgId(senderId: string, clientMsgId: string): boolean {
    return this.sql.exec("SELECT 1 FROM messages WHERE sender_id = ? AND client_msg_id = ?", senderId, clientMsgId).toArray().length > 0;
  }

  /** The message with this id, or undefined. */
  get(messageId: string): StoredMessage | undefined {
    const row = this.sql.exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE message_id = ?`, messageId).toArray()[0];
    return row ? this.fromRow(row) : undefined;
  }

  /** Messages with these seqs that exist, ascending. */
  bySeqs(seqs: number[]): StoredMessage[] {
    if (seqs.length === 0) return [];
    return this.sql
      .exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq`, JSON.stringify(seqs))
      .toArray()
      .map((r) => this.fromRow(r));
  }

  /** Replaces a message's content, keeping the previous content as an edit version. */
  applyEdit(target: StoredMessage, content: Content, now: number): void {
    const versions = Number(this.sql.exec("SELECT COUNT(*) AS n FROM message_edits WHERE message_id = ?", target.messageId).one()["n"]);
    this.sql.exec(
      "INSERT INTO message_edits (message_id, version, content, edited_at) VALUES (?, ?, ?, ?)",
      target.messageId,
      versions,
      JSON.stringify(target.content),
      target.editedAt ?? target.ts,
    );
    this.sql.exec("UPDATE messages SET content = ?, edited_at = ? WHERE seq = ?", JSON.stringify(content), now, target.seq);
  }

  /** Recalls a message for everyone: its content and edit history are erased. */
  applyRecall(target: StoredMessage): void {
    this.sql.exec("UPDATE messages SET content = '{}', recalled = 1, mentions = NULL, mention_all = NULL WHERE seq = ?", target.seq);
    this.sql.exec("DELETE FROM message_edits WHERE message_id = ?", target.messageId);
  }

  /** Every version of a message's content, oldest first; the last is the current one. */
  versions(message: StoredMessage): Array<{ content: Content; editedAt: number }> {
    const older = this.sql
      .exec<{ content: string; edited_at: number }>("SELECT content, edited_at FROM message_edits WHERE message_id = ? ORDER BY version", message.messageId)
      .toArray()
      .map((r) => ({ content: JSON.parse(r.content) as Content, editedAt: r.edited_at }));
    return [...older, { content: message.content, editedAt: message.editedAt ?? message.ts }];
  }

  private insert(m: StoredMessage): void {
    this.sql.exec(
      `INSERT INTO messages (seq, message_id, sender_id, sender_device, client_msg_id, type, content, reply_to, mentions, ts, edited_at, recalled, target_id, mention_all, system)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      m.seq,
      m.messageId,
      m.senderId,
      m.senderDevice ?? null,
      m.clientMsgId,
      m.type,
      JSON.stringify(m.content),
      m.replyTo ?? null,
      m.mentions?.length ? JSON.stringify(m.mentions) : null,
      m.ts,
      m.editedAt ?? null,
      m.recalled ? 1 : 0,
      m.targetId ?? null,
      m.mentionAll ? 1 : null,
      m.system ? JSON.stringify(m.system) : null,
    );
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
    if (r.target_id) m.targetId = r.target_id;
    if (r.mention_all) m.mentionAll = true;
    if (r.system) m.system = JSON.parse(r.system) as SystemEvent;
    if (r.sender_device) m.senderDevice = r.sender_device;
    return m;
  }
}

/** The wire form of a stored message (internal fields removed). */
export function toWire(m: StoredMessage): Message {
  const { senderDevice: _device, ...wire } = m;
  return wire;
}
