/**
 * Percentile maths for the benchmark. Percentiles use the nearest-rank method: the p-th
 * percentile of n samples is the smallest sample with at least p % of the samples at or
 * below it (rank ⌈p·n/100⌉). It always returns a value that was observed, never an
 * interpolation, so a p99 of 2,000 samples is the 1,980th smallest.
 */

export interface LatencySummary {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

/** Percentiles drawn in the chart (the x axis of the distribution plot). */
export const DISTRIBUTION_POINTS = [0, 10, 25, 50, 75, 90, 95, 99, 99.9, 100] as const;

/** A latency distribution as [percentile, value] pairs at DISTRIBUTION_POINTS. */
export type Distribution = Array<[number, number]>;

/** Nearest-rank percentile of samples sorted ascending. p in [0, 100]; p = 0 gives the minimum. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError("percentile of no samples");
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0..100`);
  // The small epsilon keeps p·n/100 exact when floating point lands just above an integer.
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100 - 1e-9));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

const ascending = (a: number, b: number) => a - b;

/** Count, mean and the usual percentiles. Undefined for no samples. */
export function summarize(samples: readonly number[]): LatencySummary | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort(ascending);
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    count: sorted.length,
    min: sorted[0]!,
    mean: sum / sorted.length,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    p999: percentile(sorted, 99.9),
    max: sorted[sorted.length - 1]!,
  };
}

/** The distribution at DISTRIBUTION_POINTS, for the chart. Empty for no samples. */
export function distribution(samples: readonly number[]): Distribution {
  if (samples.length === 0) return [];
  const sorted = [...samples].sort(ascending);
  return DISTRIBUTION_POINTS.map((p) => [p, percentile(sorted, p)]);
}

/** Events per second over an interval in milliseconds (0 when the interval is empty). */
export function ratePerSecond(events: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (events * 1000) / elapsedMs : 0;
}

/** Rounds for reports: 3 significant digits below 100, integers above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  if (Math.abs(value) >= 100) return Math.round(value);
  return Number(value.toPrecision(3));
}
