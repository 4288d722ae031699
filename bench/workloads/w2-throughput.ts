/**
 * W2 1:1 throughput: N pairs, each sender keeping up to `window` messages in flight for a
 * fixed time; delivered messages/s, with loss and duplicates counted per receiver by seq.
 * Ceiling: (c) over the same number of objects (one room per pair, two sockets each).
 * Every pair first sends a few unmeasured messages, so object creation is not measured.
 */
import { mapLimit } from "../lib/concurrency.js";
import { CeilingSocket } from "../lib/ceiling-client.js";
import { drive, warmUp, type DriveOptions } from "../lib/drive.js";
import { connectIm, type Endpoint, type ImConn, type Transport } from "../lib/im-client.js";
import { measuringCpu } from "../lib/proc.js";
import { throughputRun, type ThroughputRun, type W2Data } from "../lib/results.js";
import { ceilingStream, imStream } from "../lib/streams.js";
import type { BenchContext } from "./context.js";

export interface PairLoad {
  pairs: number;
  window: number;
  durationMs: number;
  drainMs: number;
}

/** Unmeasured messages per pair before the measured run. */
const WARM_MESSAGES = 3;

export async function runW2(ctx: BenchContext): Promise<W2Data> {
  const load = ctx.profile.w2;
  const imserver = await imPairs(ctx, "ws-json", "IMServer (WebSocket JSON)", load);
  const ceilingStore = await ceilingPairs(ctx, load);
  return { imserver, ceilingStore };
}

const windowed = (l: PairLoad): DriveOptions => ({ window: l.window, maxMessages: Number.MAX_SAFE_INTEGER, durationMs: l.durationMs, waitForDelivery: false, warmup: 0, drainMs: l.drainMs });

/** N IMServer 1:1 pairs over one transport (also used by W5). */
export async function imPairs(ctx: BenchContext, transport: Transport, label: string, load: PairLoad, endpoint: Endpoint = { wsUrl: ctx.im.wsUrl }): Promise<ThroughputRun> {
  const users = await ctx.pool.take(load.pairs * 2);
  const conns: ImConn[] = await mapLimit(users, 20, (u) => connectIm(endpoint, transport, u.token, "bench"));
  const streams = (phase: string) =>
    Array.from({ length: load.pairs }, (_, p) => imStream(conns[2 * p]!, [conns[2 * p + 1]!], { to: users[2 * p + 1]!.id }, `w2-${transport}-${phase}-${p}`));
  try {
    await warmUp(streams("warm"), WARM_MESSAGES);
    const { value, cpuMs } = await measuringCpu(ctx.im.pid, () => drive(streams("run"), windowed(load)));
    return throughputRun(label, value, 1, load.window, cpuMs);
  } finally {
    for (const c of conns) c.close();
  }
}

async function ceilingPairs(ctx: BenchContext, load: PairLoad): Promise<ThroughputRun> {
  const rooms = Array.from({ length: load.pairs }, (_, p) => `/room/w2c-${ctx.runId}-${p}`);
  const sockets = await mapLimit([...rooms, ...rooms], 20, (path) => CeilingSocket.connect(ctx.ceiling.wsUrl, path));
  const streams = () => rooms.map((_, p) => ceilingStream(sockets[p]!, [sockets[load.pairs + p]!], "s"));
  try {
    await warmUp(streams(), WARM_MESSAGES);
    const { value, cpuMs } = await measuringCpu(ctx.ceiling.pid, () => drive(streams(), windowed(load)));
    return throughputRun(`ceiling (c) insert + broadcast, ${load.pairs} objects`, value, 1, load.window, cpuMs);
  } finally {
    for (const s of sockets) s.close();
  }
}
