/**
 * How far each member of a conversation has read (and, for 1:1, received), kept by the
 * object that owns the log. Positions only move forward. "Read by N" for a message is the
 * number of members other than its sender whose read position is at or past its seq,
 * computed from one grouped scan, so it stays cheap in large groups.
 */
export interface Position {
  readSeq: number;
  deliveredSeq: number;
}

export class ReadPositions {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS read_positions (
      user_id TEXT PRIMARY KEY,
      read_seq INTEGER NOT NULL DEFAULT 0,
      delivered_seq INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS read_positions_read ON read_positions (read_seq);`);
  }

  get(userId: string): Position {
    const row = this.sql.exec<{ read_seq: number; delivered_seq: number }>("SELECT read_seq, delivered_seq FROM read_positions WHERE user_id = ?", userId).toArray()[0];
    return { readSeq: row?.read_seq ?? 0, deliveredSeq: row?.delivered_seq ?? 0 };
  }

  /**
   * Moves a user's positions forward (never back; both capped at `lastSeq`). Reading
   * implies receiving, so delivered is at least read. Returns the new positions, or
   * undefined when nothing moved.
   */
  advance(userId: string, mark: { readSeq?: number | undefined; deliveredSeq?: number | undefined }, lastSeq: number): Position | undefined {
    const before = this.get(userId);
    const readSeq = Math.max(before.readSeq, Math.min(mark.readSeq ?? 0, lastSeq));
    const deliveredSeq = Math.max(before.deliveredSeq, readSeq, Math.min(mark.deliveredSeq ?? 0, lastSeq));
    if (readSeq === before.readSeq && deliveredSeq === before.deliveredSeq) return undefined;
    this.sql.exec(
      `INSERT INTO read_positions (user_id, read_seq, delivered_seq) VALUES (?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET read_seq = excluded.read_seq, delivered_seq = excluded.delivered_seq`,
      userId,
      readSeq,
      deliveredSeq,
    );
    return { readSeq, deliveredSeq };
  }

  remove(userId: string): void {
    this.sql.exec("DELETE FROM read_positions WHERE user_id = ?", userId);
  }

  /** For each message, how many users other than its sender have read it. */
  readCounts(messages: Array<{ seq: number; senderId: string }>): Array<{ seq: number; readBy: number }> {
    if (messages.length === 0) return [];
    const min = Math.min(...messages.map((m) => m.seq));
    // One histogram of read positions at or above the oldest seq asked about, then
    // suffix sums: readers(seq) = users whose read_seq >= seq.
    const histogram = this.sql
      .exec<{ read_seq: number; n: number }>("SELECT read_seq, COUNT(*) AS n FROM read_positions WHERE read_seq >= ? GROUP BY read_seq ORDER BY read_seq DESC", min)
      .toArray();
    const bySeqDesc = [...messages].sort((a, b) => b.seq - a.seq);
    const counts = new Map<number, number>();
    let i = 0;
    let running = 0;
    for (const m of bySeqDesc) {
      while (i < histogram.length && histogram[i]!.read_seq >= m.seq) running += histogram[i++]!.n;
      const senderRead = this.get(m.senderId).readSeq >= m.seq ? 1 : 0;
      counts.set(m.seq, running - senderRead);
    }
    return messages.map((m) => ({ seq: m.seq, readBy: counts.get(m.seq) ?? 0 }));
  }

  /** Users other than `exclude` who have read `seq`, at most `limit`, by user id. */
  readers(seq: number, exclude: string, limit: number): string[] {
    return this.sql
      .exec<{ user_id: string }>("SELECT user_id FROM read_positions WHERE read_seq >= ? AND user_id != ? ORDER BY user_id LIMIT ?", seq, exclude, limit)
      .toArray()
      .map((r) => r.user_id);
  }
}
