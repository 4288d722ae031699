/** Retry delays: exponential from `baseMs`, capped, with "equal jitter" (half fixed, half random). */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DELIVERY_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000 };

/** Delay before retry number `attempt` (1 = first retry). `random` is injectable for tests. */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + (random() * exp) / 2);
}
