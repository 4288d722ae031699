/**
 * Compaction: moves the oldest messages beyond the hot window into R2 segments, one
 * segment per step, from the owning object's alarm. Each step is restartable at any point:
 *
 *   1. intent   the range and its key are recorded in SQLite (archive_pending);
 *   2. upload   the rows, still in the table, are compressed and put to R2 under a key
 *               derived from the range, so a repeated upload overwrites the same object;
 *   3. commit   one transaction indexes the segment, drops the hot rows (keeping their
 *               idempotency keys) and clears the intent.
 *
 * A crash before 3 leaves the rows in the table and the intent recorded: the next step
 * uploads the same range again. A crash can't fall inside 3. Nothing is lost (rows leave
 * the table only in the transaction that indexes their segment) or duplicated (a seq is
 * either hot or in exactly one indexed segment, never both once committed).
 *
 * Only messages every outbox cursor has passed are archived: deliveries read the table.
 */
import type { Archive, PendingSegment } from "./archive.js";
import { encodeSegment, segmentKey } from "./segment.js";

export interface CompactionOptions {
  /** Messages kept in SQLite (the newest ones). */
  hotMessages: number;
  /** Messages per R2 segment. */
  segmentMessages: number;
}

export type CompactionStep = "intent" | "uploaded" | "committed";

export interface CompactorDeps {
  bucket: R2Bucket;
  /** Runs `fn` in one SQLite transaction (ctx.storage.transactionSync). */
  transaction<T>(fn: () => T): T;
  /** The lowest seq every delivery target has durably confirmed. */
  deliveredUpTo(): number;
  now?: () => number;
  /** Test seam: called after each step; throwing from it simulates a crash there. */
  afterStep?: (step: CompactionStep, segment: PendingSegment) => void | Promise<void>;
}

export class Compactor {
  constructor(
    private readonly archive: Archive,
    public options: CompactionOptions,
    private readonly deps: CompactorDeps,
  ) {}

  /** The next range to archive, if the hot table has a full segment beyond the window. */
  nextRange(): { start: number; end: number } | undefined {
    const start = this.archive.archivedUpTo + 1;
    const end = start + this.options.segmentMessages - 1;
    const limit = Math.min(this.archive.log.lastSeq - this.options.hotMessages, this.deps.deliveredUpTo());
    return end <= limit ? { start, end } : undefined;
  }

  /** Whether a step has work: a pending segment to finish or a new one to start. */
  due(): boolean {
    return this.archive.pending !== undefined || this.nextRange() !== undefined;
  }

  /** Archives at most one segment. Returns whether one was committed. */
  async step(): Promise<boolean> {
    const now = this.deps.now ?? Date.now;
    let pending = this.archive.pending;
    if (!pending) {
      const range = this.nextRange();
      if (!range) return false;
      pending = { ...range, key: segmentKey(this.archive.log.conversationId, range.start, range.end) };
      this.archive.begin(pending, now());
      await this.deps.afterStep?.("intent", pending);
    }
    if (pending.start <= this.archive.archivedUpTo) {
      // Cannot happen (the commit clears the intent in its transaction); never archive twice.
      this.archive.abandon();
      return false;
    }
    const rows = this.archive.log.rows(pending.start, pending.end);
    const body = await encodeSegment(this.archive.log.conversationId, pending.start, pending.end, rows);
    await this.deps.bucket.put(pending.key, body, {
      // Stored as opaque gzip (no Content-Encoding), so nothing on the way decompresses it.
      httpMetadata: { contentType: "application/gzip" },
      customMetadata: { conversationId: this.archive.log.conversationId, start: String(pending.start), end: String(pending.end) },
    });
    await this.deps.afterStep?.("uploaded", pending);
    const segment = pending;
    this.deps.transaction(() => this.archive.commit(segment, body.byteLength, now()));
    await this.deps.afterStep?.("committed", segment);
    return true;
  }
}
