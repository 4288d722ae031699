/**
 * Transactional outbox as per-target delivery cursors. A target (a user's UserDO) is owed
 * every message above its `delivered_seq`; the message rows themselves are the pending
 * work, so a send costs no outbox row. Delivery starts right after the commit and is
 * retried from the alarm with backoff until the target confirms.
 *
 * Cursors advance in memory on confirmation and are written to SQLite from the alarm. A
 * persisted cursor is never ahead of a confirmation, so after an eviction the worst case
 * is a redelivery, which receivers drop by (conversationId, seq).
 *
 * A target can be *retired* at a seq (a group member removed by the entry at that seq):
 * it is still owed everything up to that seq, then it is dropped.
 */
import { withTimeout } from "../../shared/timeout.js";
import { ensureColumns } from "../schema.js";
import { DELIVERY_BACKOFF, backoffDelay, type BackoffPolicy } from "./backoff.js";
import type { MessageLog, StoredMessage } from "./message-log.js";

export interface OutboxOptions {
  /** Deliver `messages` (ascending, contiguous) to `target`; resolve true once confirmed. */
  deliver(target: string, messages: StoredMessage[]): Promise<boolean>;
  /** Ask for the alarm to run no later than `at`. */
  scheduleAlarm(at: number): void;
  /** Whether a target may be delivered to now (default: always). Held targets wait for a later kick. */
  ready?: (target: string) => boolean;
  /** Told after every delivery attempt (metrics: deliveries, retries, depth). */
  onAttempt?(target: string, confirmed: boolean): void;
  now?: () => number;
  random?: () => number;
  batchSize?: number;
  concurrency?: number;
  timeoutMs?: number;
  /** How soon after activity the alarm persists cursors and checks for stragglers. */
  backstopMs?: number;
  backoff?: BackoffPolicy;
}

interface Cursor {
  delivered: number;
  persisted: number;
  /** Retired targets: the last seq still owed. */
  until: number | undefined;
  attempts: number;
  nextAt: number;
  inFlight: Promise<void> | undefined;
}

const RECENT_LIMIT = 256;

export class Outbox {
  private readonly cursors = new Map<string, Cursor>();
  /** The newest appended messages, so most deliveries need no SQL read. */
  private recent: StoredMessage[] = [];
  private readonly o: Required<Omit<OutboxOptions, "deliver" | "scheduleAlarm" | "onAttempt" | "ready">> & Pick<OutboxOptions, "deliver" | "scheduleAlarm" | "onAttempt" | "ready">;
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly sql: SqlStorage,
    private readonly log: MessageLog,
    options: OutboxOptions,
  ) {
    this.o = {
      now: Date.now,
      random: Math.random,
      batchSize: 200,
      concurrency: 32,
      timeoutMs: 10_000,
      backstopMs: 2_000,
      backoff: DELIVERY_BACKOFF,
      ...options,
    };
    sql.exec(`CREATE TABLE IF NOT EXISTS outbox (
      target TEXT PRIMARY KEY,
      delivered_seq INTEGER NOT NULL,
      until_seq INTEGER
    )`);
    // Outboxes created before retirement existed lack the column.
    ensureColumns(sql, "outbox", { until_seq: "INTEGER" });
    for (const row of sql.exec<{ target: string; delivered_seq: number; until_seq: number | null }>("SELECT target, delivered_seq, until_seq FROM outbox")) {
      this.cursors.set(row.target, fresh(row.delivered_seq, row.until_seq ?? undefined));
    }
  }

  get targets(): string[] {
    return [...this.cursors.keys()];
  }

  /** Delivered seq of a target as known in memory (undefined for unknown targets). */
  deliveredSeq(target: string): number | undefined {
    return this.cursors.get(target)?.delivered;
  }

  /** Messages owed in total: the sum over targets of lastSeq - delivered. */
  depth(): number {
    const last = this.log.lastSeq;
    let owed = 0;
    for (const c of this.cursors.values()) owed += Math.max(0, Math.min(last, c.until ?? last) - c.delivered);
    return owed;
  }

  /**
   * The highest seq every target has durably confirmed (persisted cursors, not the ones in
   * memory: after a restart deliveries resume from these, so rows above must stay readable).
   */
  persistedUpTo(): number {
    let min = this.log.lastSeq;
    for (const c of this.cursors.values()) min = Math.min(min, c.persisted);
    return min;
  }

  /** Targets still owed messages. */
  lagging(): string[] {
    return [...this.cursors].filter(([, c]) => this.owed(c)).map(([t]) => t);
  }

  /** Whether `target` is still owed messages. */
  isLagging(target: string): boolean {
    const c = this.cursors.get(target);
    return c !== undefined && this.owed(c);
  }

  /** Failed attempts in a row for `target` (0 when it is healthy or unknown). */
  attempts(target: string): number {
    return this.cursors.get(target)?.attempts ?? 0;
  }

  /** The seq a retired target is owed up to (undefined: not retired, or unknown). */
  retiredAt(target: string): number | undefined {
    return this.cursors.get(target)?.until;
  }

  /** The lowest delivered seq over all targets (the log's last seq when there are none). */
  minDelivered(): number {
    let min = this.log.lastSeq;
    for (const c of this.cursors.values()) min = Math.min(min, c.delivered);
    return min;
  }

  /**
   * Registers targets owed everything after `fromSeq`. Existing targets are left alone,
   * except retired ones, which come back (a member re-added): they skip what was appended
   * while they were out, so nothing from outside their membership reaches them.
   * Call inside the transaction that appends the entry making them targets.
   */
  addTargets(targets: string[], fromSeq: number): void {
    for (const target of targets) {
      const existing = this.cursors.get(target);
      if (existing && existing.until === undefined) continue;
      if (existing) {
        existing.until = undefined;
        existing.delivered = Math.max(existing.delivered, fromSeq);
        existing.persisted = existing.delivered;
        this.sql.exec("UPDATE outbox SET delivered_seq = ?, until_seq = NULL WHERE target = ?", existing.delivered, target);
        continue;
      }
      this.sql.exec("INSERT OR IGNORE INTO outbox (target, delivered_seq) VALUES (?, ?)", target, fromSeq);
      this.cursors.set(target, fresh(fromSeq, undefined));
    }
  }

  /**
   * Retires targets: each is still owed everything up to `untilSeq`, then dropped.
   * Call inside the transaction that appends the entry ending their membership.
   */
  retire(targets: string[], untilSeq: number): void {
    for (const target of targets) {
      const c = this.cursors.get(target);
      if (!c) continue;
      c.until = Math.min(c.until ?? untilSeq, untilSeq);
      if (c.delivered >= c.until) this.removeTarget(target);
      else this.sql.exec("UPDATE outbox SET until_seq = ? WHERE target = ?", c.until, target);
    }
  }

  removeTarget(target: string): void {
    this.sql.exec("DELETE FROM outbox WHERE target = ?", target);
    this.cursors.delete(target);
  }

  /**
   * Delivers to one target now and resolves once it is caught up or a delivery failed
   * (the alarm retries it). Returns whether it is caught up.
   */
  async flush(target: string): Promise<boolean> {
    for (;;) {
      const c = this.cursors.get(target);
      if (!c || !this.owed(c)) return true;
      if (c.inFlight) {
        await c.inFlight;
        continue;
      }
      if (c.nextAt > this.o.now() || !(this.o.ready?.(target) ?? true)) return false;
      this.start(target, c, true);
      await c.inFlight;
      if (c.attempts > 0) return false;
    }
  }

  /**
   * Call in the same synchronous step as the append that produced `messages`: it arms the
   * alarm (committed with the rows) and remembers the messages for cheap delivery.
   */
  appended(messages: StoredMessage[]): void {
    if (messages.length === 0) return;
    this.recent.push(...messages);
    if (this.recent.length > RECENT_LIMIT) this.recent = this.recent.slice(-RECENT_LIMIT);
    this.o.scheduleAlarm(this.o.now() + this.o.backstopMs);
  }

  /** Starts delivery to every lagging target that is neither in flight nor backing off. */
  kick(): void {
    const now = this.o.now();
    // Runs after every append: walks the cursors in place (no copies), and start() does not
    // touch the map before its first await.
    for (const [target, c] of this.cursors) {
      if (!c.inFlight && c.nextAt <= now && this.owed(c) && (this.o.ready?.(target) ?? true)) this.start(target, c);
    }
  }

  /** The alarm's work: retry due targets, persist confirmed cursors, re-arm if owed. */
  async onAlarm(): Promise<void> {
    this.kick();
    await this.settle();
    this.persist();
    const now = this.o.now();
    let next = Infinity;
    for (const [target, c] of this.cursors) {
      if (!this.owed(c)) continue;
      const held = !(this.o.ready?.(target) ?? true);
      next = Math.min(next, c.inFlight ? now + this.o.backstopMs : held ? now + 500 : Math.max(c.nextAt, now + 100));
    }
    if (next !== Infinity) this.o.scheduleAlarm(next);
  }

  /** Resolves when no delivery is in flight. */
  async settle(): Promise<void> {
    for (;;) {
      const pending = [...this.cursors.values()].map((c) => c.inFlight).filter((p): p is Promise<void> => p !== undefined);
      if (pending.length === 0) return;
      await Promise.all(pending);
    }
  }

  /** Writes confirmed cursors to SQLite. */
  persist(): void {
    for (const [target, c] of this.cursors) {
      if (c.delivered > c.persisted) {
        this.sql.exec("UPDATE outbox SET delivered_seq = ? WHERE target = ?", c.delivered, target);
        c.persisted = c.delivered;
      }
    }
  }

  /** `urgent` deliveries (an explicit flush) do not queue behind the concurrency bound. */
  private start(target: string, c: Cursor, urgent = false): void {
    c.inFlight = this.run(target, c, urgent).finally(() => {
      c.inFlight = undefined;
    });
  }

  private async run(target: string, c: Cursor, urgent: boolean): Promise<void> {
    if (!urgent) await this.acquire();
    try {
      while (this.cursors.get(target) === c && this.owed(c)) {
        const upTo = Math.min(c.until ?? Infinity, this.log.lastSeq);
        const batch = this.messagesAfter(c.delivered).filter((m) => m.seq <= upTo);
        if (batch.length === 0) return;
        let confirmed = false;
        try {
          confirmed = await withTimeout(this.o.deliver(target, batch), this.o.timeoutMs, () => new Error(`delivery timed out after ${this.o.timeoutMs} ms`));
        } catch {
          confirmed = false;
        }
        this.o.onAttempt?.(target, confirmed);
        if (!confirmed) {
          c.attempts += 1;
          c.nextAt = this.o.now() + backoffDelay(c.attempts, this.o.backoff, this.o.random);
          this.o.scheduleAlarm(c.nextAt);
          return;
        }
        c.delivered = Math.max(c.delivered, batch[batch.length - 1]!.seq);
        c.attempts = 0;
        c.nextAt = 0;
        // A retired target that has everything it was owed leaves for good.
        if (c.until !== undefined && c.delivered >= c.until && this.cursors.get(target) === c) this.removeTarget(target);
      }
    } finally {
      if (!urgent) this.release();
    }
  }

  private owed(c: Cursor): boolean {
    return c.delivered < Math.min(c.until ?? Infinity, this.log.lastSeq);
  }

  private messagesAfter(seq: number): StoredMessage[] {
    const first = this.recent[0];
    if (first && first.seq <= seq + 1) {
      const start = seq + 1 - first.seq;
      return this.recent.slice(start, start + this.o.batchSize);
    }
    return this.log.after(seq, this.o.batchSize);
  }

  private acquire(): Promise<void> {
    if (this.active < this.o.concurrency) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}

function fresh(delivered: number, until: number | undefined): Cursor {
  return { delivered, persisted: delivered, until, attempts: 0, nextAt: 0, inFlight: undefined };
}
