/**
 * W2 1:1 throughput: N pairs, each sender keeping up to `window` messages in flight;
 * delivered messages/s, with loss and duplicates counted per receiver by seq. Ceiling: (c)
 * over the same number of objects (one room per pair, two sockets each), the target; (d)
 * (per pair a sequencer and two member objects, IMServer's topology) beside. Each pair first
 * sends a few unmeasured messages (object creation is not measured), then IMServer and the
 * ceiling run in interleaved time slices adding up to the duration.
 */
import { mapLimit } from "../lib/concurrency.js";
import { CeilingSocket } from "../lib/ceiling-client.js";
import { interleave, warmUp, type Stream } from "../lib/drive.js";
import { connectIm, type Endpoint, type ImConn, type Transport } from "../lib/im-client.js";
import { throughputRun, type W2Data } from "../lib/results.js";
import { ceilingStream, imStream } from "../lib/streams.js";
import type { BenchContext } from "./context.js";
import { variant, windowed } from "./variants.js";
import { setGroup } from "./w1-latency.js";

/** Unmeasured messages per pair before the measured run. */
export const WARM_MESSAGES = 3;

export async function runW2(ctx: BenchContext): Promise<W2Data> {
  const { pairs, window, durationMs, drainMs, slices } = ctx.profile.w2;
  const im = await openImPairs(ctx, "ws-json", pairs);
  const ceiling = await openCeilingPairs(ctx, pairs);
  const topology = await openTopologyPairs(ctx, pairs);
  try {
    for (const open of [im, ceiling, topology]) await warmUp(open.make("warm"), WARM_MESSAGES);
    const options = windowed(window, durationMs / slices, drainMs);
    const ceilingPid = () => ctx.ceiling.pid;
    const r = await interleave(
      [variant("imserver", im.make, options, () => ctx.im.pid), variant("ceiling", ceiling.make, options, ceilingPid), variant("topology", topology.make, options, ceilingPid)],
      slices,
    );
    return {
      imserver: throughputRun("IMServer (WebSocket JSON)", r.imserver, 1, window),
      ceilingStore: throughputRun(`ceiling (c) insert + broadcast, ${pairs} objects`, r.ceiling, 1, window),
      ceilingTopology: throughputRun(`ceiling (d) sequencer + 2 member objects, ${pairs} pairs`, r.topology, 1, window),
    };
  } finally {
    im.close();
    ceiling.close();
    topology.close();
  }
}

export interface OpenPairs {
  /** The pairs' streams for one tag (slice or warm-up). */
  make(tag: string): Stream[];
  close(): void;
}

/** N connected IMServer 1:1 pairs over one transport (also used by W5). */
export async function openImPairs(ctx: BenchContext, transport: Transport, pairs: number, endpoint: Endpoint = { wsUrl: ctx.im.wsUrl }): Promise<OpenPairs> {
  const users = await ctx.pool.take(pairs * 2);
  const conns: ImConn[] = await mapLimit(users, 20, (u) => connectIm(endpoint, transport, u.token, "bench"));
  return {
    make: (tag) => Array.from({ length: pairs }, (_, p) => imStream(conns[2 * p]!, [conns[2 * p + 1]!], { to: users[2 * p + 1]!.id }, `w2-${transport}-${tag}-${p}`)),
    close: () => conns.forEach((c) => c.close()),
  };
}

async function openTopologyPairs(ctx: BenchContext, pairs: number): Promise<OpenPairs> {
  const sockets: CeilingSocket[][] = await mapLimit(
    Array.from({ length: pairs }, (_, p) => `w2d-${ctx.runId}-${p}`),
    10,
    async (group) => {
      const members = [`${group}-a`, `${group}-b`];
      await setGroup(ctx.ceiling.url, group, members);
      return Promise.all(members.map((m) => CeilingSocket.connect(ctx.ceiling.wsUrl, `/member/${m}?group=${group}&member=${m}`)));
    },
  );
  return {
    make: () => sockets.map(([a, b]) => ceilingStream(a!, [b!], "g")),
    close: () => sockets.flat().forEach((s) => s.close()),
  };
}

async function openCeilingPairs(ctx: BenchContext, pairs: number): Promise<OpenPairs> {
  const rooms = Array.from({ length: pairs }, (_, p) => `/room/w2c-${ctx.runId}-${p}`);
  const sockets = await mapLimit([...rooms, ...rooms], 20, (path) => CeilingSocket.connect(ctx.ceiling.wsUrl, path));
  return {
    make: () => rooms.map((_, p) => ceilingStream(sockets[p]!, [sockets[pairs + p]!], "s")),
    close: () => sockets.forEach((s) => s.close()),
  };
}
