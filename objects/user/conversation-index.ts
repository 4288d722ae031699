/**
 * A user's conversation index and sync log in one table: one row per conversation with
 * last/read/delivered seq and the last message, stamped with a per-user monotonic
 * `update_seq`. "What changed since token T" is `update_seq > T`: one upsert per
 * conversation per delivery, never a row per message.
 */
import { AppError } from "../../shared/errors.js";
import { parseConversationId, randomToken } from "../../shared/ids.js";
import type { ConversationState, Message } from "../../shared/protocol.js";
import { jsonBytes, toWire, type StoredMessage } from "../log/message-log.js";
import type { Meta } from "../meta.js";

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
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS conversations_update_seq ON conversations (update_seq);`;

const TOKEN = /^([A-Za-z0-9_-]{8,32})\.(\d{1,15})$/;

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

  constructor(
    private readonly sql: SqlStorage,
    meta: Meta,
  ) {
    sql.exec(SCHEMA);
    this.updateSeq = Number(sql.exec("SELECT COALESCE(MAX(update_seq), 0) AS s FROM conversations").one()["s"]);
    let epoch = meta.get("index_epoch");
    if (!epoch) {
      epoch = randomToken(9);
      meta.set("index_epoch", epoch);
    }
    this.epoch = epoch;
  }

  get(conversationId: string): ConversationState | undefined {
    const row = this.sql.exec<Row>("SELECT * FROM conversations WHERE conversation_id = ?", conversationId).toArray()[0];
    return row ? toState(row) : undefined;
  }

  /**
   * Applies messages delivered for a conversation. Drops those at or below the stored
   * last seq (redeliveries). The user's own messages advance their read seq.
   */
  applyDelivery(userId: string, conversationId: string, messages: StoredMessage[], now: number): DeliveryOutcome {
    const row = this.sql.exec<Row>("SELECT * FROM conversations WHERE conversation_id = ?", conversationId).toArray()[0];
    const known = row?.last_seq ?? 0;
    const fresh = messages.filter((m) => m.seq > known);
    if (fresh.length === 0) return { fresh, lastSeq: known };
    const newest = fresh[fresh.length - 1]!;
    let readSeq = row?.read_seq ?? 0;
    for (const m of fresh) if (m.senderId === userId) readSeq = Math.max(readSeq, m.seq);
    const ref = parseConversationId(conversationId);
    const kind = ref?.kind ?? "direct";
    const peer = ref?.kind === "direct" ? (ref.members[0] === userId ? ref.members[1] : ref.members[0]) : null;
    this.sql.exec(
      `INSERT INTO conversations (conversation_id, kind, peer_id, last_seq, read_seq, last_message, update_seq, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (conversation_id) DO UPDATE SET
         last_seq = excluded.last_seq, read_seq = excluded.read_seq, last_message = excluded.last_message,
         update_seq = excluded.update_seq, updated_at = excluded.updated_at`,
      conversationId,
      kind,
      peer,
      newest.seq,
      readSeq,
      JSON.stringify(toWire(newest)),
      ++this.updateSeq,
      now,
    );
    return { fresh, lastSeq: newest.seq };
  }

  /**
   * Total unread messages over every conversation (the badge). `including` counts a
   * message not yet delivered here as if it had been (a notification may run before the
   * delivery that carries its message).
   */
  totalUnread(including?: { conversationId: string; seq: number }): number {
    let total = Number(this.sql.exec("SELECT COALESCE(SUM(MAX(0, last_seq - read_seq)), 0) AS n FROM conversations").one()["n"]);
    if (including) {
      const row = this.get(including.conversationId);
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
    this.sql.exec(
      "UPDATE conversations SET read_seq = ?, update_seq = ?, updated_at = ? WHERE conversation_id = ?",
      target,
      ++this.updateSeq,
      now,
      conversationId,
    );
    return toState({ ...row, read_seq: target, update_seq: this.updateSeq, updated_at: now });
  }

  /** Records the highest seq a device of this user acknowledged receiving. */
  markDelivered(conversationId: string, seq: number): ConversationState | undefined {
    const row = this.requireRow(conversationId);
    const target = Math.min(seq, row.last_seq);
    if (target <= row.delivered_seq) return undefined;
    this.sql.exec("UPDATE conversations SET delivered_seq = ? WHERE conversation_id = ?", target, conversationId);
    return toState({ ...row, delivered_seq: target });
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

  private requireRow(conversationId: string): Row {
    const row = this.sql.exec<Row>("SELECT * FROM conversations WHERE conversation_id = ?", conversationId).toArray()[0];
    if (!row) throw new AppError("not_found", "no such conversation");
    return row;
  }
}

function toState(row: Row): ConversationState {
  const state: ConversationState = {
    conversationId: row.conversation_id,
    kind: row.kind === "group" ? "group" : "direct",
    lastSeq: row.last_seq,
    readSeq: row.read_seq,
    unread: Math.max(0, row.last_seq - row.read_seq),
    deliveredSeq: row.delivered_seq,
    updatedAt: row.updated_at,
  };
  if (row.peer_id) state.peerId = row.peer_id;
  if (row.last_message) state.lastMessage = JSON.parse(row.last_message) as Message;
  return state;
}
