#!/usr/bin/env node
// `npm start`: applies the D1 migrations locally, starts the Worker with wrangler dev on
// 127.0.0.1:8787 (PORT overrides), then the TCP bridge on 127.0.0.1:9000 (TCP_PORT
// overrides; its admin server on ADMIN_PORT, default 9091) in front of it, and prints the
// URLs once both answer. IM_PERSIST_DIR moves local state (D1, DO storage) away from
// .wrangler/state. Every other tcp-bridge variable (docs/tcp-bridge.md) passes through.
// IM_EXIT_WITH_PARENT=1 stops the server when the process that started it dies (tests).
// IM_VAR_<NAME>=<value> overrides the wrangler.toml var <NAME> for this run (e.g.
// IM_VAR_RATE_MSGS_PER_SEC=1000 for a benchmark, IM_VAR_ADMIN_USER_IDS=<id>).
// Extra arguments go to wrangler dev, e.g. `npm start -- --var PUSH_WEBHOOK_URL:http://...`.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { buildEntry } from "../tcp-bridge/scripts/build.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 8787);
const tcpPort = Number(process.env.TCP_PORT ?? 9000);
const adminPort = Number(process.env.ADMIN_PORT ?? 9091);
const host = "127.0.0.1";
const persist = process.env.IM_PERSIST_DIR;
const wrangler = join(root, "node_modules", "wrangler", "bin", "wrangler.js");
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };

for (const [name, value] of [["PORT", port], ["TCP_PORT", tcpPort], ["ADMIN_PORT", adminPort]]) {
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`${name} must be a port number, got ${process.env[name]}`);
    process.exit(2);
  }
}

// Build the bridge first: a broken build should fail before anything starts.
const bridgeBundle = await buildEntry("bridge").catch((err) => {
  console.error(`tcp-bridge build failed: ${err.message}`);
  process.exit(1);
});

if (!existsSync(join(root, ".dev.vars"))) {
  copyFileSync(join(root, ".dev.vars.example"), join(root, ".dev.vars"));
  console.log("created .dev.vars from .dev.vars.example (development secrets)");
}

// The web app and the CLI are static build output (no build server at run time).
const built = spawnSync(process.execPath, [join(root, "scripts", "build.mjs"), "web", "cli"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
if (built.status !== 0) {
  console.error(built.stdout, built.stderr);
  console.error("building the web app failed");
  process.exit(1);
}

const persistArgs = persist ? ["--persist-to", persist] : [];
const varArgs = Object.entries(process.env)
  .filter(([k]) => k.startsWith("IM_VAR_") && k.length > 7)
  .flatMap(([k, v]) => ["--var", `${k.slice(7)}:${v}`]);
console.log(`applying D1 migrations to the local database${persist ? ` in ${persist}` : ""}...`);
const migrate = spawnSync(process.execPath, [wrangler, "d1", "migrations", "apply", "DB", "--local", ...persistArgs], {
  cwd: root,
  env,
  stdio: ["ignore", "pipe", "pipe"],
  encoding: "utf8",
});
if (migrate.status !== 0) {
  console.error(migrate.stdout, migrate.stderr);
  console.error("D1 migrations failed");
  process.exit(1);
}

const dev = spawn(
  process.execPath,
  [wrangler, "dev", "--ip", host, "--port", String(port), "--inspector-port", "0", "--show-interactive-dev-session=false", ...persistArgs, ...varArgs, ...process.argv.slice(2)],
  { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] },
);

let stopping = false;
let crashed = false;
/** @type {import("node:child_process").ChildProcess | undefined} */
let bridge;
const children = () => [dev, bridge].filter((c) => c && c.exitCode === null && c.signalCode === null);
const stop = (signal) => {
  stopping = true;
  for (const child of children()) child.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
// Test harnesses start the server in its own process group (to kill it whole); if the
// harness itself dies, nothing else would ever stop it, and an orphaned server keeps its
// ports, memory and CPU. IM_EXIT_WITH_PARENT=1: stop once the parent is gone (the process
// is then re-parented, so its parent pid changes).
if (process.env.IM_EXIT_WITH_PARENT === "1") {
  const parent = process.ppid;
  // Output to a dead parent's pipe fails (EPIPE); that must not crash this process before
  // it has stopped its children.
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);
  setInterval(() => {
    if (process.ppid !== parent && !stopping) stop("SIGTERM");
  }, 500).unref();
}
// Either child ending on its own takes the other down: half a server is no server.
const onChildExit = (name) => (code) => {
  if (!stopping) {
    console.error(`${name} exited (${code}); stopping`);
    crashed = true;
    stop("SIGTERM");
  }
  if (children().length === 0) process.exit(crashed ? 1 : 0);
};
dev.on("exit", onChildExit("wrangler dev"));

const base = `http://${host}:${port}`;
let workerUp = false;
for (let i = 0; i < 600 && !stopping; i++) {
  try {
    const res = await fetch(`${base}/healthz`);
    if (res.ok) {
      workerUp = true;
      break;
    }
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 200));
}

if (workerUp && !stopping) {
  bridge = spawn(process.execPath, ["--enable-source-maps", bridgeBundle], {
    cwd: root,
    env: { ...process.env, UPSTREAM_URL: `ws://${host}:${port}`, TCP_PORT: String(tcpPort), ADMIN_PORT: String(adminPort) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  bridge.on("exit", onChildExit("tcp-bridge"));
  // The bridge logs JSON lines; its "bridge listening" line carries the bound ports.
  const lines = createInterface({ input: bridge.stdout });
  let announced = false;
  lines.on("line", (line) => {
    console.log(line);
    if (announced) return;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      return;
    }
    if (entry.msg !== "bridge listening") return;
    announced = true;
    const tcpHost = entry.tcp.host;
    console.log(
      [
        "",
        "IMServer is running:",
        `  Web chat   ${base}/`,
        `  HTTP API   ${base}/v1  (health: ${base}/healthz, readiness: ${base}/readyz)`,
        `  API docs   ${base}/docs  (OpenAPI: ${base}/openapi.json)`,
        `  WebSocket  ws://${host}:${port}/v1/ws?token=<accessToken>`,
        `  TCP        ${entry.tcp.tls ? "tls" : "tcp"}://${tcpHost}:${entry.tcp.port}  (binary frames, AUTH first; docs/tcp-bridge.md)`,
        `  bridge     http://${entry.admin.host}:${entry.admin.port}/metrics  /healthz  /readyz`,
        "IMSERVER_READY",
        "",
      ].join("\n"),
    );
  });
}
