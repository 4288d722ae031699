/**
 * Time and timers, injectable so the state machine, heartbeats, backoff and outbox are
 * tested deterministically (test/sdk uses a manual clock; no real waiting).
 */
export type TimerHandle = unknown;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/**
 * The platform's timers. In Node they keep the process alive while the client works (a
 * script awaiting `connect()` through a backoff must not just exit); `close()` clears them.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};
