/**
 * W1 round-trip latency: one sender, one receiver in a 1:1 conversation, one message at a
 * time (the next leaves once the previous is acked and received). send→ack and
 * send→receive. Ceilings: (c) one object with both sockets, insert + broadcast (the
 * target), (a) echo, (d) the sequencer/member topology. All five variants are connected
 * first, warmed, then measured in interleaved slices.
 */
import { http, type BenchUser } from "../lib/accounts.js";
import { CeilingSocket } from "../lib/ceiling-client.js";
import { interleave, warmUp, type Stream } from "../lib/drive.js";
import { connectIm, type Endpoint, type ImConn, type Transport } from "../lib/im-client.js";
import { latencyRun, type W1Data } from "../lib/results.js";
import { ceilingStream, imStream } from "../lib/streams.js";
import type { BenchContext } from "./context.js";
import { sequential, variant } from "./variants.js";

/** A connected IMServer 1:1 pair over one transport. */
export interface ImPair {
  sender: ImConn;
  receiver: ImConn;
  to: BenchUser;
  close(): void;
}

export async function openImPair(ctx: BenchContext, transport: Transport, endpoint: Endpoint = { wsUrl: ctx.im.wsUrl }): Promise<ImPair> {
  const [alice, bob] = await ctx.pool.take(2);
  const sender = await connectIm(endpoint, transport, alice!.token, "bench");
  const receiver = await connectIm(endpoint, transport, bob!.token, "bench");
  return { sender, receiver, to: bob!, close: () => (sender.close(), receiver.close()) };
}

/** Streams of an IMServer pair, one per tag (slice), each with its own clientMsgIds. */
export const pairStream = (pair: ImPair, name: string) => (tag: string): Stream[] => [imStream(pair.sender, [pair.receiver], { to: pair.to.id }, `${name}-${tag}`)];

export async function runW1(ctx: BenchContext): Promise<W1Data> {
  const { messages, warmup, capMs, slices } = ctx.profile.w1;
  const per = Math.ceil(messages / slices);
  const base = ctx.ceiling.wsUrl;

  const json = await openImPair(ctx, "ws-json");
  const binary = await openImPair(ctx, "ws-binary");
  const room = `/room/w1c-${ctx.runId}`;
  const [cs, cr] = [await CeilingSocket.connect(base, room), await CeilingSocket.connect(base, room)];
  const echo = await CeilingSocket.connect(base, `/room/w1a-${ctx.runId}`);
  const group = `w1d-${ctx.runId}`;
  await setGroup(ctx.ceiling.url, group, [`${group}-a`, `${group}-b`]);
  const [da, db] = [await CeilingSocket.connect(base, `/member/${group}-a?group=${group}&member=${group}-a`), await CeilingSocket.connect(base, `/member/${group}-b?group=${group}&member=${group}-b`)];
  try {
    const make = {
      imserver: pairStream(json, "w1-json"),
      imserverBinary: pairStream(binary, "w1-binary"),
      ceilingStore: () => [ceilingStream(cs, [cr], "s")],
      ceilingEcho: () => [ceilingStream(echo, [], "e")],
      ceilingTopology: () => [ceilingStream(da, [db], "g")],
    };
    for (const m of Object.values(make)) await warmUp(m("warm"), warmup);
    const options = sequential(per, capMs);
    const noPid = () => undefined;
    const r = await interleave(
      (Object.keys(make) as Array<keyof typeof make>).map((name) => variant(name, make[name], options, noPid)),
      slices,
    );
    return {
      imserver: latencyRun("IMServer (WebSocket JSON)", r.imserver),
      imserverBinary: latencyRun("IMServer (WebSocket binary)", r.imserverBinary),
      ceilingStore: latencyRun("ceiling (c) insert + broadcast", r.ceilingStore),
      ceilingEcho: latencyRun("ceiling (a) echo", r.ceilingEcho),
      ceilingTopology: latencyRun("ceiling (d) sequencer + member objects", r.ceilingTopology),
    };
  } finally {
    for (const s of [cs, cr, echo, da, db]) s.close();
    json.close();
    binary.close();
  }
}

/** Sets a ceiling group's members (the sequencer's fan-out list). */
export async function setGroup(baseUrl: string, group: string, members: string[]): Promise<void> {
  const res = await http(baseUrl, `/group/${group}`, { body: { members } });
  if (res.status !== 200) throw new Error(`ceiling group setup: HTTP ${res.status}`);
}
