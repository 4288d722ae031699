/**
 * The users this user has blocked. The enforcement point is the direct conversation
 * (objects/conversation/blocks.ts, written first so a block is never listed without being
 * enforced); this list answers "whom did I block" and filters ephemeral pushes (typing,
 * presence) from blocked users.
 */
import type { Block } from "../../shared/protocol.js";

export class Blocks {
  constructor(private readonly sql: SqlStorage) {
    sql.exec("CREATE TABLE IF NOT EXISTS user_blocks (user_id TEXT PRIMARY KEY, created_at INTEGER NOT NULL)");
  }

  has(userId: string): boolean {
    return this.sql.exec("SELECT 1 FROM user_blocks WHERE user_id = ?", userId).toArray().length > 0;
  }

  get(userId: string): Block | undefined {
    const row = this.sql.exec<{ created_at: number }>("SELECT created_at FROM user_blocks WHERE user_id = ?", userId).toArray()[0];
    return row ? { userId, createdAt: row.created_at } : undefined;
  }

  add(userId: string, now: number): void {
    this.sql.exec("INSERT OR IGNORE INTO user_blocks (user_id, created_at) VALUES (?, ?)", userId, now);
  }

  remove(userId: string): void {
    this.sql.exec("DELETE FROM user_blocks WHERE user_id = ?", userId);
  }

  /** Newest first. */
  list(): Block[] {
    return this.sql
      .exec<{ user_id: string; created_at: number }>("SELECT user_id, created_at FROM user_blocks ORDER BY created_at DESC, user_id")
      .toArray()
      .map((r) => ({ userId: r.user_id, createdAt: r.created_at }));
  }
}
