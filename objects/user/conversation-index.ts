/**
 * A user's conversation index and sync log in one table: one row per conversation with
 * last/read/delivered seq, the last message and the user's settings, stamped with a
 * per-user monotonic `update_seq`. "What changed since token T" is `update_seq > T`: one
 * upsert per conversation per delivery, never a row per message.
 *
 * Unread = last − read − silent, where *silent* entries (edits, recalls, group system
 * events) that arrived while the user was caught up are read at once, and the few that
 * arrived behind unread messages are remembered until read, so they never count.
 */
import { AppError } from "../../shared/errors.js";
import { parseConversationId, randomToken } from "../../shared/ids.js";
import type { ConversationState, Message } from "../../shared/protocol.js";
import { isEventEntry, jsonBytes, toWire, type StoredMessage } from "../log/message-log.js";
import type { Meta } from "../meta.js";
import { ensureColumns } from "../schema.js";
import { Mentions } from "./mentions.js";

interface Row extends Record<string, SqlStorageValue> {
  conversation_id: string;
  kind: string;
  peer_id: string | null;
  last_seq: number;
  read_seq: number;
  delivered_seq: number;
  last_message: string | null;
  update_seq: number;
  updated_at: number;
  pinned: number;
  muted: number;
  peer_read_seq: number;
  peer_delivered_seq: number;
  silent_unread: number;
  mention_unread: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS conversations (
  conversation_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  peer_id TEXT,
  last_seq INTEGER NOT NULL DEFAULT 0,
  read_seq INTEGER NOT NULL DEFAULT 0,
  delivered_seq INTEGER NOT NULL DEFAULT 0,
  last_message TEXT,
  update_seq INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  pinned INTEGER NOT NULL DEFAULT 0,
  muted INTEGER NOT NULL DEFAULT 0,
  peer_read_seq INTEGER NOT NULL DEFAULT 0,
  peer_delivered_seq INTEGER NOT NULL DEFAULT 0,
  silent_unread INTEGER NOT NULL DEFAULT 0,
  mention_unread INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS conversations_update_seq ON conversations (update_seq);
CREATE TABLE IF NOT EXISTS silent_entries (
  conversation_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);`;

/** Columns added after the first version: created above, added to older tables here. */
const ADDED_COLUMNS = {
  pinned: "INTEGER NOT NULL DEFAULT 0",
  muted: "INTEGER NOT NULL DEFAULT 0",
  peer_read_seq: "INTEGER NOT NULL DEFAULT 0",
  peer_delivered_seq: "INTEGER NOT NULL DEFAULT 0",
  silent_unread: "INTEGER NOT NULL DEFAULT 0",
  mention_unread: "INTEGER NOT NULL DEFAULT 0",
};

const TOKEN = /^([A-Za-z0-9_-]{8,32})\.(\d{1,15})$/;

/** Entries that never count as unread on their own. */
const isSilent = isEventEntry;

export interface DeliveryOutcome {
  /** Messages not seen before, in seq order: push these. */
  fresh: StoredMessage[];
  lastSeq: number;
}

export interface ChangesPage {
  token: string;
  conversations: ConversationState[];
  reset: boolean;
  hasMore: boolean;
}

export class ConversationIndex {
  private updateSeq: number;
  readonly epoch: string;
  readonly mentions: Mentions;

  constructor(
    private readonly sql: SqlStorage,
    meta: Meta,
  ) {
    sql.exec(SCHEMA);
    ensureColumns(sql, "conversations", ADDED_COLUMNS);
    this.mentions = new Mentions(sql);
    this.updateSeq = Number(sql.exec("SELECT COALESCE(MAX(update_seq), 0) AS s FROM conversations").one()["s"]);
    let epoch = meta.get("index_epoch");
    if (!epoch) {
      epoch = randomToken(9);
      meta.set("index_epoch", epoch);
    }
    this.epoch = epoch;
  }

  get(conversationId: string): ConversationState | undefined {
    const row = this.row(conversationId);
    return row ? toState(row) : undefined;
  }

  /** Where the user stands in a conversation, without reading or parsing the stored preview. */
  position(conversationId: string): { lastSeq: number; readSeq: number; muted: boolean } | undefined {
    const row = this.sql
      .exec<Pick<Row, "last_seq" | "read_seq" | "muted">>("SELECT last_seq, read_seq, muted FROM conversations WHERE conversation_id = ?", conversationId)
      .toArray()[0];
    return row ? { lastSeq: row.last_seq, readSeq: row.read_seq, muted: row.muted === 1 } : undefined;
  }

  /**
   * Applies messages delivered for a conversation. Drops those at or below the stored
   * last seq (redeliveries). The user's own messages advance their read seq; mentions of
   * the user are indexed; edits and recalls of the last message update its preview.
   */
  applyDelivery(userId: string, conversationId: string, messages: StoredMessage[], now: number): DeliveryOutcome {
    // Only the counters: the stored preview (often the largest column) is read below only
    // when an edit or recall may amend it.
    const row = this.sql
      .exec<Pick<Row, "last_seq" | "read_seq" | "silent_unread" | "mention_unread">>(
        "SELECT last_seq, read_seq, silent_unread, mention_unread FROM conversations WHERE conversation_id = ?",
        conversationId,
      )
      .toArray()[0];
    const known = row?.last_seq ?? 0;
    const fresh = messages.filter((m) => m.seq > known);
    if (fresh.length === 0) return { fresh, lastSeq: known };
    const newest = fresh[fresh.length - 1]!;
    let readSeq = row?.read_seq ?? 0;
    // null: the stored preview has not been read yet. Every fresh entry sets it.
    let preview: Message | undefined | null = null;
    let silentChanged = false;
    let mentionsChanged = false;
    for (const m of fresh) {
      // The entry that (re-)adds this user to a group: what came before it was never theirs
      // to read, so it cannot be unread either.
      if (joins(userId, m)) readSeq = Math.max(readSeq, m.seq - 1);
      if (m.senderId === userId || m.system?.actorId === userId) {
        readSeq = Math.max(readSeq, m.seq);
      } else if (isSilent(m)) {
        if (readSeq === m.seq - 1) readSeq = m.seq;
        else {
          this.sql.exec("INSERT OR IGNORE INTO silent_entries (conversation_id, seq) VALUES (?, ?)", conversationId, m.seq);
          silentChanged = true;
        }
      }
      if (Mentions.concerns(userId, m)) {
        this.mentions.record(userId, m);
        mentionsChanged = true;
      }
      if (m.type === "recall" && m.targetId) {
        this.mentions.forget(m.targetId);
        mentionsChanged = true;
      }
      if (isEventEntry(m) && m.type !== "system") {
        if (preview === null) preview = row ? this.storedPreview(conversationId) : undefined;
        preview = amendPreview(preview, m);
      } else {
        preview = toWire(m);
      }
    }
    const ref = parseConversationId(conversationId);
    const kind = ref?.kind ?? "direct";
    const peer = ref?.kind === "direct" ? (ref.members[0] === userId ? ref.members[1] : ref.members[0]) : null;
    const readMoved = readSeq !== (row?.read_seq ?? 0);
    const silent = silentChanged || (readMoved && (row?.silent_unread ?? 0) > 0) ? this.recountSilent(conversationId, readSeq) : (row?.silent_unread ?? 0);
    const mentioned = mentionsChanged || (readMoved && (row?.mention_unread ?? 0) > 0) ? this.mentions.countAfter(conversationId, readSeq) : (row?.mention_unread ?? 0);
    this.sql.exec(
      `INSERT INTO conversations (conversation_id, kind, peer_id, last_seq, read_seq, last_message, update_seq, updated_at, silent_unread, mention_unread)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (conversation_id) DO UPDATE SET
         last_seq = excluded.last_seq, read_seq = excluded.read_seq, last_message = excluded.last_message,
         update_seq = excluded.update_seq, updated_at = excluded.updated_at,
         silent_unread = excluded.silent_unread, mention_unread = excluded.mention_unread`,
      conversationId,
      kind,
      peer,
      newest.seq,
      readSeq,
      preview ? JSON.stringify(preview) : null,
      ++this.updateSeq,
      now,
      silent,
      mentioned,
    );
    return { fresh, lastSeq: newest.seq };
  }

  /**
   * Total unread messages over every conversation (the badge). `including` counts a
   * message not yet delivered here as if it had been (a notification may run before the
   * delivery that carries its message).
   */
  totalUnread(including?: { conversationId: string; seq: number }): number {
    // The same count as each conversation's `unread` (toState): silent entries (edits,
    // recalls, membership changes) behind the read position are not unread.
    let total = Number(this.sql.exec("SELECT COALESCE(SUM(MAX(0, last_seq - read_seq - COALESCE(silent_unread, 0))), 0) AS n FROM conversations").one()["n"]);
    if (including) {
      const row = this.position(including.conversationId);
      const last = row?.lastSeq ?? 0;
      if (including.seq > last) total += including.seq - Math.max(last, row?.readSeq ?? 0);
    }
    return total;
  }

  /**
   * Moves the read position forward (never back, never past the last seq).
   * Returns the new state, or undefined when nothing changed. Throws `not_found`.
   */
  markRead(conversationId: string, seq: number, now: number): ConversationState | undefined {
    const row = this.requireRow(conversationId);
    const target = Math.min(seq, row.last_seq);
    if (target <= row.read_seq) return undefined;
    const silent = row.silent_unread > 0 ? this.recountSilent(conversationId, target) : 0;
    const mentioned = row.mention_unread > 0 ? this.mentions.countAfter(conversationId, target) : 0;
    this.sql.exec(
      "UPDATE conversations SET read_seq = ?, silent_unread = ?, mention_unread = ?, update_seq = ?, updated_at = ? WHERE conversation_id = ?",
      target,
      silent,
      mentioned,
      ++this.updateSeq,
      now,
      conversationId,
    );
    return toState({ ...row, read_seq: target, silent_unread: silent, mention_unread: mentioned, update_seq: this.updateSeq, updated_at: now });
  }

  /**
   * Records the highest seq a device of this user acknowledged receiving (never past the
   * last seq). Runs once per delivery ack, so it reads only the counters, not the stored
   * preview. `moved` says whether the mark went forward. Throws `not_found`.
   */
  markDelivered(conversationId: string, seq: number): { kind: ConversationState["kind"]; lastSeq: number; deliveredSeq: number; moved: boolean } {
    const row = this.sql
      .exec<Pick<Row, "kind" | "last_seq" | "delivered_seq">>("SELECT kind, last_seq, delivered_seq FROM conversations WHERE conversation_id = ?", conversationId)
      .toArray()[0];
    if (!row) throw new AppError("not_found", "no such conversation");
    const kind = row.kind === "group" ? "group" : "direct";
    const target = Math.min(seq, row.last_seq);
    if (target <= row.delivered_seq) return { kind, lastSeq: row.last_seq, deliveredSeq: row.delivered_seq, moved: false };
    this.sql.exec("UPDATE conversations SET delivered_seq = ? WHERE conversation_id = ?", target, conversationId);
    return { kind, lastSeq: row.last_seq, deliveredSeq: target, moved: true };
  }

  /**
   * The other user of a direct conversation read or received up to a seq. Positions only
   * move forward. Returns the new state, or undefined when nothing changed.
   */
  applyPeerReceipt(conversationId: string, peerId: string, readSeq: number, deliveredSeq: number, now: number): ConversationState | undefined {
    const row = this.row(conversationId);
    const read = Math.max(row?.peer_read_seq ?? 0, readSeq);
    const delivered = Math.max(row?.peer_delivered_seq ?? 0, deliveredSeq, read);
    if (row && read === row.peer_read_seq && delivered === row.peer_delivered_seq) return undefined;
    this.sql.exec(
      `INSERT INTO conversations (conversation_id, kind, peer_id, peer_read_seq, peer_delivered_seq, update_seq, updated_at)
       VALUES (?, 'direct', ?, ?, ?, ?, ?)
       ON CONFLICT (conversation_id) DO UPDATE SET
         peer_read_seq = excluded.peer_read_seq, peer_delivered_seq = excluded.peer_delivered_seq,
         update_seq = excluded.update_seq, updated_at = excluded.updated_at`,
      conversationId,
      peerId,
      read,
      delivered,
      ++this.updateSeq,
      now,
    );
    return toState(this.row(conversationId)!);
  }

  /** Pins or mutes a conversation for this user. Throws `not_found`. */
  updateSettings(conversationId: string, settings: { pinned?: boolean | undefined; muted?: boolean | undefined }, now: number): ConversationState {
    const row = this.requireRow(conversationId);
    const pinned = settings.pinned === undefined ? row.pinned : settings.pinned ? 1 : 0;
    const muted = settings.muted === undefined ? row.muted : settings.muted ? 1 : 0;
    this.sql.exec(
      "UPDATE conversations SET pinned = ?, muted = ?, update_seq = ?, updated_at = ? WHERE conversation_id = ?",
      pinned,
      muted,
      ++this.updateSeq,
      now,
      conversationId,
    );
    return toState({ ...row, pinned, muted, update_seq: this.updateSeq, updated_at: now });
  }

  /** Marks a conversation as changed (something only a history read shows, e.g. delete for me). */
  touch(conversationId: string, now: number): ConversationState | undefined {
    const row = this.row(conversationId);
    if (!row) return undefined;
    this.sql.exec("UPDATE conversations SET update_seq = ?, updated_at = ? WHERE conversation_id = ?", ++this.updateSeq, now, conversationId);
    return toState({ ...row, update_seq: this.updateSeq, updated_at: now });
  }

  /** The most recently active conversations of a kind (for presence announcements). */
  recent(kind: "direct" | "group", limit: number): Array<{ conversationId: string; peerId: string | null }> {
    return this.sql
      .exec<{ conversation_id: string; peer_id: string | null }>("SELECT conversation_id, peer_id FROM conversations WHERE kind = ? ORDER BY update_seq DESC LIMIT ?", kind, limit)
      .toArray()
      .map((r) => ({ conversationId: r.conversation_id, peerId: r.peer_id }));
  }

  /** Conversations, most recently updated first; `cursor` is the last page's `nextCursor`. */
  list(limit: number, cursor?: number): { conversations: ConversationState[]; nextCursor?: number } {
    const rows = this.sql
      .exec<Row>("SELECT * FROM conversations WHERE update_seq < ? ORDER BY update_seq DESC LIMIT ?", cursor ?? Number.MAX_SAFE_INTEGER, limit + 1)
      .toArray();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return rows.length > limit && last ? { conversations: page.map(toState), nextCursor: last.update_seq } : { conversations: page.map(toState) };
  }

  /**
   * Every conversation that changed after `token`, oldest change first. An empty, foreign
   * or stale-epoch token gives a full sync (`reset`). Throws `bad_request` for a malformed one.
   */
  changesSince(token: string | undefined, limit: number, maxBytes: number): ChangesPage {
    let since = 0;
    let reset = true;
    if (token) {
      const m = TOKEN.exec(token);
      if (!m) throw new AppError("bad_request", "invalid sync token");
      if (m[1] === this.epoch && Number(m[2]) <= this.updateSeq) {
        since = Number(m[2]);
        reset = false;
      }
    }
    const rows = this.sql
      .exec<Row>("SELECT * FROM conversations WHERE update_seq > ? ORDER BY update_seq ASC LIMIT ?", since, limit + 1)
      .toArray();
    let hasMore = rows.length > limit;
    const conversations: ConversationState[] = [];
    let bytes = 0;
    let upTo = since;
    for (const row of rows.slice(0, limit)) {
      const state = toState(row);
      bytes += jsonBytes(state);
      if (conversations.length > 0 && bytes > maxBytes) {
        hasMore = true;
        break;
      }
      conversations.push(state);
      upTo = row.update_seq;
    }
    return { token: `${this.epoch}.${hasMore ? upTo : this.updateSeq}`, conversations, reset, hasMore };
  }

  private row(conversationId: string): Row | undefined {
    return this.sql.exec<Row>("SELECT * FROM conversations WHERE conversation_id = ?", conversationId).toArray()[0];
  }

  private storedPreview(conversationId: string): Message | undefined {
    const stored = this.sql.exec<{ last_message: string | null }>("SELECT last_message FROM conversations WHERE conversation_id = ?", conversationId).toArray()[0]?.last_message;
    return stored ? (JSON.parse(stored) as Message) : undefined;
  }

  private requireRow(conversationId: string): Row {
    const row = this.row(conversationId);
    if (!row) throw new AppError("not_found", "no such conversation");
    return row;
  }

  /** Drops silent entries at or below the read seq and counts the rest. */
  private recountSilent(conversationId: string, readSeq: number): number {
    this.sql.exec("DELETE FROM silent_entries WHERE conversation_id = ? AND seq <= ?", conversationId, readSeq);
    return Number(this.sql.exec("SELECT COUNT(*) AS n FROM silent_entries WHERE conversation_id = ?", conversationId).one()["n"]);
  }
}

/** The preview after an edit or recall: amended when it is the message they change. */
function amendPreview(preview: Message | undefined, m: StoredMessage): Message | undefined {
  if (!preview || preview.messageId !== m.targetId) return preview;
  if (m.type === "edit") return { ...preview, content: m.content, editedAt: m.ts };
  const { mentions: _m, mentionAll: _a, ...rest } = preview;
  return { ...rest, content: {}, recalled: true };
}

function toState(row: Row): ConversationState {
  const state: ConversationState = {
    conversationId: row.conversation_id,
    kind: row.kind === "group" ? "group" : "direct",
    lastSeq: row.last_seq,
    readSeq: row.read_seq,
    unread: Math.max(0, row.last_seq - row.read_seq - (row.silent_unread ?? 0)),
    deliveredSeq: row.delivered_seq,
    updatedAt: row.updated_at,
    pinned: row.pinned === 1,
    muted: row.muted === 1,
    unreadMentions: row.mention_unread ?? 0,
  };
  if (row.peer_id) state.peerId = row.peer_id;
  if (state.kind === "direct") {
    state.peerReadSeq = row.peer_read_seq ?? 0;
    state.peerDeliveredSeq = row.peer_delivered_seq ?? 0;
  }
  if (row.last_message) state.lastMessage = JSON.parse(row.last_message) as Message;
  return state;
}

/** Whether `m` is the group entry that makes `userId` a member (created with, added, joined). */
function joins(userId: string, m: StoredMessage): boolean {
  const kind = m.system?.kind;
  return (kind === "group_created" || kind === "members_added" || kind === "member_joined") && (m.system?.userIds?.includes(userId) ?? false);
}
