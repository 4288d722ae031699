/** A complete benchmark result with chosen figures, for the report tests. */
import type { LedgerSummary } from "../../../bench/lib/counting.js";
import type { BenchResults, ConnectionRun, LatencyRun, ThroughputRun } from "../../../bench/lib/results.js";
import { distribution, summarize } from "../../../bench/lib/stats.js";

export const cleanLedger = (n: number): LedgerSummary => ({ expected: n, delivered: n, lost: 0, duplicates: 0, unexpected: 0, outOfOrder: 0, lostSample: [] });

/** Latency samples 1..100 scaled, so p50 = 50·scale and p99 = 99·scale. */
const samples = (scale: number) => Array.from({ length: 100 }, (_, i) => (i + 1) * scale);

export function latency(label: string, scale: number): LatencyRun {
  return {
    label,
    messages: 100,
    ack: summarize(samples(scale / 2)),
    receive: summarize(samples(scale)),
    ackDist: distribution(samples(scale / 2)),
    receiveDist: distribution(samples(scale)),
    ledger: cleanLedger(100),
    failed: 0,
    errors: [],
  };
}

export function throughput(label: string, perSec: number, ledger: LedgerSummary = cleanLedger(1000)): ThroughputRun {
  return {
    label,
    streams: 50,
    receiversPerStream: 1,
    window: 10,
    sent: 1000,
    acked: 1000,
    failed: 0,
    delivered: 1000,
    deliveriesPerSec: perSec,
    acksPerSec: perSec,
    elapsedMs: 1000,
    deliveryLatency: summarize(samples(1)),
    deliveryDist: distribution(samples(1)),
    ledger,
    serverCpuPerDeliveryMs: 0.2,
    errors: [],
  };
}

export function connections(label: string, kib: number): ConnectionRun {
  return {
    label,
    count: 1000,
    opened: 1000,
    failed: 0,
    connectTotalMs: 2000,
    connectsPerSec: 500,
    connect: summarize(samples(1)),
    rssBeforeBytes: 50 * 2 ** 20,
    rssConnectedBytes: 50 * 2 ** 20 + kib * 1024 * 1000,
    rssAfterBytes: 50 * 2 ** 20 + kib * 1024 * 1000,
    idleMs: 15_000,
    perConnectionKiB: kib,
    errors: [],
  };
}

export function fixture(): BenchResults {
  return {
    schema: 1,
    mode: "full",
    startedAt: "2026-11-26T12:00:00.000Z",
    finishedAt: "2026-11-26T12:10:00.000Z",
    durationMs: 600_000,
    machine: { hostname: "h", platform: "linux x64", kernel: "6", cpuModel: "Test CPU", cpus: 2, memoryBytes: 24 * 2 ** 30, loadAverageStart: [0.1, 0.2, 0.3], loadAverageEnd: [1, 1, 1], cpuBusyShare: 0.9 },
    versions: { node: "v20.20.2", wrangler: "4.86.0", workerd: "1.20260426.1" },
    git: { commit: "0123456789abcdef", branch: "main", dirty: false },
    notes: ["a note <with> markup"],
    workloads: {
      // W1: IMServer p99 receive 99 × 2 = 198 ms against 99 × 1: ratio 2 (met, ≤ 3).
      W1: {
        status: "ok",
        data: { imserver: latency("IMServer", 2), imserverBinary: latency("IMServer binary", 2), ceilingStore: latency("ceiling (c)", 1), ceilingEcho: latency("ceiling (a)", 0.1), ceilingTopology: latency("ceiling (d)", 1.5) },
      },
      // W2: 400 against 1,000: ratio 0.4 (missed, ≥ 0.5), and one duplicate.
      W2: { status: "ok", data: { imserver: throughput("IMServer", 400, { ...cleanLedger(1000), duplicates: 1 }), ceilingStore: throughput("ceiling (c)", 1000), ceilingTopology: throughput("ceiling (d)", 800) } },
      W3: {
        status: "ok",
        data: {
          runs: [
            { members: 100, messages: 1000, imserver: { status: "not_available", reason: "404" }, ceilingTopology: throughput("(d)", 10_000), ceilingStore: throughput("(c)", 50_000), ceilingBroadcast: throughput("(b)", 60_000) },
            { members: 1000, messages: 100, imserver: { status: "ok", data: throughput("IMServer", 7_000) }, ceilingTopology: throughput("(d)", 10_000), ceilingStore: throughput("(c)", 40_000), ceilingBroadcast: throughput("(b)", 45_000) },
          ],
        },
      },
      W4: { status: "ok", data: { runs: [{ count: 1000, imserver: connections("IMServer", 300), ceilingMembers: connections("members", 250), ceilingRoom: connections("room", 100) }] } },
      W5: { status: "not_available", reason: "no bridge" },
      W6: {
        status: "ok",
        data: {
          imserver: { label: "IMServer", messages: 10_000, syncedMs: 3_500, connectMs: 5, pages: 50, ledger: cleanLedger(10_000) },
          ceiling: { label: "ceiling", messages: 10_000, syncedMs: 500, connectMs: 1, pages: 50, ledger: cleanLedger(10_000) },
        },
      },
    },
  };
}
