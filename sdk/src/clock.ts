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

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms) as unknown as { unref?: () => void };
    // In Node, a pending reconnect or heartbeat must not keep a finished script alive.
    if (typeof handle === "object" && handle !== null && typeof handle.unref === "function") handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};
