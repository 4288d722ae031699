/**
 * The dead-letter store. Messages that exhausted their retries arrive on the DLQ; this
 * consumer stores each in D1 with the reason of its last failure (recorded by the failing
 * consumer under the queue message id, which survives the move to the DLQ). Messages a
 * consumer finds malformed are stored directly, without retries. Admins list, replay (the
 * body goes back to its queue) or discard them through /v1/admin/dead-letters.
 */
import { AppError } from "../../shared/errors.js";
import { parseEvent } from "../../shared/events.js";
import { log } from "../../shared/log.js";
import { parseJob } from "./jobs.js";
import { publish, sendBodies } from "./publisher.js";
import type { ReplayQueue } from "./queues.js";

export interface DeadLetter {
  id: string;
  queue: ReplayQueue | "none";
  kind: string;
  refId: string;
  body: unknown;
  reason: string;
  attempts: number;
  status: "dead" | "replayed";
  createdAt: number;
  replayedAt?: number;
}

interface Row {
  id: string;
  queue: string;
  kind: string;
  ref_id: string;
  body: string;
  reason: string;
  attempts: number;
  status: string;
  created_at: number;
  replayed_at: number | null;
  seq?: number;
}

const toDeadLetter = (r: Row): DeadLetter => ({
  id: r.id,
  queue: r.queue as DeadLetter["queue"],
  kind: r.kind,
  refId: r.ref_id,
  body: JSON.parse(r.body) as unknown,
  reason: r.reason,
  attempts: r.attempts,
  status: r.status as DeadLetter["status"],
  createdAt: r.created_at,
  ...(r.replayed_at !== null ? { replayedAt: r.replayed_at } : {}),
});

/** What a body is: an event goes back to the events queue, a job to the deliveries queue. */
export function classify(body: unknown): { queue: ReplayQueue | "none"; kind: string; refId: string } {
  const event = parseEvent(body);
  if (event.ok) return { queue: "events", kind: event.event.event_type, refId: event.event.event_id };
  const job = parseJob(body);
  if (job.ok) return { queue: "deliveries", kind: job.job.job, refId: job.job.job_id };
  return { queue: "none", kind: "invalid", refId: "" };
}

/** Statement storing one dead letter (a repeat of the same queue message id is ignored). */
export function storeStatement(db: D1Database, d: { id: string; body: unknown; reason: string; attempts: number }, now = Date.now()): D1PreparedStatement {
  const c = classify(d.body);
  let body = JSON.stringify(d.body ?? null);
  // D1 rows are capped at 2 MB; queue messages are far below, but never fail on a freak one.
  if (body.length > 1_000_000) body = JSON.stringify({ truncated: body.slice(0, 1_000) });
  return db
    .prepare(
      "INSERT OR IGNORE INTO dead_letters (id, queue, kind, ref_id, body, reason, attempts, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'dead', ?)",
    )
    .bind(d.id, c.queue, c.kind, c.refId.slice(0, 300), body, d.reason.slice(0, 1_000), d.attempts, now);
}

/** The DLQ consumer: stores every message with its failure reason, then acks it. */
export async function consumeDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  try {
    const ids = batch.messages.map((m) => m.id);
    const reasons = new Map<string, { reason: string; attempts: number }>();
    for (let i = 0; i < ids.length; i += 90) {
      const chunk = ids.slice(i, i + 90);
      const { results } = await env.DB.prepare(`SELECT message_id, reason, attempts FROM delivery_failures WHERE message_id IN (${chunk.map(() => "?").join(", ")})`)
        .bind(...chunk)
        .all<{ message_id: string; reason: string; attempts: number }>();
      for (const r of results) reasons.set(r.message_id, { reason: r.reason, attempts: r.attempts });
    }
    await env.DB.batch(
      batch.messages.map((m) => {
        const failure = reasons.get(m.id);
        return storeStatement(env.DB, { id: m.id, body: m.body, reason: failure?.reason ?? "retries exhausted (no failure recorded)", attempts: failure?.attempts ?? 0 });
      }),
    );
    for (let i = 0; i < ids.length; i += 90) {
      const chunk = ids.slice(i, i + 90);
      await env.DB.prepare(`DELETE FROM delivery_failures WHERE message_id IN (${chunk.map(() => "?").join(", ")})`).bind(...chunk).run();
    }
    for (const m of batch.messages) {
      log.warn("dead_letter.stored", { messageId: m.id, reason: reasons.get(m.id)?.reason });
      m.ack();
    }
  } catch (err) {
    log.error("dead_letter.store_failed", { messages: batch.messages.length, err });
    batch.retryAll({ delaySeconds: 30 });
  }
}

export class DeadLetters {
  constructor(
    private readonly env: Env,
    private readonly db: D1Database = env.DB,
  ) {}

  /** Dead letters oldest first; `cursor` is the previous page's `nextCursor`. */
  async list(q: { status?: "dead" | "replayed"; limit: number; cursor?: number }): Promise<{ deadLetters: DeadLetter[]; nextCursor?: number }> {
    const { results } = await this.db
      .prepare(`SELECT rowid AS seq, * FROM dead_letters WHERE rowid > ? ${q.status ? "AND status = ?" : ""} ORDER BY rowid LIMIT ?`)
      .bind(...[q.cursor ?? 0, ...(q.status ? [q.status] : []), q.limit + 1])
      .all<Row>();
    const page = results.slice(0, q.limit);
    const last = page[page.length - 1];
    return results.length > q.limit && last ? { deadLetters: page.map(toDeadLetter), nextCursor: last.seq! } : { deadLetters: page.map(toDeadLetter) };
  }

  async get(id: string): Promise<DeadLetter> {
    const row = await this.db.prepare("SELECT * FROM dead_letters WHERE id = ?").bind(id).first<Row>();
    if (!row) throw new AppError("not_found", "no such dead letter");
    return toDeadLetter(row);
  }

  /**
   * Sends a dead letter back to its queue and marks it replayed. Throws `not_found`, or
   * `conflict` when it cannot be replayed (malformed) or was replayed already.
   */
  async replay(id: string, now = Date.now()): Promise<DeadLetter> {
    const letter = await this.get(id);
    if (letter.status !== "dead") throw new AppError("conflict", "dead letter was already replayed");
    if (letter.queue === "none") throw new AppError("conflict", "a malformed message cannot be replayed; discard it");
    if (letter.queue === "events") {
      const event = parseEvent(letter.body);
      if (!event.ok) throw new AppError("conflict", "stored event no longer validates; discard it");
      await publish(this.env.EVENTS, [event.event]);
    } else {
      await sendBodies(this.env.DELIVERIES, [letter.body]);
    }
    await this.db.prepare("UPDATE dead_letters SET status = 'replayed', replayed_at = ? WHERE id = ?").bind(now, id).run();
    return { ...letter, status: "replayed", replayedAt: now };
  }

  /** Replays up to `limit` dead letters, oldest first. Returns the ids replayed and those that failed. */
  async replayAll(limit: number): Promise<{ replayed: string[]; failed: Array<{ id: string; code: string; message: string }>; remaining: number }> {
    const { results } = await this.db.prepare("SELECT id FROM dead_letters WHERE status = 'dead' AND queue != 'none' ORDER BY rowid LIMIT ?").bind(limit).all<{ id: string }>();
    const replayed: string[] = [];
    const failed: Array<{ id: string; code: string; message: string }> = [];
    for (const { id } of results) {
      try {
        await this.replay(id);
        replayed.push(id);
      } catch (err) {
        failed.push({ id, code: err instanceof AppError ? err.code : "internal", message: err instanceof AppError ? err.message : "replay failed" });
      }
    }
    const remaining = Number((await this.db.prepare("SELECT COUNT(*) AS n FROM dead_letters WHERE status = 'dead' AND queue != 'none'").first<{ n: number }>())?.n ?? 0);
    return { replayed, failed, remaining };
  }

  /** Deletes a dead letter. Throws `not_found`. */
  async discard(id: string): Promise<void> {
    const result = await this.db.prepare("DELETE FROM dead_letters WHERE id = ?").bind(id).run();
    if (result.meta.changes === 0) throw new AppError("not_found", "no such dead letter");
  }
}
