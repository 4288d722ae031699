/**
 * The ordered message log of one conversation, in the owning Durable Object's SQLite.
 * Shared by ConversationDO (1:1), GroupDO and, as a delivery replica, GroupShardDO.
 * Invariants:
 *  - seq is dense from 1 and assigned and inserted synchronously (no await in between);
 *  - UNIQUE(sender_id, client_msg_id): a resend returns the stored message, never a new row,
 *    also after the message moved to the R2 archive (its ids stay in `archived_ids`).
 * The table holds the hot window; older rows move to R2 segments (./compaction.ts).
 * Edits and recalls are entries of their own (type `edit` / `recall`, `target_id` = the
 * message they change) so they travel, dedupe and sync exactly like messages; the target
 * is also patched in place (Archive.patch) so history shows the current state, and earlier
 * contents are kept in `message_edits` (docs/conversations.md).
 */
import { AppError } from "../../shared/errors.js";
import { ulid } from "../../shared/ids.js";
import { EVENT_TYPES, type Content, type Message, type SystemEvent } from "../../shared/protocol.js";
import { ensureColumns } from "../schema.js";

/** A message as the log stores it: the wire Message plus the device it came from. */
export interface StoredMessage extends Message {
  senderDevice?: string;
}

/** Whether an entry is an event (edit, recall, system) rather than a message of its own. */
export const isEventEntry = (m: { type: string }): boolean => (EVENT_TYPES as readonly string[]).includes(m.type);

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
  /** The message as the client submitted it: resends are compared with this. */
  message: EntryInput;
  /** What to store when it differs from `message.content` (moderation, file metadata). */
  content?: Content;
}

/** Changes to a stored message (edits and recalls; see Archive.patch for archived rows). */
export interface MessagePatch {
  content?: Content;
  editedAt?: number;
  recalled?: boolean;
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
  fingerprint: string | null;
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
  fingerprint TEXT,
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
);
CREATE TABLE IF NOT EXISTS archived_ids (
  sender_id TEXT NOT NULL,
  client_msg_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  message_id TEXT NOT NULL,
  ts INTEGER NOT NULL,
  fingerprint TEXT NOT NULL,
  PRIMARY KEY (sender_id, client_msg_id)
);`;

/** Columns added after the first version: created above, added to older tables on open. */
const ADDED_COLUMNS = { fingerprint: "TEXT", target_id: "TEXT", mention_all: "INTEGER", system: "TEXT" };

const COLUMNS = "seq, message_id, sender_id, sender_device, client_msg_id, type, content, reply_to, mentions, ts, edited_at, recalled, fingerprint, target_id, mention_all, system";

/**
 * A short hash of what the client submitted (type and content), so a resend can be told
 * apart from a reused clientMsgId even when the stored content was rewritten (moderation,
 * file metadata) or the message is archived. FNV-1a, two seeds: not cryptographic, only a
 * mismatch detector.
 */
export function fingerprint(type: string, content: Content, targetId?: string): string {
  // An edit or recall also names its target: the same id reused on another message is a mismatch.
  const text = `${type}\n${JSON.stringify(content)}${targetId ? `\n${targetId}` : ""}`;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** Splits a candidate page (in query order) at `limit` and `maxBytes`, ascending. */
export function paginate(rows: StoredMessage[], q: { limit: number; maxBytes: number }, backwards: boolean): { messages: StoredMessage[]; hasMore: boolean } {
  let hasMore = rows.length > q.limit;
  const page: StoredMessage[] = [];
  let bytes = 0;
  for (const m of rows.slice(0, q.limit)) {
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
    // Logs created before a column existed get it added (NULL for old rows).
    ensureColumns(sql, "messages", ADDED_COLUMNS);
    this.last = Number(
      sql.exec("SELECT MAX(COALESCE((SELECT MAX(seq) FROM messages), 0), COALESCE((SELECT MAX(seq) FROM archived_ids), 0)) AS s").one()["s"],
    );
  }

  get lastSeq(): number {
    return this.last;
  }

  /**
   * The stored message for a repeated (sender, clientMsgId), or undefined for a new one.
   * Throws `idempotency_mismatch` when the clientMsgId was used for other content. For a
   * message already archived, the result carries its stored ids, seq and ts with the
   * resent type and content (enough for the ack; duplicates are never pushed).
   */
  findDuplicate(senderId: string, message: EntryInput): StoredMessage | undefined {
    return this.duplicateOf(senderId, message, fingerprint(message.type, message.content, message.targetId));
  }

  /** `findDuplicate` with the message's fingerprint already computed. */
  private duplicateOf(senderId: string, message: EntryInput, print: string): StoredMessage | undefined {
    const hot = this.sql
      .exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE sender_id = ? AND client_msg_id = ?`, senderId, message.clientMsgId)
      .toArray()[0];
    if (hot) {
      const stored = this.fromRow(hot);
      if ((hot.fingerprint ?? fingerprint(stored.type, stored.content, stored.targetId)) !== print) throw mismatch(message.clientMsgId);
      return stored;
    }
    const archived = this.sql
      .exec<{ seq: number; message_id: string; ts: number; fingerprint: string }>(
        "SELECT seq, message_id, ts, fingerprint FROM archived_ids WHERE sender_id = ? AND client_msg_id = ?",
        senderId,
        message.clientMsgId,
      )
      .toArray()[0];
    if (!archived) return undefined;
    if (archived.fingerprint !== print) throw mismatch(message.clientMsgId);
    return {
      messageId: archived.message_id,
      conversationId: this.conversationId,
      seq: archived.seq,
      senderId,
      clientMsgId: message.clientMsgId,
      type: message.type,
      content: message.content,
      ts: archived.ts,
    };
  }

  /**
   * Appends a message, or returns the stored one for a repeated (sender, clientMsgId).
   * Synchronous on purpose: the seq read and the insert cannot interleave with another
   * event. Throws `idempotency_mismatch` when a clientMsgId is reused for other content.
   */
  append(input: AppendInput, now: number): AppendOutcome {
    const { senderId, senderDevice, message } = input;
    const print = fingerprint(message.type, message.content, message.targetId);
    const existing = this.duplicateOf(senderId, message, print);
    if (existing) return { message: existing, duplicate: true };
    const content = input.content ?? message.content;
    const seq = this.last + 1;
    const stored: StoredMessage = {
      messageId: ulid(now),
      conversationId: this.conversationId,
      seq,
      senderId,
      clientMsgId: message.clientMsgId,
      type: message.type,
      content,
      ts: now,
      ...(message.replyTo ? { replyTo: message.replyTo } : {}),
      ...(message.mentions?.length ? { mentions: message.mentions } : {}),
      ...(message.mentionAll ? { mentionAll: true } : {}),
      ...(message.targetId ? { targetId: message.targetId } : {}),
      ...(message.system ? { system: message.system } : {}),
      ...(senderDevice ? { senderDevice } : {}),
    };
    this.insert(stored, print);
    this.last = seq;
    return { message: stored, duplicate: false };
  }

  /** Whether `senderId` already stored an entry with this clientMsgId (a resend). */
  hasClientMsgId(senderId: string, clientMsgId: string): boolean {
    return (
      this.sql.exec("SELECT 1 FROM messages WHERE sender_id = ? AND client_msg_id = ?", senderId, clientMsgId).toArray().length > 0 ||
      this.sql.exec("SELECT 1 FROM archived_ids WHERE sender_id = ? AND client_msg_id = ?", senderId, clientMsgId).toArray().length > 0
    );
  }

  /**
   * Stores a message appended by the log's owner elsewhere (a fan-out shard's replica).
   * Only the next seq is accepted; anything at or below the last is already here.
   * Returns false for a gap, which the caller must refuse so the sender resends in order.
   */
  insertReplica(message: StoredMessage): boolean {
    if (message.seq <= this.last) return true;
    if (this.last > 0 && message.seq !== this.last + 1) return false;
    this.insert(message, null);
    this.last = message.seq;
    return true;
  }

  /** Deletes messages below `seq` (a replica's delivered prefix), always keeping the newest. */
  prune(belowSeq: number): void {
    this.sql.exec("DELETE FROM messages WHERE seq < ? AND seq < ?", belowSeq, this.last);
  }

  /** The hot message with this id (an archived one: see `locate`). */
  byId(messageId: string): StoredMessage | undefined {
    const row = this.sql.exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE message_id = ?`, messageId).toArray()[0];
    return row ? this.fromRow(row) : undefined;
  }

  /** Seq and sender of the messages with these seqs, hot or archived, ascending. */
  senders(seqs: number[]): Array<{ seq: number; senderId: string }> {
    if (seqs.length === 0) return [];
    return this.sql
      .exec<{ seq: number; sender_id: string }>(
        `SELECT seq, sender_id FROM messages WHERE seq IN (SELECT value FROM json_each(?1))
         UNION SELECT seq, sender_id FROM archived_ids WHERE seq IN (SELECT value FROM json_each(?1)) ORDER BY seq`,
        JSON.stringify(seqs),
      )
      .toArray()
      .map((r) => ({ seq: r.seq, senderId: r.sender_id }));
  }

  /** Keeps a message's current content as an edit version (before the edit replaces it). */
  keepVersion(target: StoredMessage): void {
    const versions = Number(this.sql.exec("SELECT COUNT(*) AS n FROM message_edits WHERE message_id = ?", target.messageId).one()["n"]);
    this.sql.exec(
      "INSERT INTO message_edits (message_id, version, content, edited_at) VALUES (?, ?, ?, ?)",
      target.messageId,
      versions,
      JSON.stringify(target.content),
      target.editedAt ?? target.ts,
    );
  }

  /** Forgets a recalled message's edit history and mentions (its content goes with Archive.patch). */
  forgetRecalled(target: StoredMessage): void {
    this.sql.exec("DELETE FROM message_edits WHERE message_id = ?", target.messageId);
    this.sql.exec("UPDATE messages SET mentions = NULL, mention_all = NULL WHERE seq = ?", target.seq);
  }

  /** Every version of a message's content, oldest first; the last is the current one. */
  versions(message: StoredMessage): Array<{ content: Content; editedAt: number }> {
    const older = this.sql
      .exec<{ content: string; edited_at: number }>("SELECT content, edited_at FROM message_edits WHERE message_id = ? ORDER BY version", message.messageId)
      .toArray()
      .map((r) => ({ content: JSON.parse(r.content) as Content, editedAt: r.edited_at }));
    return [...older, { content: message.content, editedAt: message.editedAt ?? message.ts }];
  }

  private insert(m: StoredMessage, print: string | null): void {
    this.sql.exec(
      `INSERT INTO messages (seq, message_id, sender_id, sender_device, client_msg_id, type, content, reply_to, mentions, ts, edited_at, recalled, fingerprint, target_id, mention_all, system)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
      print,
      m.targetId ?? null,
      m.mentionAll ? 1 : null,
      m.system ? JSON.stringify(m.system) : null,
    );
  }

  /**
   * Where the message with this id is (UNIQUE index): the full hot row, or, for a message
   * already moved to an archive segment, the facts its idempotency key kept.
   */
  locate(messageId: string): { hot: StoredMessage } | { archived: Pick<Message, "messageId" | "conversationId" | "seq" | "senderId" | "clientMsgId" | "ts"> } | undefined {
    const row = this.sql.exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE message_id = ?`, messageId).toArray()[0];
    if (row) return { hot: this.fromRow(row) };
    const old = this.sql
      .exec<{ sender_id: string; client_msg_id: string; seq: number; ts: number }>("SELECT sender_id, client_msg_id, seq, ts FROM archived_ids WHERE message_id = ?", messageId)
      .toArray()[0];
    return old ? { archived: { messageId, conversationId: this.conversationId, seq: old.seq, senderId: old.sender_id, clientMsgId: old.client_msg_id, ts: old.ts } } : undefined;
  }

  /** The hot message with this seq, if it is still in the table. */
  get(seq: number): StoredMessage | undefined {
    const row = this.sql.exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE seq = ?`, seq).toArray()[0];
    return row ? this.fromRow(row) : undefined;
  }

  /** Applies a patch to a hot row. Returns false when the row is not in the table. */
  patchHot(seq: number, patch: MessagePatch): boolean {
    const sets: string[] = [];
    const values: SqlStorageValue[] = [];
    if (patch.content !== undefined) {
      sets.push("content = ?");
      values.push(JSON.stringify(patch.content));
    }
    if (patch.editedAt !== undefined) {
      sets.push("edited_at = ?");
      values.push(patch.editedAt);
    }
    if (patch.recalled !== undefined) {
      sets.push("recalled = ?");
      values.push(patch.recalled ? 1 : 0);
    }
    if (sets.length === 0) return this.get(seq) !== undefined;
    return this.sql.exec(`UPDATE messages SET ${sets.join(", ")} WHERE seq = ?`, ...values, seq).rowsWritten > 0;
  }

  /** Hot rows with `from <= seq <= to`, ascending (the input of an archive segment). */
  rows(from: number, to: number): StoredMessage[] {
    return this.sql
      .exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE seq >= ? AND seq <= ? ORDER BY seq`, from, to)
      .toArray()
      .map((r) => this.fromRow(r));
  }

  /**
   * Removes hot rows `from..to` once they are safely in an archive segment, keeping their
   * idempotency keys. Call inside the transaction that records the segment.
   */
  dropArchived(from: number, to: number): number {
    this.sql.exec(
      `INSERT OR IGNORE INTO archived_ids (sender_id, client_msg_id, seq, message_id, ts, fingerprint)
       SELECT sender_id, client_msg_id, seq, message_id, ts, COALESCE(fingerprint, '') FROM messages WHERE seq >= ? AND seq <= ?`,
      from,
      to,
    );
    return this.sql.exec("DELETE FROM messages WHERE seq >= ? AND seq <= ?", from, to).rowsWritten;
  }

  /** Count of hot rows (the table's size, for compaction decisions and tests). */
  hotCount(): number {
    return Number(this.sql.exec("SELECT COUNT(*) AS n FROM messages").one()["n"]);
  }

  /** Messages with seq above `afterSeq`, ascending, at most `limit`. */
  after(afterSeq: number, limit: number): StoredMessage[] {
    return this.sql
      .exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE seq > ? ORDER BY seq LIMIT ?`, afterSeq, limit)
      .toArray()
      .map((r) => this.fromRow(r));
  }

  /**
   * A page of history from the hot table, in ascending seq order. With `beforeSeq` the page
   * is the newest messages below it (scroll-back); otherwise the oldest above `afterSeq`
   * (catch-up). Reads that may reach archived seqs go through ./history.ts instead.
   */
  range(q: RangeQuery): { messages: StoredMessage[]; hasMore: boolean } {
    const { rows, backwards } = this.candidates(q, q.limit + 1);
    return paginate(rows, q, backwards);
  }

  /** Up to `take` hot rows for a range query, in query order (descending when backwards). */
  candidates(q: { afterSeq?: number; beforeSeq?: number }, take: number): { rows: StoredMessage[]; backwards: boolean } {
    const after = q.afterSeq ?? 0;
    const before = q.beforeSeq && q.beforeSeq > 0 ? q.beforeSeq : Number.MAX_SAFE_INTEGER;
    const backwards = before !== Number.MAX_SAFE_INTEGER;
    const rows = this.sql
      .exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE seq > ? AND seq < ? ORDER BY seq ${backwards ? "DESC" : "ASC"} LIMIT ?`, after, before, take)
      .toArray()
      .map((r) => this.fromRow(r));
    return { rows, backwards };
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

function mismatch(clientMsgId: string): AppError {
  return new AppError("idempotency_mismatch", `clientMsgId ${clientMsgId} was already used for a different message`);
}
