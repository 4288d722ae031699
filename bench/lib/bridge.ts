/**
 * Finds and starts the TCP bridge (`tcp-bridge/`) against a running IMServer, for W5. The
 * bridge is a separate deployable; this file is the benchmark's whole contract with it: the
 * entry point (`node tcp-bridge/scripts/build.mjs bridge`, then `tcp-bridge/dist/bridge.mjs`,
 * as `npm start` runs it), its environment variables (TCP_HOST, TCP_PORT, ADMIN_PORT,
 * UPSTREAM_URL, limits, LOG_LEVEL) and readiness by the protocol itself (a PING frame
 * answered with PONG, which the bridge does before AUTH). BENCH_BRIDGE_ENTRY=<file.mjs>
 * points at another build.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { freePort } from "../../scripts/lib/free-port.js";
import { FrameDecoder } from "../../shared/frame.js";
import { encodePacket } from "../../shared/wire.js";
import { packetOfFrame } from "./im-client.js";
import type { Outcome } from "./results.js";
import { ROOT } from "./servers.js";

export interface Bridge {
  host: string;
  port: number;
  entry: string;
  stop(): Promise<void>;
}

const DIR = join(ROOT, "tcp-bridge");

/** The command that runs the bridge, or why there is none. */
export function bridgeCommand(): Outcome<{ entry: string; args: string[] }> {
  const override = process.env["BENCH_BRIDGE_ENTRY"];
  if (override) return existsSync(override) ? { status: "ok", data: { entry: override, args: [override] } } : { status: "failed", error: `BENCH_BRIDGE_ENTRY ${override} does not exist` };
  const build = join(DIR, "scripts", "build.mjs");
  const dist = join(DIR, "dist", "bridge.mjs");
  if (existsSync(build)) {
    // The production artifact: the bridge's own bundle, rebuilt from the current sources.
    const run = spawnSync(process.execPath, [build, "bridge"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
    if (run.status !== 0) return { status: "failed", error: `tcp-bridge build failed: ${run.stderr.slice(-500)}` };
  }
  if (existsSync(dist)) return { status: "ok", data: { entry: dist, args: [dist] } };
  const src = join(DIR, "src", "main.ts");
  if (existsSync(src)) return { status: "ok", data: { entry: src, args: ["--import", "tsx", src] } };
  return { status: "not_available", reason: "no TCP bridge on this build (tcp-bridge/src/main.ts or tcp-bridge/dist/bridge.mjs is absent)" };
}

export async function startBridge(upstreamWsUrl: string, logFile: string): Promise<Outcome<Bridge>> {
  const command = bridgeCommand();
  if (command.status !== "ok") return command;
  const host = "127.0.0.1";
  const port = await freePort();
  const log = createWriteStream(logFile, { flags: "a" });
  const child: ChildProcess = spawn(process.execPath, command.data.args, {
    cwd: ROOT,
    env: {
      ...process.env,
      TCP_HOST: host,
      TCP_PORT: String(port),
      ADMIN_HOST: host,
      ADMIN_PORT: "0",
      UPSTREAM_URL: upstreamWsUrl,
      // Every benchmark client comes from 127.0.0.1.
      TCP_MAX_CONNECTIONS: "100000",
      TCP_MAX_CONNECTIONS_PER_IP: "100000",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once("exit", () => r()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) return { status: "failed", error: `the bridge exited with ${child.exitCode} (see ${logFile})` };
    if (await answersPing(host, port)) return { status: "ok", data: { host, port, entry: command.data.entry, stop } };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  return { status: "failed", error: `the bridge did not answer PING on ${host}:${port} within 30 s (see ${logFile})` };
}

/** True when a PING frame on a fresh connection gets a PONG. */
function answersPing(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const decoder = new FrameDecoder();
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), 1_000);
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write(encodePacket({ op: "ping", d: {} }, "binary")));
    socket.on("data", (chunk: Buffer) => {
      try {
        done(decoder.push(new Uint8Array(chunk)).some((f) => packetOfFrame(f)?.op === "pong"));
      } catch {
        done(false);
      }
    });
  });
}
