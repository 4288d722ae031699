/**
 * Starts the real local Worker exactly as `npm start` does (scripts/start.mjs: D1
 * migrations, wrangler dev, then the TCP bridge in front of it) on free ports with its own
 * state directory, for end-to-end tests in Node.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../../scripts/lib/free-port.js";

export interface LocalWorker {
  baseUrl: string;
  wsUrl: string;
  port: number;
  /** The worker's state directory (D1, DO storage), e.g. for `scripts/admin-key.mjs --persist-to`. */
  persistDir: string;
  /** The TCP bridge started with it. */
  tcpPort: number;
  /** The bridge's admin server (/healthz, /readyz, /metrics). */
  adminUrl: string;
  output(): string;
  stop(): Promise<void>;
  /** `kill -9` of the whole server (wrangler dev, workerd, bridge): every object dies at once. */
  kill(): Promise<void>;
}

export { freePort };

export interface StartOptions {
  env?: Record<string, string>;
  /** Worker vars for this run (wrangler dev `--var NAME:value`), overriding wrangler.toml. */
  vars?: Record<string, string>;
  /** Reuse this state directory (kept on stop) instead of a fresh temporary one. */
  persistDir?: string;
  /** Listen on this HTTP port (e.g. to restart a killed server where its clients expect it). */
  port?: number;
  timeoutMs?: number;
}

/** A fresh state directory for startLocalWorker({ persistDir }); the caller removes it. */
export function makeStateDir(): string {
  return mkdtempSync(join(tmpdir(), "imserver-e2e-"));
}

export async function startLocalWorker(opts: StartOptions = {}): Promise<LocalWorker> {
  const port = opts.port ?? (await freePort());
  const tcpPort = await freePort();
  const adminPort = await freePort();
  const persist = opts.persistDir ?? makeStateDir();
  const root = join(import.meta.dirname, "..", "..", "..");
  const varArgs = Object.entries(opts.vars ?? {}).flatMap(([k, v]) => ["--var", `${k}:${v}`]);
  const child: ChildProcess = spawn(process.execPath, [join(root, "scripts", "start.mjs"), ...varArgs], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      TCP_PORT: String(tcpPort),
      ADMIN_PORT: String(adminPort),
      IM_PERSIST_DIR: persist,
      // Tests close their clients; a short drain keeps `stop()` quick when one did not.
      SHUTDOWN_GRACE_MS: "300",
      // A test process that crashes takes its server with it (no orphan holding ports and CPU).
      IM_EXIT_WITH_PARENT: "1",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise<void>((r) => child.once("exit", () => r()));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    if (!opts.persistDir) rmSync(persist, { recursive: true, force: true });
  };
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      const exited = new Promise<void>((r) => child.once("exit", () => r()));
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
      await exited;
    }
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  while (!out.includes("IMSERVER_READY")) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`local worker did not start:\n${out.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    tcpPort,
    persistDir: persist,
    adminUrl: `http://127.0.0.1:${adminPort}`,
    output: () => out,
    stop,
    kill,
  };
}
