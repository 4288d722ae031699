/**
 * Idempotency records of queue consumers (D1 `consumed_ids`). Queues deliver at least
 * once, so each consumer records the ids whose side effects are done and skips them when
 * they come again. Records outlive the longest queue retention (14 days) and are pruned by
 * the scheduled handler.
 */
const TTL_MS = 15 * 24 * 3_600_000;
/** D1 allows 100 bound parameters per statement. */
const CHUNK = 90;

export class ConsumedIds {
  constructor(
    private readonly db: D1Database,
    private readonly consumer: string,
  ) {}

  /** The subset of `ids` already consumed. */
  async seen(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const { results } = await this.db
        .prepare(`SELECT id FROM consumed_ids WHERE consumer = ? AND id IN (${chunk.map(() => "?").join(", ")})`)
        .bind(this.consumer, ...chunk)
        .all<{ id: string }>();
      for (const r of results) out.add(r.id);
    }
    return out;
  }

  /** Records ids as consumed (one batch; repeats are ignored). */
  async mark(ids: readonly string[], now = Date.now()): Promise<void> {
    if (ids.length === 0) return;
    const statement = this.db.prepare("INSERT OR IGNORE INTO consumed_ids (consumer, id, expires_at) VALUES (?, ?, ?)");
    await this.db.batch(ids.map((id) => statement.bind(this.consumer, id, now + TTL_MS)));
  }
}

/** Deletes expired idempotency records. Returns how many went. */
export async function pruneConsumed(db: D1Database, now = Date.now()): Promise<number> {
  const result = await db.prepare("DELETE FROM consumed_ids WHERE expires_at < ?").bind(now).run();
  return result.meta.changes;
}
