/**
 * Runs the real `imserver` binary (bin/imserver.mjs) as a child process for end-to-end
 * tests: one session file per user in `dir`, the server from `url`.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

export const BIN = join(import.meta.dirname, "..", "..", "..", "bin", "imserver.mjs");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Following {
  stdout(): string;
  stderr(): string;
  /** Waits until `cond` holds (polling), or throws with what the process printed. */
  waitFor(cond: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

export function cliRunner(o: { dir: string; url: string }) {
  const envOf = (user: string, env: Record<string, string> = {}) => ({ ...process.env, IMSERVER_CONFIG: join(o.dir, `${user}.json`), IMSERVER_URL: o.url, ...env });

  /** Runs the CLI as `user` (its own session file) and waits for it to exit. */
  function cli(user: string, args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], { env: envOf(user, opts.env), stdio: ["pipe", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.stdin.end(opts.input ?? "");
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`imserver ${args.join(" ")} did not exit:\n${stdout}\n${stderr}`));
      }, 30_000);
      child.on("exit", (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
  }

  /** Starts a long-running command (`tail`) as `user`; status lines go to stderr (IMSERVER_VERBOSE). */
  function follow(user: string, args: string[], opts: { env?: Record<string, string> } = {}): Following {
    const child = spawn(process.execPath, [BIN, ...args], { env: envOf(user, { IMSERVER_VERBOSE: "1", ...opts.env }), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    let exitCode: number | null | undefined;
    void exited.then((c) => (exitCode = c));
    return {
      stdout: () => stdout,
      stderr: () => stderr,
      exited,
      async waitFor(cond, what, timeoutMs = 20_000) {
        const deadline = Date.now() + timeoutMs;
        while (!cond()) {
          if (Date.now() > deadline || exitCode !== undefined) {
            throw new Error(`${exitCode !== undefined ? `exited ${exitCode}` : "timed out"} waiting for ${what}\nstdout: ${stdout}\nstderr: ${stderr}`);
          }
          await new Promise((r) => setTimeout(r, 25));
        }
      },
      async stop(signal = "SIGINT") {
        if (exitCode === undefined) child.kill(signal);
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        const code = await exited;
        clearTimeout(timer);
        return code;
      },
    };
  }

  return { cli, follow };
}

/** NDJSON records: `{"type", "data"}` per line; returns the data with its type beside it as `record`. */
export const lines = (s: string) =>
  s
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { type: string; data: Record<string, any> })
    .map((r): Record<string, any> => ({ ...r.data, record: r.type }));
