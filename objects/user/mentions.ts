/**
 * The user's mention index: every delivered message that names them (or `@all`), so a
 * client can list "where was I mentioned" across conversations and badge unread ones.
 * Rows are written when a delivery is applied and dropped when the message is recalled.
 */
import type { Mention } from "../../shared/protocol.js";
import type { StoredMessage } from "../log/message-log.js";

interface Row extends Record<string, SqlStorageValue> {
  id: number;
  conversation_id: string;
  seq: number;
  message_id: string;
  sender_id: string;
  ts: number;
  mention_all: number;
}

export class Mentions {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS mentions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      conversation_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      message_id TEXT NOT NULL,
      sender_id TEXT NOT NULL,
      ts INTEGER NOT NULL,
      mention_all INTEGER NOT NULL,
      UNIQUE (conversation_id, seq)
    );
    CREATE INDEX IF NOT EXISTS mentions_message ON mentions (message_id);`);
  }

  /** Whether `message` mentions `userId` (by name or @all; never their own message). */
  static concerns(userId: string, message: StoredMessage): boolean {
    return message.senderId !== userId && (message.mentionAll === true || (message.mentions?.includes(userId) ?? false));
  }

  record(userId: string, message: StoredMessage): void {
    this.sql.exec(
      "INSERT OR IGNORE INTO mentions (conversation_id, seq, message_id, sender_id, ts, mention_all) VALUES (?, ?, ?, ?, ?, ?)",
      message.conversationId,
      message.seq,
      message.messageId,
      message.senderId,
      message.ts,
      message.mentions?.includes(userId) ? 0 : 1,
    );
  }

  /** Forgets the mention in a recalled message. */
  forget(messageId: string): void {
    this.sql.exec("DELETE FROM mentions WHERE message_id = ?", messageId);
  }

  /** Mentions in a conversation above `seq` (the unread ones when `seq` is the read seq). */
  countAfter(conversationId: string, seq: number): number {
    return Number(this.sql.exec("SELECT COUNT(*) AS n FROM mentions WHERE conversation_id = ? AND seq > ?", conversationId, seq).one()["n"]);
  }

  /** Newest first; `cursor` is the previous page's `nextCursor`. */
  list(limit: number, cursor?: number): { mentions: Mention[]; nextCursor?: number } {
    const rows = this.sql
      .exec<Row>("SELECT * FROM mentions WHERE id < ? ORDER BY id DESC LIMIT ?", cursor && cursor > 0 ? cursor : Number.MAX_SAFE_INTEGER, limit + 1)
      .toArray();
    const page = rows.slice(0, limit);
    const mentions = page.map((r) => ({ conversationId: r.conversation_id, seq: r.seq, messageId: r.message_id, senderId: r.sender_id, ts: r.ts, all: r.mention_all === 1 }));
    const last = page[page.length - 1];
    return rows.length > limit && last ? { mentions, nextCursor: last.id } : { mentions };
  }
}
