/**
 * Account lockout: failed logins are counted per account name in D1 (one global count, not
 * per location). After `loginMaxFailures` failures within the window the name is locked for
 * `loginLockoutMs`: every login, even with the right password, gets `rate_limited` (429)
 * with Retry-After until it lifts. A success clears the count. Names that do not exist are
 * counted the same way, so the lockout does not reveal which names are registered.
 */
import { AppError } from "../../shared/errors.js";
import type { Config } from "../config.js";
import { METRICS } from "../observability/catalog.js";

interface FailureRow {
  failures: number;
  window_started_at: number;
  locked_until: number | null;
}

export class LoginGuard {
  constructor(
    private readonly db: D1Database,
    private readonly limits: Config["limits"],
  ) {}

  /** Throws `rate_limited` while the name is locked. Returns whether failures are on record. */
  async check(username: string, now = Date.now()): Promise<boolean> {
    const row = await this.db.prepare("SELECT failures, window_started_at, locked_until FROM login_failures WHERE username_key = ?").bind(key(username)).first<FailureRow>();
    if (row?.locked_until && row.locked_until > now) {
      METRICS.authFailures.inc({ reason: "locked" });
      throw new AppError("rate_limited", "too many failed logins for this account; try again later", row.locked_until - now);
    }
    return row !== null;
  }

  /**
   * Records a failure atomically (one statement; SQLite evaluates every SET expression on
   * the old row). At the threshold the name is locked and its count starts over, so after
   * the lockout the account gets a full set of attempts again.
   */
  async failed(username: string, now = Date.now()): Promise<void> {
    METRICS.authFailures.inc({ reason: "bad_credentials" });
    const windowStart = now - this.limits.loginFailureWindowMs;
    await this.db
      .prepare(
        `INSERT INTO login_failures (username_key, failures, window_started_at, locked_until)
         VALUES (?1, CASE WHEN 1 >= ?3 THEN 0 ELSE 1 END, ?2, CASE WHEN 1 >= ?3 THEN ?4 END)
         ON CONFLICT (username_key) DO UPDATE SET
           failures = CASE WHEN (CASE WHEN window_started_at <= ?5 THEN 1 ELSE failures + 1 END) >= ?3 THEN 0
                           ELSE (CASE WHEN window_started_at <= ?5 THEN 1 ELSE failures + 1 END) END,
           locked_until = CASE WHEN (CASE WHEN window_started_at <= ?5 THEN 1 ELSE failures + 1 END) >= ?3 THEN ?4 ELSE locked_until END,
           window_started_at = CASE WHEN window_started_at <= ?5
                                      OR (CASE WHEN window_started_at <= ?5 THEN 1 ELSE failures + 1 END) >= ?3 THEN ?2
                                    ELSE window_started_at END`,
      )
      .bind(key(username), now, this.limits.loginMaxFailures, now + this.limits.loginLockoutMs, windowStart)
      .run();
  }

  async succeeded(username: string): Promise<void> {
    await this.db.prepare("DELETE FROM login_failures WHERE username_key = ?").bind(key(username)).run();
  }
}

const key = (username: string) => username.toLowerCase();
