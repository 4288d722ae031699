/**
 * Transactional outbox as per-target delivery cursors. A target (a user's UserDO) is owed
 * every message above its `delivered_seq`; the message rows themselves are the pending
 * work, so a send costs no outbox row. Delivery starts right after the commit and is
 * retried from the alarm with backoff until the target confirms.
 *
 * Cursors advance in memory on confirmation and are written to SQLite from the alarm. A
 * persisted cursor is never ahead of a confirmation, so after an eviction the worst case
 * is a redelivery, which receivers drop by (conversationId, seq).
 */
import { DELIVERY_BACKOFF, backoffDelay, type BackoffPolicy } from "./backoff.js";
import type { MessageLog, StoredMessage } from "./message-log.js";

export interface OutboxOptions {
  /** Deliver `messages` (ascending, contiguous) to `target`; resolve true once confirmed. */
  deliver(target: string, messages: StoredMessage[]): Promise<boolean>;
  /** Ask for the alarm to run no later than `at`. */
  scheduleAlarm(at: number): void;
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
  attempts: number;
  nextAt: number;
  inFlight: Promise<void> | undefined;
}

const RECENT_LIMIT = 256;

export class Outbox {
  private readonly cursors = new Map<string, Cursor>();
  /** The newest appended messages, so most deliveries need no SQL read. */
  private recent: StoredMessage[] = [];
  private readonly o: Required<Omit<OutboxOptions, "deliver" | "scheduleAlarm" | "onAttempt">> & Pick<OutboxOptions, "deliver" | "scheduleAlarm" | "onAttempt">;
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
      delivered_seq INTEGER NOT NULL
    )`);
    for (const row of sql.exec<{ target: string; delivered_seq: number }>("SELECT target, delivered_seq FROM outbox")) {
      this.cursors.set(row.target, { delivered: row.delivered_seq, persisted: row.delivered_seq, attempts: 0, nextAt: 0, inFlight: undefined });
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
    for (const c of this.cursors.values()) owed += Math.max(0, last - c.delivered);
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
    const last = this.log.lastSeq;
    return [...this.cursors].filter(([, c]) => c.delivered < last).map(([t]) => t);
  }

  /** Registers targets owed everything after `fromSeq`. Existing targets are left alone. */
  addTargets(targets: string[], fromSeq: number): void {
    for (const target of targets) {
      if (this.cursors.has(target)) continue;
      this.sql.exec("INSERT OR IGNORE INTO outbox (target, delivered_seq) VALUES (?, ?)", target, fromSeq);
      this.cursors.set(target, { delivered: fromSeq, persisted: fromSeq, attempts: 0, nextAt: 0, inFlight: undefined });
    }
  }

  removeTarget(target: string): void {
    this.sql.exec("DELETE FROM outbox WHERE target = ?", target);
    this.cursors.delete(target);
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
    for (const target of this.lagging()) {
      const c = this.cursors.get(target)!;
      if (!c.inFlight && c.nextAt <= now) this.start(target, c);
    }
  }

  /** The alarm's work: retry due targets, persist confirmed cursors, re-arm if owed. */
  async onAlarm(): Promise<void> {
    this.kick();
    await this.settle();
    this.persist();
    const now = this.o.now();
    let next = Infinity;
    for (const target of this.lagging()) {
      const c = this.cursors.get(target)!;
      next = Math.min(next, c.inFlight ? now + this.o.backstopMs : Math.max(c.nextAt, now + 100));
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

  private start(target: string, c: Cursor): void {
    c.inFlight = this.run(target, c).finally(() => {
      c.inFlight = undefined;
    });
  }

  private async run(target: string, c: Cursor): Promise<void> {
    await this.acquire();
    try {
      while (this.cursors.get(target) === c && c.delivered < this.log.lastSeq) {
        const batch = this.messagesAfter(c.delivered);
        if (batch.length === 0) return;
        let confirmed = false;
        try {
          confirmed = await withTimeout(this.o.deliver(target, batch), this.o.timeoutMs);
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
      }
    } finally {
      this.release();
    }
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

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
  };
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`delivery timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(clear);
}
