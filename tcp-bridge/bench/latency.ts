/**
 * How much latency the TCP bridge adds: the same workloads over a TCP client (through the
 * bridge) and a WebSocket client (direct to the Worker), in the same run, interleaved in
 * blocks so drift on a noisy machine hits both alike. Prints a table and a JSON line.
 *
 *   npm run bench:bridge                     # starts its own Worker + bridge (scripts/start.mjs)
 *   npm run bench:bridge -- --n 5000         # iterations per transport and workload
 *   BENCH_HTTP=http://127.0.0.1:8787 BENCH_TCP_PORT=9000 npm run bench:bridge   # a running `npm start`
 *
 * Workloads: `sync` (a request answered by the UserDO from its state), `send` (a message
 * stored by the ConversationDO, acked after the write), `push` (one message, the time until
 * it reaches the recipient's WebSocket device and its TCP device), and the bridge's own
 * PING/PONG (the floor: no Worker involved).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { TcpBenchClient, WsBenchClient, type BenchClient } from "./clients.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = arg("n", 2_000);
const BLOCK = arg("block", 100);
const WARMUP = arg("warmup", 200);

interface Stack {
  http: string;
  ws: string;
  tcpPort: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `npm start`'s script on free ports with a throwaway state directory. */
async function startStack(): Promise<Stack> {
  const root = join(import.meta.dirname, "..", "..");
  const [port, tcpPort, adminPort] = [await freePort(), await freePort(), await freePort()];
  const persist = mkdtempSync(join(tmpdir(), "imbridge-bench-"));
  const child: ChildProcess = spawn(process.execPath, [join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), TCP_PORT: String(tcpPort), ADMIN_PORT: String(adminPort), IM_PERSIST_DIR: persist, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 120_000;
  while (!out.includes("IMSERVER_READY")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`stack did not start:\n${out.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    http: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}`,
    tcpPort,
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid!, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      rmSync(persist, { recursive: true, force: true });
    },
  };
}

async function register(http: string, name: string): Promise<{ id: string; token: string }> {
  const username = `bench_${name}_${Date.now().toString(36)}`;
  const res = await fetch(`${http}/v1/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: "correct horse battery" }),
  });
  const body = (await res.json()) as { user: { id: string }; accessToken: string };
  if (res.status !== 201) throw new Error(`register ${name}: ${res.status} ${JSON.stringify(body)}`);
  return { id: body.user.id, token: body.accessToken };
}

interface Stats {
  n: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const pct = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
  return { n: s.length, mean: s.reduce((a, b) => a + b, 0) / s.length, p50: pct(50), p90: pct(90), p99: pct(99) };
}

/**
 * Runs `once` N times per client, alternating blocks of BLOCK between the clients, after a
 * warm-up. Returns milliseconds per sample, by client name.
 */
async function interleaved(clients: BenchClient[], once: (c: BenchClient, i: number) => Promise<number>): Promise<Map<string, number[]>> {
  const samples = new Map(clients.map((c) => [c.name, [] as number[]]));
  for (const c of clients) for (let i = 0; i < WARMUP; i++) await once(c, -1 - i);
  for (let done = 0; done < N; done += BLOCK) {
    for (const c of clients) {
      for (let i = done; i < Math.min(N, done + BLOCK); i++) samples.get(c.name)!.push(await once(c, i));
    }
  }
  return samples;
}

const fmt = (ms: number) => ms.toFixed(3).padStart(8);

async function main(): Promise<void> {
  const external = process.env["BENCH_HTTP"];
  const stack: Stack = external
    ? { http: external, ws: external.replace(/^http/, "ws"), tcpPort: Number(process.env["BENCH_TCP_PORT"] ?? 9000), stop: async () => {} }
    : await startStack();
  try {
    const [sender, recipient] = [await register(stack.http, "a"), await register(stack.http, "b")];
    const ws = await WsBenchClient.open(stack.ws, sender.token, "bench-ws");
    const tcp = await TcpBenchClient.open(stack.tcpPort, sender.token, "bench-tcp");
    const results: Record<string, Record<string, Stats>> = {};

    const timed = async (fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      return performance.now() - t0;
    };

    // Request/reply answered by the UserDO.
    const sync = await interleaved([ws, tcp], (c) => timed(() => c.request("sync", { limit: 1 })));
    // A stored message: sender UserDO -> ConversationDO write -> ack.
    let seqNo = 0;
    const send = await interleaved([ws, tcp], (c) =>
      timed(() => c.request("send", { to: recipient.id, clientMsgId: `${c.name}-${seqNo++}`, type: "text", content: { text: "latency probe" } })),
    );
    results["sync"] = Object.fromEntries([...sync].map(([k, v]) => [k, stats(v)]));
    results["send"] = Object.fromEntries([...send].map(([k, v]) => [k, stats(v)]));

    // Push: one message, received by the recipient's WebSocket device and its TCP device.
    const rWs = await WsBenchClient.open(stack.ws, recipient.token, "bench-ws");
    const rTcp = await TcpBenchClient.open(stack.tcpPort, recipient.token, "bench-tcp");
    const push = { websocket: [] as number[], "tcp-bridge": [] as number[] };
    for (let i = -WARMUP; i < N; i++) {
      const arrival = (c: BenchClient) =>
        new Promise<number>((resolve) => {
          c.onPush = (p, at) => {
            if (p.op === "message") resolve(at);
          };
        });
      const arrivals = Promise.all([arrival(rWs), arrival(rTcp)]);
      const t0 = performance.now();
      await ws.request("send", { to: recipient.id, clientMsgId: `push-${i}`, type: "text", content: { text: "push probe" } });
      const [atWs, atTcp] = await arrivals;
      if (i >= 0) {
        push.websocket.push(atWs - t0);
        push["tcp-bridge"].push(atTcp - t0);
      }
    }
    results["push"] = { websocket: stats(push.websocket), "tcp-bridge": stats(push["tcp-bridge"]) };

    // The floor: PING answered by the bridge itself.
    const pings: number[] = [];
    for (let i = -WARMUP; i < N; i++) {
      const ms = await timed(() => tcp.request("ping"));
      if (i >= 0) pings.push(ms);
    }
    results["ping (bridge-local)"] = { "tcp-bridge": stats(pings) };

    console.log(`\nTCP bridge latency, ${N} samples per transport and workload (ms; same run, interleaved blocks of ${BLOCK})\n`);
    console.log(`${"workload".padEnd(20)}${"transport".padEnd(12)}${"mean".padStart(8)}${"p50".padStart(8)}${"p90".padStart(8)}${"p99".padStart(8)}`);
    for (const [workload, byTransport] of Object.entries(results)) {
      for (const [transport, s] of Object.entries(byTransport)) {
        console.log(`${workload.padEnd(20)}${transport.padEnd(12)}${fmt(s.mean)}${fmt(s.p50)}${fmt(s.p90)}${fmt(s.p99)}`);
      }
      const w = byTransport["websocket"];
      const t = byTransport["tcp-bridge"];
      if (w && t) console.log(`${"".padEnd(20)}${"added".padEnd(12)}${fmt(t.mean - w.mean)}${fmt(t.p50 - w.p50)}${fmt(t.p90 - w.p90)}${fmt(t.p99 - w.p99)}`);
    }
    console.log(`\n${JSON.stringify({ bench: "tcp-bridge-latency", n: N, results })}`);
    for (const c of [ws, tcp, rWs, rTcp]) c.close();
  } finally {
    await stack.stop();
  }
}

await main();
process.exit(0);
