/**
 * W1 round-trip latency: one sender, one receiver in a 1:1 conversation, one message at a
 * time (the next leaves once the previous is acked and received). send→ack and
 * send→receive. Ceilings: (c) one object with both sockets, insert + broadcast (the
 * target), (a) echo, (d) the sequencer/member topology.
 */
import { connectIm, type Transport } from "../lib/im-client.js";
import { CeilingSocket } from "../lib/ceiling-client.js";
import { drive } from "../lib/drive.js";
import { latencyRun, type LatencyRun, type W1Data } from "../lib/results.js";
import { ceilingStream, imStream } from "../lib/streams.js";
import { http } from "../lib/accounts.js";
import type { BenchContext } from "./context.js";

export async function runW1(ctx: BenchContext): Promise<W1Data> {
  const { messages, warmup, capMs } = ctx.profile.w1;
  const seq = { window: 1, maxMessages: messages + warmup, durationMs: capMs, waitForDelivery: true, warmup, drainMs: 5_000 };
  const imserver = await imLatency(ctx, "ws-json", "IMServer (WebSocket JSON)", seq);
  const imserverBinary = await imLatency(ctx, "ws-binary", "IMServer (WebSocket binary)", seq);

  const base = ctx.ceiling.wsUrl;
  const room = `w1c-${ctx.runId}`;
  const s = await CeilingSocket.connect(base, `/room/${room}`);
  const r = await CeilingSocket.connect(base, `/room/${room}`);
  const ceilingStore = latencyRun("ceiling (c) insert + broadcast", await drive([ceilingStream(s, [r], "s")], seq));
  s.close();
  r.close();

  const e = await CeilingSocket.connect(base, `/room/w1a-${ctx.runId}`);
  const ceilingEcho = latencyRun("ceiling (a) echo", await drive([ceilingStream(e, [], "e")], seq));
  e.close();

  const group = `w1d-${ctx.runId}`;
  const [a, b] = [`${group}-a`, `${group}-b`];
  await setGroup(ctx.ceiling.url, group, [a, b]);
  const ma = await CeilingSocket.connect(base, `/member/${a}?group=${group}&member=${a}`);
  const mb = await CeilingSocket.connect(base, `/member/${b}?group=${group}&member=${b}`);
  const ceilingTopology = latencyRun("ceiling (d) sequencer + member objects", await drive([ceilingStream(ma, [mb], "g")], seq));
  ma.close();
  mb.close();

  return { imserver, imserverBinary, ceilingStore, ceilingEcho, ceilingTopology };
}

/** Sequential 1:1 latency on IMServer over one transport (also used by W5). */
export async function imLatency(
  ctx: BenchContext,
  transport: Transport,
  label: string,
  opts: Parameters<typeof drive>[1],
  endpoint: { wsUrl: string; tcp?: { host: string; port: number } } = { wsUrl: ctx.im.wsUrl },
): Promise<LatencyRun> {
  const [alice, bob] = await ctx.pool.take(2);
  const sender = await connectIm(endpoint, transport, alice!.token, "bench");
  const receiver = await connectIm(endpoint, transport, bob!.token, "bench");
  try {
    const stream = imStream(sender, [receiver], { to: bob!.id }, `w1-${transport}`);
    return latencyRun(label, await drive([stream], opts));
  } finally {
    sender.close();
    receiver.close();
  }
}

/** Sets a ceiling group's members (the sequencer's fan-out list). */
export async function setGroup(baseUrl: string, group: string, members: string[]): Promise<void> {
  const res = await http(baseUrl, `/group/${group}`, { body: { members } });
  if (res.status !== 200) throw new Error(`ceiling group setup: HTTP ${res.status}`);
}
