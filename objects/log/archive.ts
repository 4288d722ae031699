/**
 * The cold part of a message log: the index of R2 segments kept in the owning object's
 * SQLite, the compaction in progress (if any), and an overlay of patches to archived
 * messages. Segments are immutable, so an edit or recall of an archived message is stored
 * in `archive_patches` and applied whenever the message is read back.
 *
 * Shared by every log owner (ConversationDO, GroupDO): construct it beside the MessageLog,
 * read through ./history.ts, patch through `patch()`, compact with ./compaction.ts.
 */
import type { Content } from "../../shared/protocol.js";
import type { MessageLog, MessagePatch, StoredMessage } from "./message-log.js";
import { decodeSegment } from "./segment.js";

export interface SegmentEntry {
  start: number;
  end: number;
  key: string;
  bytes: number;
}

export interface PendingSegment {
  start: number;
  end: number;
  key: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS archive_segments (
  start_seq INTEGER PRIMARY KEY,
  end_seq INTEGER NOT NULL,
  r2_key TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS archive_pending (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  start_seq INTEGER NOT NULL,
  end_seq INTEGER NOT NULL,
  r2_key TEXT NOT NULL,
  started_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS archive_patches (
  seq INTEGER PRIMARY KEY,
  patch TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);`;

/** Decoded segments kept in memory: scroll-back reads the same segment page after page. */
const CACHE_SEGMENTS = 4;

export class Archive {
  private upTo: number;
  private readonly cache = new Map<number, StoredMessage[]>();

  constructor(
    private readonly sql: SqlStorage,
    private readonly bucket: R2Bucket,
    readonly log: MessageLog,
  ) {
    sql.exec(SCHEMA);
    this.upTo = Number(sql.exec("SELECT COALESCE(MAX(end_seq), 0) AS s FROM archive_segments").one()["s"]);
  }

  /** Highest seq stored in R2 (0: nothing archived). Hot rows all have larger seqs. */
  get archivedUpTo(): number {
    return this.upTo;
  }

  get pending(): PendingSegment | undefined {
    const row = this.sql.exec<{ start_seq: number; end_seq: number; r2_key: string }>("SELECT start_seq, end_seq, r2_key FROM archive_pending WHERE id = 1").toArray()[0];
    return row ? { start: row.start_seq, end: row.end_seq, key: row.r2_key } : undefined;
  }

  /** Seqs at or below this are archived or being archived: their patches go to the overlay. */
  get frozenUpTo(): number {
    return Math.max(this.upTo, this.pending?.end ?? 0);
  }

  segments(): SegmentEntry[] {
    return this.sql
      .exec<{ start_seq: number; end_seq: number; r2_key: string; bytes: number }>("SELECT start_seq, end_seq, r2_key, bytes FROM archive_segments ORDER BY start_seq")
      .toArray()
      .map((r) => ({ start: r.start_seq, end: r.end_seq, key: r.r2_key, bytes: r.bytes }));
  }

  /** Records the segment about to be written (durable before any upload starts). */
  begin(pending: PendingSegment, now: number): void {
    this.sql.exec(
      "INSERT INTO archive_pending (id, start_seq, end_seq, r2_key, started_at) VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET start_seq = excluded.start_seq, end_seq = excluded.end_seq, r2_key = excluded.r2_key, started_at = excluded.started_at",
      pending.start,
      pending.end,
      pending.key,
      now,
    );
  }

  /** Forgets the pending segment without committing it. */
  abandon(): void {
    this.sql.exec("DELETE FROM archive_pending WHERE id = 1");
  }

  /**
   * Makes an uploaded segment part of the log: indexes it, drops the hot rows and clears
   * the pending record. Call inside one transaction, so a crash leaves all or nothing.
   */
  commit(pending: PendingSegment, bytes: number, now: number): void {
    this.sql.exec(
      "INSERT OR REPLACE INTO archive_segments (start_seq, end_seq, r2_key, bytes, created_at) VALUES (?, ?, ?, ?, ?)",
      pending.start,
      pending.end,
      pending.key,
      bytes,
      now,
    );
    this.log.dropArchived(pending.start, pending.end);
    this.sql.exec("DELETE FROM archive_pending WHERE id = 1");
    this.upTo = Math.max(this.upTo, pending.end);
  }

  /**
   * Edits or recalls a message wherever it lives: a hot row is updated in place, an
   * archived (or being-archived) one gets an overlay entry merged over earlier ones.
   * Synchronous, so callers can include it in the transaction of the change.
   * Returns false when no message has that seq.
   */
  patch(seq: number, patch: MessagePatch, now: number): boolean {
    if (seq < 1 || seq > this.log.lastSeq) return false;
    if (seq > this.frozenUpTo) return this.log.patchHot(seq, patch);
    // Rows being archived are still read from the table until the commit: patch both.
    if (seq > this.upTo) this.log.patchHot(seq, patch);
    const merged = { ...this.overlay(seq), ...patch };
    this.sql.exec(
      "INSERT INTO archive_patches (seq, patch, updated_at) VALUES (?, ?, ?) ON CONFLICT (seq) DO UPDATE SET patch = excluded.patch, updated_at = excluded.updated_at",
      seq,
      JSON.stringify(merged),
      now,
    );
    return true;
  }

  /**
   * Archived messages with `from <= seq <= to` (clamped to what is archived), in seq order
   * (descending when `descending`), at most `limit`, with overlay patches applied.
   */
  async read(from: number, to: number, limit: number, descending = false): Promise<StoredMessage[]> {
    const hi = Math.min(to, this.upTo);
    if (limit <= 0 || hi < from) return [];
    const overlapping = this.sql
      .exec<{ start_seq: number; end_seq: number; r2_key: string }>(
        `SELECT start_seq, end_seq, r2_key FROM archive_segments WHERE end_seq >= ? AND start_seq <= ? ORDER BY start_seq ${descending ? "DESC" : "ASC"}`,
        from,
        hi,
      )
      .toArray();
    const out: StoredMessage[] = [];
    for (const seg of overlapping) {
      const messages = await this.load({ start: seg.start_seq, end: seg.end_seq, key: seg.r2_key });
      const inRange = messages.filter((m) => m.seq >= from && m.seq <= hi);
      if (descending) inRange.reverse();
      for (const m of inRange) {
        out.push(this.applyOverlay(m));
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  private async load(seg: SegmentEntry | PendingSegment): Promise<StoredMessage[]> {
    const cached = this.cache.get(seg.start);
    if (cached) {
      // Refresh its place in the LRU order.
      this.cache.delete(seg.start);
      this.cache.set(seg.start, cached);
      return cached;
    }
    const object = await this.bucket.get(seg.key);
    if (!object) throw new Error(`archive segment ${seg.key} is missing from R2`);
    const messages = await decodeSegment(object.body, { conversationId: this.log.conversationId, start: seg.start, end: seg.end });
    this.cache.set(seg.start, messages);
    while (this.cache.size > CACHE_SEGMENTS) this.cache.delete(this.cache.keys().next().value!);
    return messages;
  }

  private overlay(seq: number): MessagePatch | undefined {
    const row = this.sql.exec<{ patch: string }>("SELECT patch FROM archive_patches WHERE seq = ?", seq).toArray()[0];
    return row ? (JSON.parse(row.patch) as MessagePatch) : undefined;
  }

  private applyOverlay(m: StoredMessage): StoredMessage {
    const patch = this.overlay(m.seq);
    if (!patch) return m;
    const out: StoredMessage = { ...m };
    if (patch.content !== undefined) out.content = patch.content as Content;
    if (patch.editedAt !== undefined) out.editedAt = patch.editedAt;
    if (patch.recalled) out.recalled = true;
    return out;
  }
}
