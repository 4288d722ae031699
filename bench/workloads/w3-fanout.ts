/**
 * W3 group fan-out: a group of N members, all online; one sender as fast as the acks allow
 * (a window of messages in flight); deliveries/s and delivery latency over every member.
 * IMServer through the group API (DESIGN §10: POST /v1/groups, send to g:<id>); reported
 * "not available" when the server answers 404 there. Ceilings: (d) the same member count
 * through a sequencer and one object per member (the target), (c) one object inserting
 * and broadcasting to N sockets, and (b) the same without the insert. One unmeasured message first wakes every member's object.
 */
import { http, type BenchUser } from "../lib/accounts.js";
import { CeilingSocket } from "../lib/ceiling-client.js";
import { mapLimit } from "../lib/concurrency.js";
import { drive, warmUp, type DriveOptions, type Stream } from "../lib/drive.js";
import { connectIm, type ImConn } from "../lib/im-client.js";
import { measuringCpu } from "../lib/proc.js";
import { throughputRun, type Outcome, type ThroughputRun, type W3Data, type W3Run } from "../lib/results.js";
import { ceilingStream, imStream } from "../lib/streams.js";
import type { BenchContext } from "./context.js";
import { setGroup } from "./w1-latency.js";

/** Members added per request after the group is created. */
const ADD_CHUNK = 100;

/** Warm-up, then the measured run with the server's CPU time. */
async function measured(pid: number | undefined, make: (phase: string) => Stream, opts: DriveOptions, label: string, receivers: number): Promise<ThroughputRun> {
  await warmUp([make("warm")], 1);
  const { value, cpuMs } = await measuringCpu(pid, () => drive([make("run")], opts));
  return throughputRun(label, value, receivers, opts.window, cpuMs);
}

export async function runW3(ctx: BenchContext): Promise<W3Data> {
  const p = ctx.profile.w3;
  const runs: W3Run[] = [];
  for (const members of p.sizes) {
    const messages = p.messages[members] ?? Math.max(10, Math.round(100_000 / members));
    const opts: DriveOptions = { window: p.window, maxMessages: messages, durationMs: p.maxSendMs, waitForDelivery: false, warmup: 0, drainMs: p.drainMs };
    ctx.log(`W3: ${members} members × ${messages} messages`);
    const imserver = await imGroup(ctx, members, opts);
    const ceilingTopology = await ceilingTopologyGroup(ctx, members, opts);
    const ceilingStore = await ceilingRoomGroup(ctx, members, opts, "s");
    const ceilingBroadcast = await ceilingRoomGroup(ctx, members, opts, "b");
    runs.push({ members, messages, imserver, ceilingTopology, ceilingStore, ceilingBroadcast });
  }
  return { runs };
}

/** Whether the server has the group API: a 404 on POST /v1/groups means it does not. */
async function groupsAvailable(ctx: BenchContext, owner: BenchUser): Promise<Outcome<true>> {
  const res = await http(ctx.im.url, "/v1/groups", { token: owner.token, body: { name: `probe-${ctx.runId}`, members: [] } });
  if (res.status === 404) return { status: "not_available", reason: "the server answers 404 for POST /v1/groups (groups are not on this build)" };
  if (res.status >= 300) return { status: "failed", error: `POST /v1/groups: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 200)}` };
  return { status: "ok", data: true };
}

async function imGroup(ctx: BenchContext, members: number, opts: DriveOptions): Promise<Outcome<ThroughputRun>> {
  const [owner] = await ctx.pool.take(1);
  const probe = await groupsAvailable(ctx, owner!);
  if (probe.status !== "ok") return probe;
  const others = await ctx.pool.take(members - 1);
  const created = await http(ctx.im.url, "/v1/groups", {
    token: owner!.token,
    body: { name: `w3-${members}-${ctx.runId}`, members: others.slice(0, ADD_CHUNK).map((u) => u.id) },
  });
  if (created.status !== 201 && created.status !== 200) return { status: "failed", error: `create group: HTTP ${created.status} ${JSON.stringify(created.body).slice(0, 200)}` };
  const groupId = String(created.body?.group?.id);
  for (let i = ADD_CHUNK; i < others.length; i += ADD_CHUNK) {
    const added = await http(ctx.im.url, `/v1/groups/${encodeURIComponent(groupId)}/members`, {
      token: owner!.token,
      body: { userIds: others.slice(i, i + ADD_CHUNK).map((u) => u.id) },
    });
    if (added.status >= 300) return { status: "failed", error: `add members: HTTP ${added.status} ${JSON.stringify(added.body).slice(0, 200)}` };
  }
  const conns: ImConn[] = await mapLimit([owner!, ...others], 50, (u) => connectIm({ wsUrl: ctx.im.wsUrl }, "ws-json", u.token, "bench"));
  try {
    const make = (phase: string) => imStream(conns[0]!, conns.slice(1), { conversationId: `g:${groupId}` }, `w3-${members}-${phase}`);
    return { status: "ok", data: await measured(ctx.im.pid, make, opts, `IMServer group of ${members}`, members - 1) };
  } finally {
    for (const c of conns) c.close();
  }
}

async function ceilingTopologyGroup(ctx: BenchContext, members: number, opts: DriveOptions): Promise<ThroughputRun> {
  const group = `w3d-${members}-${ctx.runId}`;
  const ids = Array.from({ length: members }, (_, i) => `${group}-m${i}`);
  await setGroup(ctx.ceiling.url, group, ids);
  const sockets = await mapLimit(ids, 50, (id) => CeilingSocket.connect(ctx.ceiling.wsUrl, `/member/${id}?group=${group}&member=${id}`));
  try {
    const make = () => ceilingStream(sockets[0]!, sockets.slice(1), "g");
    return await measured(ctx.ceiling.pid, make, opts, `ceiling (d) sequencer + ${members} member objects`, members - 1);
  } finally {
    for (const s of sockets) s.close();
  }
}

async function ceilingRoomGroup(ctx: BenchContext, members: number, opts: DriveOptions, op: "s" | "b"): Promise<ThroughputRun> {
  const path = `/room/w3${op}-${members}-${ctx.runId}`;
  const sockets = await mapLimit(Array.from({ length: members }, () => path), 50, (p) => CeilingSocket.connect(ctx.ceiling.wsUrl, p));
  try {
    const make = () => ceilingStream(sockets[0]!, sockets.slice(1), op);
    const label = op === "s" ? `ceiling (c) one object, ${members} sockets` : `ceiling (b) one object, ${members} sockets, no insert`;
    return await measured(ctx.ceiling.pid, make, opts, label, members - 1);
  } finally {
    for (const s of sockets) s.close();
  }
}
