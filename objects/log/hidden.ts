/**
 * "Delete for me": messages one user has removed from their own view. Kept by the object
 * that owns the log, so every history read (WebSocket or HTTP) applies it. Hidden
 * messages stay in the page as `deleted` stubs without content, so seqs remain dense and
 * clients never mistake a deletion for a gap.
 */
import { AppError } from "../../shared/errors.js";
import type { MessageLog, StoredMessage } from "./message-log.js";

export class HiddenMessages {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS hidden_messages (
      user_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      PRIMARY KEY (user_id, seq)
    )`);
  }

  /** Hides messages of `log` (hot or archived) for `userId`. Throws `not_found`, hiding none, unless each is in the log. */
  hide(log: MessageLog, userId: string, messageIds: string[]): void {
    const seqs = messageIds.map((id) => {
      const found = log.locate(id);
      if (!found) throw new AppError("not_found", "no such message in this conversation");
      return "hot" in found ? found.hot.seq : found.archived.seq;
    });
    for (const seq of seqs) this.sql.exec("INSERT OR IGNORE INTO hidden_messages (user_id, seq) VALUES (?, ?)", userId, seq);
  }

  /** The page as `userId` sees it: their hidden messages reduced to stubs. */
  apply(userId: string, messages: StoredMessage[]): StoredMessage[] {
    if (messages.length === 0) return messages;
    const hidden = new Set(
      this.sql
        .exec<{ seq: number }>("SELECT seq FROM hidden_messages WHERE user_id = ? AND seq BETWEEN ? AND ?", userId, messages[0]!.seq, messages[messages.length - 1]!.seq)
        .toArray()
        .map((r) => r.seq),
    );
    if (hidden.size === 0) return messages;
    return messages.map((m) =>
      hidden.has(m.seq)
        ? { messageId: m.messageId, conversationId: m.conversationId, seq: m.seq, senderId: m.senderId, clientMsgId: m.clientMsgId, type: m.type, content: {}, ts: m.ts, deleted: true }
        : m,
    );
  }
}
