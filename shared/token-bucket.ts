/**
 * A token bucket: `ratePerSec` tokens refill continuously up to `burst`; each action takes
 * one (or `cost`). Pure (time is passed in), so it runs in a Durable Object's memory, is
 * persisted as two numbers, and is unit-tested without timers.
 */
export interface BucketState {
  tokens: number;
  /** Epoch ms of the last refill. */
  at: number;
}

export type Take = { ok: true; remaining: number } | { ok: false; retryAfterMs: number };

export class TokenBucket {
  private state: BucketState;

  constructor(
    readonly ratePerSec: number,
    readonly burst: number,
    now: number,
    state?: BucketState,
  ) {
    this.state = state ?? { tokens: burst, at: now };
  }

  get snapshot(): BucketState {
    return { ...this.state };
  }

  /** Takes `cost` tokens if available; otherwise says when they will be. */
  take(now: number, cost = 1): Take {
    this.refill(now);
    if (this.state.tokens >= cost) {
      this.state.tokens -= cost;
      return { ok: true, remaining: Math.floor(this.state.tokens) };
    }
    if (cost > this.burst) return { ok: false, retryAfterMs: Number.MAX_SAFE_INTEGER };
    return { ok: false, retryAfterMs: Math.max(1, Math.ceil(((cost - this.state.tokens) / this.ratePerSec) * 1000)) };
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.state.at);
    this.state = { tokens: Math.min(this.burst, this.state.tokens + (elapsed / 1000) * this.ratePerSec), at: Math.max(now, this.state.at) };
  }
}
