/**
 * Child process that runs one Worker under Miniflare (one workerd process, no wrangler dev
 * proxy: that proxy runs out of file descriptors near 3,300 WebSockets). The Worker's
 * bindings come from its wrangler.toml through wrangler's own mapping
 * (`unstable_getMiniflareWorkerOptions`), so D1, Durable Objects, Queues, R2, Analytics
 * Engine and whatever lands next are started exactly as configured, with no second list.
 *
 * Input: one JSON argument (ServerSpec). Output: one line `BENCH_SERVER {"url","pid"}` on
 * stdout once it answers, `pid` being the workerd process. Stops on SIGTERM or when stdin
 * closes (the parent died).
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { Miniflare, type WorkerOptions } from "miniflare";
import { unstable_getMiniflareWorkerOptions, unstable_readConfig } from "wrangler";
import { childPids } from "./proc.js";

export interface ServerSpec {
  /** Path of the Worker's wrangler.toml. */
  config: string;
  /** The Worker built to one JS module (wrangler deploy --dry-run --outdir). */
  script: string;
  /** State directory (D1, DO storage), laid out like `wrangler dev --persist-to`. */
  persist: string;
  /** Apply the D1 migrations of every database that declares migrations_dir first. */
  migrate: boolean;
  /** Values layered over the config's vars and secrets. */
  bindings: Record<string, string>;
  /** Where workerd's stdout/stderr go. */
  logFile: string;
  /** Open the V8 inspector on this port (bench/profile.ts). */
  inspectorPort?: number;
}

export const READY_PREFIX = "BENCH_SERVER ";

const spec = JSON.parse(process.argv[2] ?? "{}") as ServerSpec;
const configPath = resolve(spec.config);
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
Object.assign(process.env, env);

const config = unstable_readConfig({ config: configPath }, { hideWarnings: true });

if (spec.migrate) {
  const wrangler = join(import.meta.dirname, "..", "..", "node_modules", "wrangler", "bin", "wrangler.js");
  for (const db of config.d1_databases) {
    if (!db.migrations_dir) continue;
    const run = spawnSync(process.execPath, [wrangler, "d1", "migrations", "apply", db.binding, "--local", "--persist-to", spec.persist, "-c", configPath], {
      cwd: dirname(configPath),
      env,
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    if (run.status !== 0) {
      console.error(run.stdout, run.stderr);
      throw new Error(`D1 migrations failed for ${db.binding}`);
    }
  }
}

const { workerOptions, externalWorkers } = unstable_getMiniflareWorkerOptions(config);
// Secrets: .dev.vars when present (wrangler read it above), else the committed example.
const devVarsExample = join(dirname(configPath), ".dev.vars.example");
const exampleVars = existsSync(join(dirname(configPath), ".dev.vars")) || !existsSync(devVarsExample) ? {} : parseDotenv(readFileSync(devVarsExample, "utf8"));
const log = createWriteStream(spec.logFile, { flags: "a" });

const main = {
  ...workerOptions,
  name: config.name ?? "worker",
  modules: true,
  scriptPath: resolve(spec.script),
  modulesRoot: dirname(resolve(spec.script)),
  bindings: { ...exampleVars, ...(workerOptions.bindings ?? {}), ...spec.bindings },
} as WorkerOptions;

const mf = new Miniflare({
  host: "127.0.0.1",
  port: 0,
  cf: false,
  ...(spec.inspectorPort ? { inspectorPort: spec.inspectorPort } : {}),
  defaultPersistRoot: join(spec.persist, "v3"),
  // stdout carries the structured logs handled below; stderr has the runtime's own errors.
  handleRuntimeStdio(stdout: Readable, stderr: Readable) {
    stdout.resume();
    stderr.pipe(log);
  },
  // The Worker's console output (IMServer's JSON logs), one line each.
  handleStructuredLogs({ level, message }: { level: string; message: string }) {
    log.write(`${level} ${message}\n`);
  },
  workers: [main, ...(externalWorkers as WorkerOptions[])],
});

const url = await mf.ready;
const workerd = childPids(process.pid).find((pid) => commOf(pid) === "workerd");
process.stdout.write(`${READY_PREFIX}${JSON.stringify({ url: url.toString(), pid: workerd ?? null })}\n`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await mf.dispose().catch(() => undefined);
  log.end();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
process.stdin.on("end", () => void stop());
process.stdin.resume();

function commOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    out[m[1]!] = m[2]!.replace(/^"(.*)"$/, "$1").replace(/^'(.*)'$/, "$1");
  }
  return out;
}
