/**
 * Builds a Worker to JS and runs it in its own child process under Miniflare
 * (server-main.ts), so the workload client, IMServer and the ceiling are separate
 * processes and the workerd process can be measured on its own.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { ServerSpec } from "./server-main.js";

export const ROOT = resolve(import.meta.dirname, "..", "..");
const WRANGLER = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
const READY_PREFIX = "BENCH_SERVER ";

export interface Server {
  /** http://127.0.0.1:<port> */
  url: string;
  /** ws://127.0.0.1:<port> */
  wsUrl: string;
  /** The workerd process, for memory readings. */
  pid: number | undefined;
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Builds the static assets IMServer's config points at (`[assets]`: the web app), as
 * `npm start` does, so the Worker can be bundled and served. No-op without a build script.
 */
export function buildAssets(): void {
  const script = join(ROOT, "scripts", "build.mjs");
  if (!existsSync(script)) return;
  const run = spawnSync(process.execPath, [script, "web"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (run.status !== 0) throw new Error(`building the web assets failed:\n${run.stdout}\n${run.stderr}`);
}

/** Bundles a Worker exactly as `wrangler deploy` would and returns the entry module's path. */
export function buildWorker(config: string, outDir: string): string {
  const configPath = resolve(config);
  const run = spawnSync(process.execPath, [WRANGLER, "deploy", "--dry-run", "--outdir", outDir, "-c", configPath], {
    cwd: dirname(configPath),
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`building ${configPath} failed:\n${run.stdout}\n${run.stderr}`);
  const entry = readdirSync(outDir).find((f) => f.endsWith(".js"));
  if (!entry) throw new Error(`building ${configPath} produced no .js in ${outDir}`);
  return join(outDir, entry);
}

/** Starts one Worker under Miniflare in a child process; resolves once it serves requests. */
export async function startServer(spec: ServerSpec, timeoutMs = 120_000): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "server-main.ts"), JSON.stringify(spec)], {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr.on("data", (d: Buffer) => (err = (err + d.toString()).slice(-8_000)));
  const ready = await new Promise<{ url: string; pid: number | null }>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}\n${err}`)), timeoutMs);
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n").find((l) => l.startsWith(READY_PREFIX));
      if (line) {
        clearTimeout(timer);
        resolveReady(JSON.parse(line.slice(READY_PREFIX.length)) as { url: string; pid: number | null });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${out}\n${err}`));
    });
  });
  const url = ready.url.replace(/\/$/, "");
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return { url, wsUrl: url.replace(/^http/, "ws"), pid: ready.pid ?? undefined, logFile: spec.logFile, stop };
}
