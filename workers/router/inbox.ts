/**
 * Receiver-side deduplication for routes whose effect is not naturally idempotent
 * (`idempotency: "envelope"` in the route table): the result of each envelope message id is
 * kept for a while in the object's SQLite, so a retry of the same call (the router reuses
 * the id) gets the first result back instead of applying the effect twice.
 */
import type { Result } from "../../shared/errors.js";

/** How long a result is remembered: far longer than any retry sequence (seconds). */
const KEEP_MS = 10 * 60_000;
const PRUNE_EVERY = 100;

export class Inbox {
  private writes = 0;

  constructor(
    private readonly sql: SqlStorage,
    private readonly now: () => number = Date.now,
  ) {
    sql.exec(`CREATE TABLE IF NOT EXISTS router_inbox (
      message_id TEXT PRIMARY KEY,
      result TEXT NOT NULL,
      at INTEGER NOT NULL
    )`);
  }

  get(messageId: string): Result<unknown> | undefined {
    const row = this.sql.exec<{ result: string }>("SELECT result FROM router_inbox WHERE message_id = ?", messageId).toArray()[0];
    return row ? (JSON.parse(row.result) as Result<unknown>) : undefined;
  }

  /** Call in the same synchronous step as the effect, so both commit together. */
  put(messageId: string, result: Result<unknown>): void {
    const now = this.now();
    this.sql.exec("INSERT OR REPLACE INTO router_inbox (message_id, result, at) VALUES (?, ?, ?)", messageId, JSON.stringify(result), now);
    if (++this.writes % PRUNE_EVERY === 0) this.sql.exec("DELETE FROM router_inbox WHERE at < ?", now - KEEP_MS);
  }
}
