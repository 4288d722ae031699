/**
 * Transactional outbox for bus events produced by a Durable Object (presence changes,
 * edits, recalls, group membership). `stage()` writes the event in the same SQLite
 * transaction as the change it describes; `flush()` sends after the commit and deletes
 * what was sent; the alarm retries with backoff. An object that dies between its commit
 * and the send publishes on its next alarm, so no committed event is lost, and a resend
 * after a partial send repeats event ids that consumers drop.
 *
 * message.created does not come through here: the message rows are already durable, so
 * the conversation's delivery outbox carries it as one more cursor (./message-events.ts).
 */
import type { BusEvent } from "../../shared/events.js";
import { log } from "../../shared/log.js";
import { checkEvent } from "../../workers/events/publisher.js";
import { DELIVERY_BACKOFF, backoffDelay, type BackoffPolicy } from "./backoff.js";

export interface EventOutboxOptions {
  publish(events: BusEvent[]): Promise<void>;
  /** Ask for the alarm to run no later than `at`. */
  scheduleAlarm(at: number): void;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** How soon after a stage the alarm checks that the flush happened. */
  backstopMs?: number;
}

const BATCH = 100;

export class EventOutbox {
  private readonly o: Required<EventOutboxOptions>;
  private flushing: Promise<void> | undefined;
  private attempts = 0;
  private nextAt = 0;

  constructor(
    private readonly sql: SqlStorage,
    options: EventOutboxOptions,
  ) {
    this.o = { now: Date.now, random: Math.random, backoff: DELIVERY_BACKOFF, backstopMs: 2_000, ...options };
    sql.exec(`CREATE TABLE IF NOT EXISTS event_outbox (
      event_id TEXT PRIMARY KEY,
      body TEXT NOT NULL,
      created_at INTEGER NOT NULL
    )`);
  }

  /**
   * Records an event; call inside the transaction of the change. Throws (rolling the
   * change back) when the event is invalid or too large for the queue.
   */
  stage(event: BusEvent): void {
    checkEvent(event);
    this.sql.exec("INSERT OR IGNORE INTO event_outbox (event_id, body, created_at) VALUES (?, ?, ?)", event.event_id, JSON.stringify(event), this.o.now());
    this.o.scheduleAlarm(this.o.now() + this.o.backstopMs);
  }

  /** Events staged and not yet confirmed sent. */
  pending(): number {
    return Number(this.sql.exec("SELECT COUNT(*) AS n FROM event_outbox").one()["n"]);
  }

  /** Sends everything staged, oldest first. Concurrent calls share one run. Never throws. */
  flush(): Promise<void> {
    this.flushing ??= this.run().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  /** The alarm's work: flush if due, and re-arm while events remain. */
  async onAlarm(): Promise<void> {
    if (this.o.now() >= this.nextAt) await this.flush();
    if (this.pending() > 0) this.o.scheduleAlarm(Math.max(this.nextAt, this.o.now() + 100));
  }

  private async run(): Promise<void> {
    for (;;) {
      // Read before the await: SQL cursors have no snapshot across it.
      const rows = this.sql.exec<{ event_id: string; body: string }>("SELECT event_id, body FROM event_outbox ORDER BY rowid LIMIT ?", BATCH).toArray();
      if (rows.length === 0) return;
      try {
        await this.o.publish(rows.map((r) => JSON.parse(r.body) as BusEvent));
      } catch (err) {
        this.attempts += 1;
        this.nextAt = this.o.now() + backoffDelay(this.attempts, this.o.backoff, this.o.random);
        this.o.scheduleAlarm(this.nextAt);
        log.warn("event_outbox.publish_failed", { events: rows.length, attempts: this.attempts, err });
        return;
      }
      this.attempts = 0;
      this.nextAt = 0;
      for (const r of rows) this.sql.exec("DELETE FROM event_outbox WHERE event_id = ?", r.event_id);
    }
  }
}
