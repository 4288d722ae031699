/** The benchmark's percentile maths (nearest rank) and summaries. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distribution, DISTRIBUTION_POINTS, percentile, ratePerSecond, summarize } from "../../../bench/lib/stats.js";

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("percentile (nearest rank)", () => {
  it("picks the ⌈p·n/100⌉-th smallest sample", () => {
    const hundred = range(100);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 99.9)).toBe(100);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile(range(2_000), 99)).toBe(1_980);
    expect(percentile(range(2_000), 99.9)).toBe(1_998);
    expect(percentile(range(10), 95)).toBe(10);
    expect(percentile(range(10), 90)).toBe(9);
    expect(percentile([7], 50)).toBe(7);
  });

  it("is exact where p·n/100 is an integer despite floating point (e.g. 0.29 × 100)", () => {
    // 29 * 100 / 100 computes as 28.999999999999996 or 29.000000000000004 depending on order.
    expect(percentile(range(100), 29)).toBe(29);
    expect(percentile(range(1_000), 57)).toBe(570);
  });

  it("refuses an empty sample and a percentile outside 0..100", () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it("always returns an observed sample with at least p % of samples at or below it, and is monotonic in p", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 100, noNaN: true }), (xs, p) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const v = percentile(sorted, p);
        expect(sorted).toContain(v);
        expect(sorted.filter((x) => x <= v).length / sorted.length).toBeGreaterThanOrEqual(p / 100 - 1e-9);
        // No smaller observed value would do.
        const smaller = sorted.filter((x) => x < v);
        expect(smaller.length / sorted.length).toBeLessThan(p / 100 + 1e-9);
        expect(percentile(sorted, Math.min(100, p + 1))).toBeGreaterThanOrEqual(v);
      }),
    );
  });
});

describe("summarize and distribution", () => {
  it("summarizes unsorted samples without changing them", () => {
    const samples = [5, 1, 4, 2, 3];
    const s = summarize(samples)!;
    expect(samples).toEqual([5, 1, 4, 2, 3]);
    expect(s).toMatchObject({ count: 5, min: 1, max: 5, mean: 3, p50: 3, p90: 5, p99: 5 });
  });

  it("is undefined for no samples, and the distribution empty", () => {
    expect(summarize([])).toBeUndefined();
    expect(distribution([])).toEqual([]);
  });

  it("gives one point per chart percentile, min and max at the ends", () => {
    const d = distribution(range(1_000).reverse());
    expect(d.map(([p]) => p)).toEqual([...DISTRIBUTION_POINTS]);
    expect(d[0]).toEqual([0, 1]);
    expect(d[d.length - 1]).toEqual([100, 1_000]);
    expect(d.find(([p]) => p === 99)).toEqual([99, 990]);
  });

  it("computes rates per second and 0 for an empty interval", () => {
    expect(ratePerSecond(500, 250)).toBe(2_000);
    expect(ratePerSecond(10, 0)).toBe(0);
  });
});
