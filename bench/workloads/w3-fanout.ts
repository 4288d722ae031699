/**
 * W3 group fan-out: a group of N members, all online; one sender as fast as the acks allow
 * (a window of messages in flight); deliveries/s and delivery latency over every member.
 * IMServer through the group API (DESIGN §10: POST /v1/groups, send to g:<id>); reported
 * "not available" when the server answers 404 there. Ceilings: (d) the same member count
 * through a sequencer and one object per member (the target), (c) one object inserting
 * and broadcasting to N sockets, and (b) the same without the insert. Everything is
 * connected first, one unmeasured message wakes every member's object, then the variants
 * run in interleaved slices.
 */
import { http, type BenchUser } from "../lib/accounts.js";
import { CeilingSocket } from "../lib/ceiling-client.js";
import { mapLimit } from "../lib/concurrency.js";
import { interleave, warmUp, type Stream, type Variant } from "../lib/drive.js";
import { connectIm, type ImConn } from "../lib/im-client.js";
import { throughputRun, type Outcome, type W3Data, type W3Run } from "../lib/results.js";
import { ceilingStream, imStream } from "../lib/streams.js";
import type { BenchContext } from "./context.js";
import { variant, windowed } from "./variants.js";
import { setGroup } from "./w1-latency.js";

/** Members added per request after the group is created. */
const ADD_CHUNK = 100;

interface Open {
  make(tag: string): Stream[];
  close(): void;
}

export async function runW3(ctx: BenchContext): Promise<W3Data> {
  const p = ctx.profile.w3;
  const runs: W3Run[] = [];
  for (const members of p.sizes) {
    const messages = p.messages[members] ?? Math.max(10, Math.round(100_000 / members));
    ctx.log(`W3: ${members} members × ${messages} messages`);
    const im = await openImGroup(ctx, members);
    const topology = await openTopology(ctx, members);
    const store = await openRoom(ctx, members, "s");
    const broadcast = await openRoom(ctx, members, "b");
    const open: Array<[string, Open]> = [["topology", topology], ["store", store], ["broadcast", broadcast]];
    if (im.status === "ok") open.unshift(["imserver", im.data]);
    try {
      for (const [, o] of open) await warmUp(o.make("warm"), 1);
      const options = windowed(p.window, p.maxSendMs / p.slices, p.drainMs, Math.ceil(messages / p.slices));
      const pid = (name: string) => () => (name === "imserver" ? ctx.im.pid : ctx.ceiling.pid);
      const variants: Variant[] = open.map(([name, o]) => variant(name, o.make, options, pid(name)));
      const r = await interleave(variants, p.slices);
      const run = (name: string, label: string) => throughputRun(label, r[name]!, members - 1, p.window);
      runs.push({
        members,
        messages,
        imserver: im.status === "ok" ? { status: "ok", data: run("imserver", `IMServer group of ${members}`) } : im,
        ceilingTopology: run("topology", `ceiling (d) sequencer + ${members} member objects`),
        ceilingStore: run("store", `ceiling (c) one object, ${members} sockets`),
        ceilingBroadcast: run("broadcast", `ceiling (b) one object, ${members} sockets, no insert`),
      });
    } finally {
      for (const [, o] of open) o.close();
    }
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

/** Creates an IMServer group of N members (first 100 at creation, the rest in chunks) and connects them all. */
async function openImGroup(ctx: BenchContext, members: number): Promise<Outcome<Open>> {
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
  return {
    status: "ok",
    data: {
      make: (tag) => [imStream(conns[0]!, conns.slice(1), { conversationId: `g:${groupId}` }, `w3-${members}-${tag}`)],
      close: () => conns.forEach((c) => c.close()),
    },
  };
}

async function openTopology(ctx: BenchContext, members: number): Promise<Open> {
  const group = `w3d-${members}-${ctx.runId}`;
  const ids = Array.from({ length: members }, (_, i) => `${group}-m${i}`);
  await setGroup(ctx.ceiling.url, group, ids);
  const sockets = await mapLimit(ids, 50, (id) => CeilingSocket.connect(ctx.ceiling.wsUrl, `/member/${id}?group=${group}&member=${id}`));
  return { make: () => [ceilingStream(sockets[0]!, sockets.slice(1), "g")], close: () => sockets.forEach((s) => s.close()) };
}

async function openRoom(ctx: BenchContext, members: number, op: "s" | "b"): Promise<Open> {
  const path = `/room/w3${op}-${members}-${ctx.runId}`;
  const sockets = await mapLimit(Array.from({ length: members }, () => path), 50, (p) => CeilingSocket.connect(ctx.ceiling.wsUrl, p));
  return { make: () => [ceilingStream(sockets[0]!, sockets.slice(1), op)], close: () => sockets.forEach((s) => s.close()) };
}
