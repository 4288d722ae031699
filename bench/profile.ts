/**
 * `npm run bench:profile [-- --sequential] [--seconds N] [--pairs N]`
 *
 * Where IMServer spends its CPU on the message path: starts IMServer as the benchmark does,
 * with the V8 inspector open, drives 1:1 traffic (W2's shape, or W1's one-at-a-time with
 * --sequential), samples the Worker's CPU meanwhile, and prints the functions by share
 * (self and inclusive) plus the workerd CPU time per message. The raw profile is written as
 * a .cpuprofile file for Chrome DevTools. Measure before and after a hot-path change.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import WebSocket from "ws";
import { freePort } from "../scripts/lib/free-port.js";
import { UserPool } from "./lib/accounts.js";
import { functionShares, type CpuProfile } from "./lib/cpuprofile.js";
import { drive, warmUp } from "./lib/drive.js";
import { cpuMs } from "./lib/proc.js";
import { QUICK } from "./lib/profile.js";
import { buildAssets, buildWorker, ROOT, startServer } from "./lib/servers.js";
import type { BenchContext } from "./workloads/context.js";
import { IM_OVERRIDES } from "./lib/overrides.js";
import { openImPairs, WARM_MESSAGES } from "./workloads/w2-throughput.js";

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const sequential = args.includes("--sequential");
const seconds = flag("--seconds", 8);
const pairCount = sequential ? 1 : flag("--pairs", 10);

const state = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "imserver-profile-"));
process.on("exit", () => rmSync(state, { recursive: true, force: true }));
const port = await freePort();
// The bundle stays (git-ignored) so the line numbers in the report can be looked up.
const out = join(ROOT, "bench", "results", "tmp");
buildAssets();
const script = buildWorker(join(ROOT, "wrangler.toml"), join(out, "profile-build"));
const im = await startServer({
  config: join(ROOT, "wrangler.toml"),
  script,
  persist: join(state, "im"),
  migrate: true,
  bindings: IM_OVERRIDES,
  logFile: join(state, "imserver.log"),
  inspectorPort: port,
});
const runId = Date.now().toString(36);
const ctx = { profile: QUICK, runId, im, ceiling: im, pool: new UserPool(() => im.url, runId), log: () => undefined } as unknown as BenchContext;

try {
  const pairs = await openImPairs(ctx, "ws-json", pairCount);
  await warmUp(pairs.make("warm"), WARM_MESSAGES);
  // Past first-use costs (object creation, JIT) before sampling.
  await drive(pairs.make("prewarm"), { window: sequential ? 1 : 10, maxMessages: 200, durationMs: 2_000, waitForDelivery: sequential, warmup: 0, drainMs: 5_000 });

  const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as Array<{ title: string; webSocketDebuggerUrl: string }>;
  const target = targets.find((t) => /imserver/.test(t.title));
  if (!target) throw new Error(`no imserver inspector target among ${targets.map((t) => t.title).join(", ")}`);
  const cdp = await inspector(target.webSocketDebuggerUrl);
  await cdp("Profiler.enable");
  await cdp("Profiler.setSamplingInterval", { interval: 200 });
  await cdp("Profiler.start");
  const before = cpuMs(im.pid!);
  const run = await drive(pairs.make("run"), {
    window: sequential ? 1 : 10,
    maxMessages: Number.MAX_SAFE_INTEGER,
    durationMs: seconds * 1000,
    waitForDelivery: sequential,
    warmup: 0,
    drainMs: 5_000,
  });
  const after = cpuMs(im.pid!);
  const { profile } = (await cdp("Profiler.stop")) as { profile: CpuProfile };
  pairs.close();

  mkdirSync(out, { recursive: true });
  const file = join(out, `profile-${new Date().toISOString().replace(/[:.]/g, "-")}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const perMessage = before !== undefined && after !== undefined && run.deliveries > 0 ? ((after - before) / run.deliveries) * 1000 : undefined;
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
  console.log(`${sequential ? "sequential 1:1" : `${pairCount} pairs × 10 in flight`}, ${seconds} s: ${run.deliveries} messages, ${perMessage?.toFixed(0) ?? "?"} µs of workerd CPU per message`);
  console.log(`\n   self  inclusive  function (lines refer to the bundle ${relative(ROOT, script)})`);
  for (const f of functionShares(profile).slice(0, 45)) console.log(`${pct(f.self)}  ${pct(f.inclusive)}   ${f.fn}`);
  console.log(`\nprofile: ${relative(ROOT, file)} (open in Chrome DevTools → Performance)`);
} finally {
  await im.stop();
}
process.exit(0);

/** A minimal Chrome DevTools Protocol client: `call(method, params)` resolves with the result. */
async function inspector(url: string): Promise<(method: string, params?: object) => Promise<unknown>> {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
  let next = 0;
  const pending = new Map<number, (result: unknown) => void>();
  ws.on("message", (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  });
  return (method, params = {}) =>
    new Promise((resolve) => {
      const id = ++next;
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
}
