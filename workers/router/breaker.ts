/**
 * Circuit breakers, one per target object. After `failureThreshold` consecutive failures
 * (timeouts, platform errors, `internal`/`unavailable` results) the circuit opens and calls
 * fail fast with `unavailable` + retry-after; after `cooldownMs` one probe call is let
 * through (half-open): success closes the circuit, failure opens it again.
 * Pure: time is passed in, so transitions are unit-tested without timers.
 */
export type CircuitState = "closed" | "open" | "half_open";

export interface BreakerOptions {
  failureThreshold: number;
  cooldownMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { failureThreshold: 5, cooldownMs: 5_000 };

export class CircuitBreaker {
  private current: CircuitState = "closed";
  private failures = 0;
  private openedAt = 0;
  private probing = false;

  constructor(
    private readonly options: BreakerOptions = DEFAULT_BREAKER,
    private readonly onTransition: (from: CircuitState, to: CircuitState) => void = () => {},
  ) {}

  get state(): CircuitState {
    return this.current;
  }

  /** Whether a call may go out now. In half-open state only one probe at a time. */
  allow(now: number): boolean {
    if (this.current === "closed") return true;
    if (this.current === "open") {
      if (now - this.openedAt < this.options.cooldownMs) return false;
      this.move("half_open");
    }
    if (this.probing) return false;
    this.probing = true;
    return true;
  }

  /** How long until a call could be let through again. */
  retryAfterMs(now: number): number {
    if (this.current !== "open") return 0;
    return Math.max(0, this.options.cooldownMs - (now - this.openedAt));
  }

  success(): void {
    this.failures = 0;
    this.probing = false;
    if (this.current !== "closed") this.move("closed");
  }

  failure(now: number): void {
    this.probing = false;
    this.failures += 1;
    if (this.current === "half_open" || (this.current === "closed" && this.failures >= this.options.failureThreshold)) {
      this.openedAt = now;
      this.move("open");
    }
  }

  private move(to: CircuitState): void {
    const from = this.current;
    this.current = to;
    this.onTransition(from, to);
  }
}

/**
 * The breakers of one isolate, keyed by target (`service:objectName`), least recently used
 * first out past `capacity` so a stream of distinct targets cannot grow memory.
 */
export class BreakerSet {
  private readonly breakers = new Map<string, { breaker: CircuitBreaker; service: string }>();

  constructor(
    private readonly options: BreakerOptions = DEFAULT_BREAKER,
    private readonly onTransition: (service: string, from: CircuitState, to: CircuitState) => void = () => {},
    private readonly capacity = 2_048,
  ) {}

  get(service: string, key: string): CircuitBreaker {
    const id = `${service}:${key}`;
    let entry = this.breakers.get(id);
    if (entry) {
      this.breakers.delete(id);
    } else {
      entry = { breaker: new CircuitBreaker(this.options, (from, to) => this.onTransition(service, from, to)), service };
      if (this.breakers.size >= this.capacity) this.evict();
    }
    this.breakers.set(id, entry);
    return entry.breaker;
  }

  /** Breakers not closed, by service. */
  openCount(service: string): number {
    let n = 0;
    for (const e of this.breakers.values()) if (e.service === service && e.breaker.state !== "closed") n++;
    return n;
  }

  get size(): number {
    return this.breakers.size;
  }

  private evict(): void {
    // Prefer dropping a closed breaker (it holds no information worth keeping).
    for (const [id, e] of this.breakers) {
      if (e.breaker.state === "closed") {
        this.breakers.delete(id);
        return;
      }
    }
    const oldest = this.breakers.keys().next();
    if (!oldest.done) {
      const e = this.breakers.get(oldest.value)!;
      this.breakers.delete(oldest.value);
      if (e.breaker.state !== "closed") this.onTransition(e.service, e.breaker.state, "closed");
    }
  }
}
