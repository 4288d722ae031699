/** The shape of a benchmark run as written to bench/results/*.json. */
import type { LedgerSummary } from "./counting.js";
import type { DriveResult } from "./drive.js";
import type { WorkloadId } from "./profile.js";
import { distribution, ratePerSecond, summarize, type Distribution, type LatencySummary } from "./stats.js";

export type Outcome<T> = { status: "ok"; data: T } | { status: "not_available"; reason: string } | { status: "failed"; error: string };

/** A sequential latency run (W1, W5). */
export interface LatencyRun {
  label: string;
  messages: number;
  ack: LatencySummary | undefined;
  receive: LatencySummary | undefined;
  ackDist: Distribution;
  receiveDist: Distribution;
  ledger: LedgerSummary;
  failed: number;
  errors: string[];
}

/** A windowed throughput run (W2, W3, W5). */
export interface ThroughputRun {
  label: string;
  streams: number;
  receiversPerStream: number;
  window: number;
  sent: number;
  acked: number;
  failed: number;
  /** First-time deliveries (to every receiver). */
  delivered: number;
  deliveriesPerSec: number;
  acksPerSec: number;
  elapsedMs: number;
  deliveryLatency: LatencySummary | undefined;
  deliveryDist: Distribution;
  ledger: LedgerSummary;
  /** CPU time the server's workerd process used during the run, per delivery (ms); less sensitive to a busy machine than rates. */
  serverCpuPerDeliveryMs: number | undefined;
  errors: string[];
}

export interface W1Data {
  imserver: LatencyRun;
  imserverBinary: LatencyRun;
  /** (c) one object, two sockets, insert + broadcast: the target's ceiling. */
  ceilingStore: LatencyRun;
  /** (a) echo on one socket. */
  ceilingEcho: LatencyRun;
  /** (d) sequencer + one member object per socket. */
  ceilingTopology: LatencyRun;
}

export interface W2Data {
  imserver: ThroughputRun;
  /** (c) one object per pair: the target's ceiling. */
  ceilingStore: ThroughputRun;
  /** (d) per pair a sequencer and two member objects: IMServer's topology with nothing else. */
  ceilingTopology: ThroughputRun;
}

export interface W3Run {
  members: number;
  messages: number;
  imserver: Outcome<ThroughputRun>;
  ceilingTopology: ThroughputRun;
  ceilingStore: ThroughputRun;
  /** (b) one object broadcasting, no insert: the floor under (c). */
  ceilingBroadcast: ThroughputRun;
}

export interface W3Data {
  runs: W3Run[];
}

export interface ConnectionRun {
  label: string;
  count: number;
  opened: number;
  failed: number;
  connectTotalMs: number;
  connectsPerSec: number;
  connect: LatencySummary | undefined;
  rssBeforeBytes: number | undefined;
  /** Right after every socket was open (and a short settle). */
  rssConnectedBytes: number | undefined;
  /** After the sockets sat idle for `idleMs` (hibernated), or the connected reading when idleMs is 0. */
  rssAfterBytes: number | undefined;
  idleMs: number;
  /** (after − before) / opened, in KiB. */
  perConnectionKiB: number | undefined;
  errors: string[];
}

export interface W4Run {
  count: number;
  imserver: ConnectionRun;
  /** One member object per socket, as IMServer's one UserDO per user: the target's ceiling. */
  ceilingMembers: ConnectionRun;
  /** Every socket in one object. */
  ceilingRoom: ConnectionRun;
}

export interface W4Data {
  runs: W4Run[];
}

export interface W5Data {
  latency: { ws: LatencyRun; tcp: LatencyRun };
  throughput: { ws: ThroughputRun; tcp: ThroughputRun };
}

export interface CatchUpRun {
  label: string;
  messages: number;
  /** Reconnect start → every missed message held. */
  syncedMs: number;
  connectMs: number;
  pages: number;
  ledger: LedgerSummary;
}

export interface W6Data {
  imserver: CatchUpRun;
  /** Reading the same number of rows from one object's SQLite over one socket, in pages of the same size. */
  ceiling: CatchUpRun;
}

export interface WorkloadData {
  W1: W1Data;
  W2: W2Data;
  W3: W3Data;
  W4: W4Data;
  W5: W5Data;
  W6: W6Data;
}

export interface MachineInfo {
  hostname: string;
  platform: string;
  kernel: string;
  cpuModel: string;
  cpus: number;
  memoryBytes: number;
  loadAverageStart: number[];
  loadAverageEnd: number[];
  /** Share of the whole machine's CPU time that was busy during the run (0–1), this run included. */
  cpuBusyShare: number | undefined;
}

export interface BenchResults {
  schema: 1;
  mode: "full" | "quick";
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  machine: MachineInfo;
  versions: Record<string, string>;
  git: { commit: string; branch: string; dirty: boolean };
  /** What affects reading the figures (noisy machine, overrides). */
  notes: string[];
  workloads: { [K in WorkloadId]?: Outcome<WorkloadData[K]> };
}

/** A LatencyRun from a sequential drive. */
export function latencyRun(label: string, r: DriveResult): LatencyRun {
  return {
    label,
    messages: r.acked,
    ack: summarize(r.ackLatencyMs),
    receive: summarize(r.deliveryLatencyMs),
    ackDist: distribution(r.ackLatencyMs),
    receiveDist: distribution(r.deliveryLatencyMs),
    ledger: r.ledger,
    failed: r.failed,
    errors: r.errors,
  };
}

/** A ThroughputRun from a windowed drive (or the merged slices of one). */
export function throughputRun(label: string, r: DriveResult, receiversPerStream: number, window: number): ThroughputRun {
  return {
    label,
    streams: r.streams,
    receiversPerStream,
    window,
    sent: r.sent,
    acked: r.acked,
    failed: r.failed,
    delivered: r.deliveries,
    deliveriesPerSec: ratePerSecond(r.deliveries, r.deliveryElapsedMs),
    acksPerSec: ratePerSecond(r.acked, r.ackElapsedMs),
    elapsedMs: r.deliveryElapsedMs,
    deliveryLatency: summarize(r.deliveryLatencyMs),
    deliveryDist: distribution(r.deliveryLatencyMs),
    ledger: r.ledger,
    serverCpuPerDeliveryMs: r.serverCpuMs !== undefined && r.deliveries > 0 ? r.serverCpuMs / r.deliveries : undefined,
    errors: r.errors,
  };
}
