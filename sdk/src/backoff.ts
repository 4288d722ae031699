/**
 * Reconnect delays: exponential with a cap and downward jitter, so a fleet of clients
 * dropped at the same moment (a deploy, a restart) spreads its reconnects instead of
 * arriving together. Pure: `random` is injectable.
 */
export interface BackoffOptions {
  /** Delay before the first retry. */
  minDelayMs: number;
  /** Largest delay. */
  maxDelayMs: number;
  /** Growth per attempt. */
  factor: number;
  /** Fraction of the delay that is random (0..1): the delay lies in [d·(1-jitter), d]. */
  jitter: number;
  /** A connection must stay up this long before the attempt counter resets. */
  minUptimeMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  minDelayMs: 500,
  maxDelayMs: 20_000,
  factor: 2,
  jitter: 0.3,
  minUptimeMs: 5_000,
};

/** Delay before retry number `attempt` (1 = the first retry). */
export function backoffDelay(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(attempt));
  const ceiling = Math.min(options.maxDelayMs, options.minDelayMs * options.factor ** (n - 1));
  const jitter = Math.min(1, Math.max(0, options.jitter));
  // Jitter only downwards: the cap stays a real cap and delays never cluster on it.
  return Math.max(0, Math.round(ceiling * (1 - jitter * random())));
}

/** Validates user-supplied options, filling defaults. Throws RangeError on nonsense. */
export function backoffOptions(partial: Partial<BackoffOptions> = {}): BackoffOptions {
  const o = { ...DEFAULT_BACKOFF, ...partial };
  if (!(o.minDelayMs >= 0) || !(o.maxDelayMs >= o.minDelayMs)) throw new RangeError("backoff: need 0 <= minDelayMs <= maxDelayMs");
  if (!(o.factor >= 1)) throw new RangeError("backoff: factor must be >= 1");
  if (!(o.jitter >= 0 && o.jitter <= 1)) throw new RangeError("backoff: jitter must be within 0..1");
  if (!(o.minUptimeMs >= 0)) throw new RangeError("backoff: minUptimeMs must be >= 0");
  return o;
}
