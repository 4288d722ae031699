/**
 * W4 connections: N authenticated idle WebSockets on a fresh IMServer process (one user
 * per socket, so N UserDOs), against N bare hibernatable sockets on a fresh ceiling process,
 * each in its own member object (the same one-object-per-user shape: the target), and all in
 * one object (reported beside). Memory is the workerd process's resident set growth per
 * socket, read after the sockets sat idle long enough for every object to hibernate
 * (opening thousands of sockets on a busy machine takes longer than the 10 s after which
 * the first objects hibernate, so a reading right after connecting would mix both states);
 * connect time is until the first frame (IMServer's auth_ok, the ceiling's hello).
 */
import { CeilingSocket } from "../lib/ceiling-client.js";
import { mapLimit, sleep } from "../lib/concurrency.js";
import { connectIm } from "../lib/im-client.js";
import { rssBytes } from "../lib/proc.js";
import type { ConnectionRun, W4Data, W4Run } from "../lib/results.js";
import type { Server } from "../lib/servers.js";
import { ratePerSecond, summarize } from "../lib/stats.js";
import type { BenchContext } from "./context.js";

interface Closable {
  connectMs: number;
  close(): void;
}

export async function runW4(ctx: BenchContext): Promise<W4Data> {
  const { counts } = ctx.profile.w4;
  // Accounts first, on the running server: registration is setup, not measured.
  const users = await ctx.pool.first(Math.max(...counts));
  const runs: W4Run[] = [];
  for (const count of counts) {
    ctx.log(`W4: ${count} sockets`);
    const im = await ctx.restartIm();
    const imserver = await measure(ctx, im, `IMServer, ${count} authenticated sockets`, count, (i) =>
      connectIm({ wsUrl: im.wsUrl }, "ws-json", users[i]!.token, "bench"),
    );
    let ceiling = await ctx.restartCeiling();
    const ceilingMembers = await measure(ctx, ceiling, `ceiling, ${count} sockets in ${count} member objects`, count, (i) =>
      CeilingSocket.connect(ceiling.wsUrl, `/member/w4-${i}?group=w4&member=w4-${i}`),
    );
    ceiling = await ctx.restartCeiling();
    const ceilingRoom = await measure(ctx, ceiling, `ceiling, ${count} sockets in one object`, count, () => CeilingSocket.connect(ceiling.wsUrl, "/room/w4"));
    runs.push({ count, imserver, ceilingMembers, ceilingRoom });
  }
  return { runs };
}

async function measure(ctx: BenchContext, server: Server, label: string, count: number, open: (i: number) => Promise<Closable>): Promise<ConnectionRun> {
  const { concurrency, settleMs, idleMs } = ctx.profile.w4;
  // The isolate is loaded and warm before the baseline, so the growth is the sockets'.
  await fetch(`${server.url}/healthz`).then((r) => r.arrayBuffer());
  await sleep(settleMs);
  const rssBeforeBytes = server.pid === undefined ? undefined : rssBytes(server.pid);
  const errors: string[] = [];
  const opened: Closable[] = [];
  const started = performance.now();
  await mapLimit(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async (i) => {
      try {
        opened.push(await open(i));
      } catch (err) {
        if (errors.length < 10) errors.push((err as Error).message);
      }
    },
  );
  const connectTotalMs = performance.now() - started;
  await sleep(settleMs);
  const rssConnectedBytes = server.pid === undefined ? undefined : rssBytes(server.pid);
  if (idleMs > 0) await sleep(idleMs);
  const rssAfterBytes = idleMs > 0 && server.pid !== undefined ? rssBytes(server.pid) : rssConnectedBytes;
  for (const c of opened) c.close();
  const perConnectionKiB =
    rssBeforeBytes !== undefined && rssAfterBytes !== undefined && opened.length > 0 ? (rssAfterBytes - rssBeforeBytes) / 1024 / opened.length : undefined;
  return {
    label,
    count,
    opened: opened.length,
    failed: count - opened.length,
    connectTotalMs,
    connectsPerSec: ratePerSecond(opened.length, connectTotalMs),
    connect: summarize(opened.map((c) => c.connectMs)),
    rssBeforeBytes,
    rssConnectedBytes,
    rssAfterBytes,
    idleMs,
    perConnectionKiB,
    errors,
  };
}
