/**
 * `npm run bench [-- --quick] [--only W1,W3] [--out dir] [--docs|--no-docs]`
 *
 * Builds IMServer and the ceiling Worker (bench/ceiling), starts each under Miniflare in its
 * own process, runs the workloads from this process with real ws/net clients, then writes
 * the results (JSON), the summary table (Markdown) and the chart (SVG). See
 * docs/performance.md for the method.
 */
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { unstable_readConfig } from "wrangler";
import { UserPool } from "./lib/accounts.js";
import { withTimeout } from "./lib/concurrency.js";
import { cpuTimes, gitState, machineInfo, versions } from "./lib/machine.js";
import { parseArgs, type WorkloadId } from "./lib/profile.js";
import type { BenchResults, Outcome } from "./lib/results.js";
import { buildAssets, buildWorker, ROOT, startServer, type Server } from "./lib/servers.js";
import { IM_OVERRIDES } from "./lib/overrides.js";
import { writeOutputs } from "./report/write.js";
import type { BenchContext } from "./workloads/context.js";
import { runW1 } from "./workloads/w1-latency.js";
import { runW2 } from "./workloads/w2-throughput.js";
import { runW3 } from "./workloads/w3-fanout.js";
import { runW4 } from "./workloads/w4-connections.js";
import { runW5 } from "./workloads/w5-bridge.js";
import { runW6 } from "./workloads/w6-catchup.js";


const options = parseArgs(process.argv.slice(2));
if (options.render) {
  // Re-render a saved run (after a change to the reports): no servers, no measurements.
  const saved = JSON.parse(readFileSync(options.render, "utf8")) as BenchResults;
  const written = writeOutputs(saved, options.outDir ?? dirname(resolve(options.render)), { writeDocs: options.writeDocs, writeJson: false });
  process.stdout.write(`${written.table}\n\nchart: ${relative(ROOT, written.svg)}\ntable: ${relative(ROOT, written.md)}\n${written.docs ? "docs:  docs/performance.md\n" : ""}`);
  process.exit(0);
}
const profile = options.profile;
const loadStart = loadavg();
const cpuStart = cpuTimes();
const started = new Date();
const t0 = performance.now();
const runId = started.getTime().toString(36);
const log = (line: string) => process.stderr.write(`[bench +${((performance.now() - t0) / 1000).toFixed(1)}s] ${line}\n`);

const resultsDir = join(ROOT, "bench", "results");
const outDir = options.outDir ?? (profile.name === "full" ? resultsDir : join(resultsDir, "tmp"));
const logDir = join(options.outDir ?? join(resultsDir, "tmp"), `logs-${runId}`);
mkdirSync(outDir, { recursive: true });
mkdirSync(logDir, { recursive: true });
const stateDir = mkdtempSync(join(memoryDir() ?? tmpdir(), "imserver-bench-"));
// Also when the run dies early (a failed build): the state can be large and lives in memory.
process.on("exit", () => rmSync(stateDir, { recursive: true, force: true }));

/**
 * Both Workers keep their state (SQLite files) in memory when the machine has a tmpfs, so
 * a shared disk's flush latency does not enter the figures; the writes' CPU cost still does.
 */
function memoryDir(): string | undefined {
  try {
    accessSync("/dev/shm", constants.W_OK);
    return "/dev/shm";
  } catch {
    return undefined;
  }
}

const imConfig = join(ROOT, "wrangler.toml");
const ceilingConfig = join(ROOT, "bench", "ceiling", "wrangler.toml");
const notes: string[] = [];
if (loadStart[0]! > 0.5) {
  notes.push(`The machine was busy before the run started (1-minute load average ${loadStart[0]!.toFixed(2)}): absolute figures are noisy; compare ratios.`);
}
notes.push(`Server state (SQLite) in ${stateDir.startsWith("/dev/shm") ? "memory (/dev/shm)" : tmpdir()}.`);
notes.push(`Benchmark-only settings: ${Object.entries(IM_OVERRIDES).map(([k, v]) => `${k}=${v}`).join(", ")} (setup speed, and per-user rate limits that would otherwise cap the load; the limit checks still run).`);

const compat = (path: string) => {
  const c = unstable_readConfig({ config: path }, { hideWarnings: true });
  return `${c.compatibility_date} [${(c.compatibility_flags ?? []).join(", ")}]`;
};
const imCompat = compat(imConfig);
const ceilingCompat = compat(ceilingConfig);
if (imCompat !== ceilingCompat) notes.push(`Compatibility settings differ: IMServer ${imCompat}, ceiling ${ceilingCompat}.`);

log(`${profile.name} run ${runId}: building both Workers`);
buildAssets();
const imScript = buildWorker(imConfig, join(stateDir, "build-im"));
const ceilingScript = buildWorker(ceilingConfig, join(stateDir, "build-ceiling"));

let ceilingStarts = 0;
const startIm = (migrate: boolean) =>
  startServer({ config: imConfig, script: imScript, persist: join(stateDir, "im"), migrate, bindings: IM_OVERRIDES, logFile: join(logDir, "imserver.log") });
const startCeiling = () =>
  startServer({ config: ceilingConfig, script: ceilingScript, persist: join(stateDir, `ceiling-${ceilingStarts++}`), migrate: false, bindings: {}, logFile: join(logDir, "ceiling.log") });

const running = new Set<Server>();
const track = (s: Server) => (running.add(s), s);
const stopAll = async () => {
  await Promise.all([...running].map((s) => s.stop()));
  running.clear();
};
process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));

const [im, ceiling] = await Promise.all([startIm(true).then(track), startCeiling().then(track)]);
log(`IMServer ${im.url} (workerd ${im.pid}), ceiling ${ceiling.url} (workerd ${ceiling.pid})`);

const ctx: BenchContext = {
  profile,
  runId,
  im,
  ceiling,
  pool: new UserPool(() => ctx.im.url, runId),
  log,
  async restartIm() {
    await ctx.im.stop();
    running.delete(ctx.im);
    ctx.im = track(await startIm(false));
    return ctx.im;
  },
  async restartCeiling() {
    await ctx.ceiling.stop();
    running.delete(ctx.ceiling);
    ctx.ceiling = track(await startCeiling());
    return ctx.ceiling;
  },
};

const results: BenchResults = {
  schema: 1,
  mode: profile.name,
  startedAt: started.toISOString(),
  finishedAt: "",
  durationMs: 0,
  machine: machineInfo(loadStart, cpuStart),
  versions: versions({ imserverCompatibility: imCompat, ceilingCompatibility: ceilingCompat }),
  git: gitState(),
  notes,
  workloads: {},
};

/** Runs one workload; a crash or a hang becomes a `failed` outcome, never the end of the run. */
async function attempt<T>(id: WorkloadId, run: () => Promise<Outcome<T> | T>, limitMs: number): Promise<Outcome<T>> {
  log(`${id} starting`);
  try {
    const value = await withTimeout(run(), limitMs, id);
    const outcome = isOutcome<T>(value) ? value : ({ status: "ok", data: value } as Outcome<T>);
    log(`${id} ${outcome.status}${outcome.status === "not_available" ? `: ${outcome.reason}` : outcome.status === "failed" ? `: ${outcome.error}` : ""}`);
    return outcome;
  } catch (err) {
    log(`${id} failed: ${(err as Error).stack ?? err}`);
    return { status: "failed", error: (err as Error).message };
  }
}

function isOutcome<T>(v: unknown): v is Outcome<T> {
  return typeof v === "object" && v !== null && "status" in v && ["ok", "not_available", "failed"].includes((v as { status: string }).status);
}

const limit = profile.name === "full" ? 15 * 60_000 : 3 * 60_000;
const selected = new Set(options.only);
// W4 restarts the servers for clean memory readings, so it goes last.
if (selected.has("W1")) results.workloads.W1 = await attempt("W1", () => runW1(ctx), limit);
if (selected.has("W2")) results.workloads.W2 = await attempt("W2", () => runW2(ctx), limit);
if (selected.has("W5")) results.workloads.W5 = await attempt("W5", () => runW5(ctx, join(logDir, "bridge.log")), limit);
if (selected.has("W3")) results.workloads.W3 = await attempt("W3", () => runW3(ctx), limit);
if (selected.has("W6")) results.workloads.W6 = await attempt("W6", () => runW6(ctx), limit);
if (selected.has("W4")) results.workloads.W4 = await attempt("W4", () => runW4(ctx), limit);

await stopAll();

results.finishedAt = new Date().toISOString();
results.durationMs = Math.round(performance.now() - t0);
results.machine = machineInfo(loadStart, cpuStart);

const written = writeOutputs(results, outDir, { writeDocs: options.writeDocs, writeJson: true });
process.stdout.write(`\n${written.table}\n\n`);
process.stdout.write(`results: ${relative(ROOT, written.json!)}\nchart:   ${relative(ROOT, written.svg)}\ntable:   ${relative(ROOT, written.md)}\n`);
if (written.docs) process.stdout.write("docs:    docs/performance.md (results section rewritten)\n");
const failed = Object.entries(results.workloads).filter(([, o]) => o?.status === "failed");
process.stdout.write(`took ${Math.round(results.durationMs / 1000)} s${failed.length ? `; failed: ${failed.map(([id]) => id).join(", ")}` : ""}\n`);
process.exit(failed.length > 0 ? 1 : 0);
