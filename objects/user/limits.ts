/**
 * Exact per-user limits, counted in the user's own UserDO (so every device and every
 * location of the user shares them):
 *  - operations from sockets: `send` against messages/s with a burst, everything else
 *    (except ping/pong) against operations/s with a burst. In memory: after hibernation
 *    (10 s idle) a bucket would be full again anyway.
 *  - quotas over long windows (group creations per day), persisted in SQLite.
 * A refusal is `rate_limited` with `retryAfterMs`.
 */
import { AppError } from "../../shared/errors.js";
import { TokenBucket, type BucketState } from "../../shared/token-bucket.js";
import type { Config } from "../../workers/config.js";

/** Consecutive refusals after which a flooding socket is closed (1008). */
export const FLOOD_STRIKES = 100;

const FREE_OPS = new Set(["ping", "pong"]);

export class OpLimiter {
  private readonly msgs: TokenBucket;
  private readonly ops: TokenBucket;
  private strikes = 0;

  constructor(limits: Config["limits"], now: number) {
    this.msgs = new TokenBucket(limits.msgsPerSec, limits.msgsBurst, now);
    this.ops = new TokenBucket(limits.opsPerSec, limits.opsBurst, now);
  }

  /** Charges one operation; throws `rate_limited` when its bucket is empty. */
  charge(op: string, now: number): void {
    if (FREE_OPS.has(op)) return;
    const [bucket, what] = op === "send" ? [this.msgs, "messages"] : [this.ops, "operations"];
    const took = bucket.take(now);
    if (took.ok) {
      this.strikes = 0;
      return;
    }
    this.strikes += 1;
    throw new AppError("rate_limited", `too many ${what}: at most ${bucket.ratePerSec}/s (burst ${bucket.burst})`, took.retryAfterMs);
  }

  /** True once refusals keep coming without a pause: the socket should be closed. */
  get flooding(): boolean {
    return this.strikes >= FLOOD_STRIKES;
  }
}

/** Long-window quotas by name. */
export const QUOTAS = {
  /** Group creations per user per day (the groups feature calls consumeQuota). */
  group_create: (limits: Config["limits"]) => ({ perDay: limits.groupsPerDay }),
} as const;
export type QuotaName = keyof typeof QUOTAS;

export function isQuotaName(name: string): name is QuotaName {
  return Object.hasOwn(QUOTAS, name);
}

export class Quotas {
  constructor(
    private readonly sql: SqlStorage,
    private readonly limits: Config["limits"],
  ) {
    sql.exec(`CREATE TABLE IF NOT EXISTS quotas (
      name TEXT PRIMARY KEY,
      tokens REAL NOT NULL,
      at INTEGER NOT NULL
    )`);
  }

  /**
   * Takes `cost` from the quota: a bucket of `perDay` tokens refilling over a day, so the
   * limit holds for any 24-hour window and unused allowance does not pile up past a day's.
   * Throws `rate_limited` with the wait until enough has refilled.
   */
  consume(name: QuotaName, cost: number, now: number): { remaining: number } {
    const { perDay } = QUOTAS[name](this.limits);
    const row = this.sql.exec<{ tokens: number; at: number }>("SELECT tokens, at FROM quotas WHERE name = ?", name).toArray()[0];
    const state: BucketState | undefined = row ? { tokens: row.tokens, at: row.at } : undefined;
    const bucket = new TokenBucket(perDay / 86_400, perDay, now, state);
    const took = bucket.take(now, cost);
    if (!took.ok) throw new AppError("rate_limited", `${name.replace("_", " ")} limit reached: at most ${perDay} per day`, took.retryAfterMs);
    const next = bucket.snapshot;
    this.sql.exec("INSERT INTO quotas (name, tokens, at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET tokens = excluded.tokens, at = excluded.at", name, next.tokens, next.at);
    return { remaining: took.remaining };
  }
}
