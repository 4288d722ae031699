/**
 * W5 the TCP bridge: W1 (sequential latency) and W2 (pairs throughput) through the bridge
 * over TCP against the same over WebSocket with binary frames (the frames the bridge
 * relays), same run, same server, interleaved. Both users of a pair use the transport
 * measured, so a message crosses the bridge twice.
 */
import { startBridge } from "../lib/bridge.js";
import { interleave, warmUp } from "../lib/drive.js";
import { latencyRun, throughputRun, type Outcome, type W5Data } from "../lib/results.js";
import type { BenchContext } from "./context.js";
import { sequential, variant, windowed } from "./variants.js";
import { openImPair, pairStream } from "./w1-latency.js";
import { openImPairs, WARM_MESSAGES } from "./w2-throughput.js";

export async function runW5(ctx: BenchContext, logFile: string): Promise<Outcome<W5Data>> {
  const started = await startBridge(ctx.im.wsUrl, logFile);
  if (started.status !== "ok") return started;
  const bridge = started.data;
  ctx.log(`W5: bridge ${bridge.entry} on ${bridge.host}:${bridge.port}`);
  try {
    const p = ctx.profile.w5;
    const endpoint = { wsUrl: ctx.im.wsUrl, tcp: { host: bridge.host, port: bridge.port } };
    const pid = () => ctx.im.pid;

    const [ws, tcp] = [await openImPair(ctx, "ws-binary", endpoint), await openImPair(ctx, "tcp", endpoint)];
    let latency;
    try {
      const make = { ws: pairStream(ws, "w5-ws"), tcp: pairStream(tcp, "w5-tcp") };
      for (const m of Object.values(make)) await warmUp(m("warm"), p.warmup);
      const slices = ctx.profile.w1.slices;
      const options = sequential(Math.ceil(p.messages / slices), ctx.profile.w1.capMs);
      const r = await interleave([variant("ws", make.ws, options, pid), variant("tcp", make.tcp, options, pid)], slices);
      latency = { ws: latencyRun("IMServer WebSocket (binary)", r.ws), tcp: latencyRun("IMServer TCP via the bridge", r.tcp) };
    } finally {
      ws.close();
      tcp.close();
    }

    const [wsPairs, tcpPairs] = [await openImPairs(ctx, "ws-binary", p.pairs, endpoint), await openImPairs(ctx, "tcp", p.pairs, endpoint)];
    try {
      await warmUp(wsPairs.make("warm"), WARM_MESSAGES);
      await warmUp(tcpPairs.make("warm"), WARM_MESSAGES);
      const slices = ctx.profile.w2.slices;
      const options = windowed(p.window, p.durationMs / slices, ctx.profile.w2.drainMs);
      const r = await interleave([variant("ws", wsPairs.make, options, pid), variant("tcp", tcpPairs.make, options, pid)], slices);
      return {
        status: "ok",
        data: { latency, throughput: { ws: throughputRun("IMServer WebSocket (binary)", r.ws, 1, p.window), tcp: throughputRun("IMServer TCP via the bridge", r.tcp, 1, p.window) } },
      };
    } finally {
      wsPairs.close();
      tcpPairs.close();
    }
  } finally {
    await bridge.stop();
  }
}
