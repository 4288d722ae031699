import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backoffDelay, backoffOptions, DEFAULT_BACKOFF } from "../../sdk/src/backoff.js";

describe("reconnect backoff", () => {
  it("grows exponentially from the minimum to the cap", () => {
    const o = { ...DEFAULT_BACKOFF, jitter: 0 };
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n, o))).toEqual([500, 1000, 2000, 4000, 8000, 16000, 20000, 20000]);
  });

  it("jitters downwards only, by at most the jitter fraction", () => {
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 0)).toBe(2000);
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 1)).toBe(1400);
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 0.5)).toBe(1700);
  });

  it("stays within [ceiling·(1-jitter), ceiling] and never above the cap, for any attempt and random draw", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, r, jitter) => {
        const o = { ...DEFAULT_BACKOFF, jitter };
        const ceiling = Math.min(o.maxDelayMs, o.minDelayMs * 2 ** (attempt - 1));
        const d = backoffDelay(attempt, o, () => r);
        expect(d).toBeLessThanOrEqual(o.maxDelayMs);
        expect(d).toBeLessThanOrEqual(ceiling);
        expect(d).toBeGreaterThanOrEqual(Math.floor(ceiling * (1 - jitter)));
      }),
    );
  });

  it("spreads a fleet of clients: 1,000 first retries are not one instant", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const delays = new Set(Array.from({ length: 1000 }, () => backoffDelay(6, DEFAULT_BACKOFF, random)));
    expect(delays.size).toBeGreaterThan(500);
  });

  it("rejects nonsense options", () => {
    expect(() => backoffOptions({ minDelayMs: 10, maxDelayMs: 5 })).toThrow(RangeError);
    expect(() => backoffOptions({ jitter: 2 })).toThrow(RangeError);
    expect(() => backoffOptions({ factor: 0.5 })).toThrow(RangeError);
    expect(backoffOptions({ maxDelayMs: 60_000 })).toMatchObject({ minDelayMs: 500, maxDelayMs: 60_000 });
  });
});
