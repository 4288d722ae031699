/**
 * Group delivery benchmark (recorded, not asserted): for each group size, every member is
 * online with a real WebSocket; one member sends messages and every other member's socket
 * records when each arrives. Prints deliveries/s and delivery latency percentiles.
 *
 *   npx tsx scripts/bench-groups.ts [--members 100,1000] [--messages 40] [--window 10] [--vars K:V,...]
 *
 * Starts its own local Worker (wrangler's unstable_startWorker: fresh state, free port, no
 * inspector, fast password hashing) so it never touches a running server. Below GROUP_FANOUT_SHARD_THRESHOLD (500) a group fans out
 * directly; above it through shards. The benchmark suite (issue 8) takes this over.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unstable_startWorker } from "wrangler";
import WebSocket from "ws";
import { freePort } from "./lib/free-port.js";

const root = join(import.meta.dirname, "..");
const wrangler = join(root, "node_modules", "wrangler", "bin", "wrangler.js");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const SIZES = arg("members", "100,1000").split(",").map(Number);
const MESSAGES = Number(arg("messages", "40"));
const WINDOW = Number(arg("window", "10"));
/** Extra wrangler vars, e.g. --vars GROUP_FANOUT_SHARD_THRESHOLD:2000 to force direct fan-out. */
const VARS = arg("vars", "").split(",").filter(Boolean);
const THRESHOLD = Number(VARS.find((v) => v.startsWith("GROUP_FANOUT_SHARD_THRESHOLD:"))?.split(":")[1] ?? 500);

async function startServer() {
  const persist = mkdtempSync(join(tmpdir(), "imserver-bench-"));
  const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
  const m = spawnSync(process.execPath, [wrangler, "d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], { cwd: root, env, encoding: "utf8" });
  if (m.status !== 0) throw new Error(m.stderr);
  // A private dev registry: other local wrangler sessions starting or stopping would
  // otherwise make this one reload its runtime, killing requests in flight.
  Object.assign(process.env, { CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false", WRANGLER_REGISTRY_PATH: join(persist, "registry") });
  // No inspector: under thousands of internal calls per second wrangler dev's inspector
  // proxy falls behind and restarts the runtime mid-request.
  const vars = Object.fromEntries(["PBKDF2_ITERATIONS:1000", ...VARS].map((v) => {
    const [k, value] = v.split(":");
    return [k!, { type: "plain_text" as const, value: value! }];
  }));
  const worker = await unstable_startWorker({
    config: join(root, "wrangler.toml"),
    bindings: vars,
    dev: { server: { hostname: "127.0.0.1", port: await freePort() }, inspector: false, persist, watch: false, logLevel: process.env.BENCH_VERBOSE ? "debug" : "warn" },
  });
  await worker.ready;
  const url = new URL((await worker.url).toString());
  return {
    base: url.origin,
    ws: `ws://${url.host}`,
    stop: async () => {
      await worker.dispose();
      rmSync(persist, { recursive: true, force: true });
    },
  };
}

async function http(base: string, path: string, token?: string, body?: unknown): Promise<any> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(base + path, {
      method: body === undefined ? "GET" : "POST",
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    // wrangler's local proxy sometimes drops a long request under heavy load and answers
    // 503 "restarted" while the runtime keeps running; the calls made here are idempotent.
    if (res.status === 503 && text.startsWith("Your worker restarted") && attempt < 5) {
      await new Promise((r) => setTimeout(r, 1_000));
      continue;
    }
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text);
  }
}

async function pool<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

interface Member {
  id: string;
  token: string;
  socket: WebSocket;
  /** seq -> receive time */
  got: Map<number, number>;
}

async function run(size: number, server: { base: string; ws: string }) {
  const tag = `b${Date.now().toString(36)}`;
  const accounts = await pool(Array.from({ length: size }, (_, i) => i), 20, (i) =>
    http(server.base, "/v1/auth/register", undefined, { username: `${tag}_${i}`, password: "correct horse battery" }),
  );
  const members: Member[] = await pool(accounts, 50, (a: any) =>
    new Promise<Member>((resolve, reject) => {
      const socket = new WebSocket(`${server.ws}/v1/ws?token=${a.accessToken}&deviceId=bench`, { perMessageDeflate: false });
      const m: Member = { id: a.user.id, token: a.accessToken, socket, got: new Map() };
      socket.on("message", (data) => {
        const p = JSON.parse(data.toString());
        if (p.op === "auth_ok") resolve(m);
        if (p.op === "message") m.got.set(p.d.seq, performance.now());
      });
      socket.once("error", reject);
    }),
  );
  const progress = (step: string) => process.env.BENCH_DEBUG && console.error(`[bench] ${size}: ${step}`);
  progress("sockets open");
  const [owner, ...rest] = members;
  // Members join 100 per request, each request's fan-out settling before the next: the
  // local runtime runs every object on one thread and stalls (sometimes restarting) under
  // overlapping bursts of thousands of calls, which is not what this measures.
  const settled = async (who: Member[], seq: number) => {
    for (let i = 0; i < 1200 && !who.every((m) => m.got.has(seq)); i++) await new Promise((r) => setTimeout(r, 100));
  };
  const STEP = 100;
  const created = await http(server.base, "/v1/groups", owner!.token, { name: `bench-${size}`, members: rest.slice(0, STEP - 1).map((m) => m.id) });
  const group = created.group;
  let joined = members.slice(0, STEP);
  await settled(joined, 1);
  progress("group created");
  for (let i = STEP - 1; i < rest.length; i += STEP) {
    const batch = rest.slice(i, i + STEP);
    const added = await http(server.base, `/v1/groups/${group.id}/members`, owner!.token, { userIds: batch.map((m) => m.id) }).catch((err) => {
      const open = members.filter((m) => m.socket.readyState === WebSocket.OPEN).length;
      throw new Error(`adding members ${i}..${i + batch.length} failed with ${open}/${members.length} sockets open: ${String(err).slice(0, 200)}`);
    });
    joined = [...joined, ...batch];
    await settled(joined, added.group.lastSeq);
  }
  progress("members added");

  const sender = rest[0]!;
  const sentAt = new Map<number, number>();
  const ackLatency: number[] = [];
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    let sent = 0;
    let acked = 0;
    const pending = new Map<number, number>();
    const sendOne = () => {
      const id = ++sent;
      pending.set(id, performance.now());
      sender.socket.send(JSON.stringify({ op: "send", id, d: { conversationId: group.conversationId, clientMsgId: `${tag}-${id}`, type: "text", content: { text: `m${id}` } } }));
    };
    sender.socket.on("message", (data) => {
      const p = JSON.parse(data.toString());
      if (p.op !== "ack" && p.op !== "error") return;
      const started = pending.get(p.id)!;
      ackLatency.push(performance.now() - started);
      if (p.op === "ack") sentAt.set(p.d.seq, started);
      acked++;
      if (sent < MESSAGES) sendOne();
      if (acked === MESSAGES) resolve();
    });
    for (let i = 0; i < Math.min(WINDOW, MESSAGES); i++) sendOne();
  });
  const receivers = members.filter((m) => m !== sender);
  const lastSeq = Math.max(...sentAt.keys());
  const deadline = performance.now() + 300_000;
  while (performance.now() < deadline && !receivers.every((m) => m.got.has(lastSeq))) await new Promise((r) => setTimeout(r, 50));
  const latencies: number[] = [];
  let lastDelivery = t0;
  let missing = 0;
  for (const m of receivers) {
    for (const [seq, started] of sentAt) {
      const at = m.got.get(seq);
      if (at === undefined) {
        missing++;
        continue;
      }
      latencies.push(at - started);
      lastDelivery = Math.max(lastDelivery, at);
    }
  }
  latencies.sort((a, b) => a - b);
  ackLatency.sort((a, b) => a - b);
  for (const m of members) m.socket.close();
  return {
    members: size,
    fanout: size > THRESHOLD ? "sharded" : "direct",
    messages: MESSAGES,
    deliveries: latencies.length,
    missing,
    deliveriesPerSec: Math.round(latencies.length / ((lastDelivery - t0) / 1000)),
    latencyMs: { p50: Math.round(pct(latencies, 50)), p99: Math.round(pct(latencies, 99)), max: Math.round(latencies.at(-1) ?? NaN) },
    sendAckMs: { p50: Math.round(pct(ackLatency, 50)), p99: Math.round(pct(ackLatency, 99)) },
  };
}

const server = await startServer();
try {
  for (const size of SIZES) console.log(JSON.stringify(await run(size, server)));
} finally {
  await server.stop();
}
process.exit(0);
