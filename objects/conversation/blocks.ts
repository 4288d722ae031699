/**
 * Blocks between the two users of a direct conversation, kept where messages are appended
 * so the check and the append are one step. The blocker's own list lives in their UserDO
 * (objects/user/blocks.ts), which writes here first.
 */
import { AppError } from "../../shared/errors.js";

export class PairBlocks {
  constructor(private readonly sql: SqlStorage) {
    sql.exec("CREATE TABLE IF NOT EXISTS blocks (blocker TEXT PRIMARY KEY, created_at INTEGER NOT NULL)");
  }

  set(blocker: string, blocked: boolean, now: number): void {
    if (blocked) this.sql.exec("INSERT OR IGNORE INTO blocks (blocker, created_at) VALUES (?, ?)", blocker, now);
    else this.sql.exec("DELETE FROM blocks WHERE blocker = ?", blocker);
  }

  /** Throws `blocked` when either user blocked the other. */
  check(senderId: string): void {
    const blockers = this.sql.exec<{ blocker: string }>("SELECT blocker FROM blocks").toArray().map((r) => r.blocker);
    if (blockers.includes(senderId)) throw new AppError("blocked", "you have blocked this user: unblock them to send");
    if (blockers.length > 0) throw new AppError("blocked", "you cannot send messages to this user");
  }
}
