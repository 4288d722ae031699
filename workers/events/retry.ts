/**
 * Per-message retry for queue consumers: each failed message is retried on its own (never
 * the whole batch) after an exponential delay with jitter, and its failure reason is kept
 * by queue message id so the dead-letter consumer can store why it finally died.
 */
import { log } from "../../shared/log.js";

/** Longest delay between attempts (Queues allow up to 12 h). */
const MAX_DELAY_SECONDS = 3_600;

/** Delay before the next attempt after `attempts` tries: base·2^(attempts-1), jittered ±20 %. */
export function retryDelaySeconds(attempts: number, baseSeconds: number, random: () => number = Math.random): number {
  if (baseSeconds <= 0) return 0;
  const exp = Math.min(MAX_DELAY_SECONDS, baseSeconds * 2 ** Math.max(0, attempts - 1));
  return Math.max(1, Math.round(exp * (0.8 + random() * 0.4)));
}

/** Records why `message` failed and asks for a delayed retry. Never throws. */
export async function retryLater(db: D1Database, message: Message, reason: string, baseSeconds: number): Promise<void> {
  const delaySeconds = retryDelaySeconds(message.attempts, baseSeconds);
  try {
    await db
      .prepare(
        `INSERT INTO delivery_failures (message_id, reason, attempts, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (message_id) DO UPDATE SET reason = excluded.reason, attempts = excluded.attempts, updated_at = excluded.updated_at`,
      )
      .bind(message.id, reason.slice(0, 1_000), message.attempts, Date.now())
      .run();
  } catch (err) {
    log.warn("queue.failure_record_failed", { messageId: message.id, err });
  }
  message.retry({ delaySeconds });
}

/** Deletes failure records older than `maxAgeMs`. */
export async function pruneFailures(db: D1Database, maxAgeMs: number, now = Date.now()): Promise<number> {
  return (await db.prepare("DELETE FROM delivery_failures WHERE updated_at < ?").bind(now - maxAgeMs).run()).meta.changes;
}
