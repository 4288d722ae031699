/**
 * W5 the TCP bridge: W1 (sequential latency) and W2 (pairs throughput) through the bridge
 * over TCP against the same workloads over WebSocket with binary frames (the frames the
 * bridge relays), same run, same server. Both users of a pair use the transport measured,
 * so a message crosses the bridge twice.
 */
import { startBridge } from "../lib/bridge.js";
import type { Outcome, W5Data } from "../lib/results.js";
import type { BenchContext } from "./context.js";
import { imLatency } from "./w1-latency.js";
import { imPairs } from "./w2-throughput.js";

export async function runW5(ctx: BenchContext, logFile: string): Promise<Outcome<W5Data>> {
  const started = await startBridge(ctx.im.wsUrl, logFile);
  if (started.status !== "ok") return started;
  const bridge = started.data;
  ctx.log(`W5: bridge ${bridge.entry} on ${bridge.host}:${bridge.port}`);
  try {
    const p = ctx.profile.w5;
    const endpoint = { wsUrl: ctx.im.wsUrl, tcp: { host: bridge.host, port: bridge.port } };
    const seq = { window: 1, maxMessages: p.messages + p.warmup, durationMs: ctx.profile.w1.capMs, waitForDelivery: true, warmup: p.warmup, drainMs: 5_000 };
    const ws = await imLatency(ctx, "ws-binary", "IMServer WebSocket (binary)", seq, endpoint);
    const tcp = await imLatency(ctx, "tcp", "IMServer TCP via the bridge", seq, endpoint);
    const load = { pairs: p.pairs, window: p.window, durationMs: p.durationMs, drainMs: 10_000 };
    const wsThroughput = await imPairs(ctx, "ws-binary", "IMServer WebSocket (binary)", load, endpoint);
    const tcpThroughput = await imPairs(ctx, "tcp", "IMServer TCP via the bridge", load, endpoint);
    return { status: "ok", data: { latency: { ws, tcp }, throughput: { ws: wsThroughput, tcp: tcpThroughput } } };
  } finally {
    await bridge.stop();
  }
}
