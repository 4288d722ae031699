#!/usr/bin/env node
// `npm start`: applies the D1 migrations locally, starts the Worker with wrangler dev on
// 127.0.0.1:8787 (PORT overrides) and prints the URLs once it answers /healthz.
// IM_PERSIST_DIR moves local state (D1, DO storage) away from .wrangler/state.
// IM_VAR_<NAME>=<value> overrides the wrangler.toml var <NAME> for this run (e.g.
// IM_VAR_RATE_MSGS_PER_SEC=1000 for a benchmark, IM_VAR_ADMIN_USER_IDS=<id>).
// Extra arguments go to wrangler dev, e.g. `npm start -- --var PUSH_WEBHOOK_URL:http://...`.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 8787);
const host = "127.0.0.1";
const persist = process.env.IM_PERSIST_DIR;
const wrangler = join(root, "node_modules", "wrangler", "bin", "wrangler.js");
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${process.env.PORT}`);
  process.exit(2);
}

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
const stop = (signal) => {
  stopping = true;
  dev.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
dev.on("exit", (code) => process.exit(stopping ? 0 : (code ?? 1)));

const base = `http://${host}:${port}`;
for (let i = 0; i < 600 && !stopping; i++) {
  try {
    const res = await fetch(`${base}/healthz`);
    if (res.ok) {
      console.log(
        [
          "",
          "IMServer is running:",
          `  Web chat   ${base}/`,
          `  HTTP API   ${base}/v1  (health: ${base}/healthz, readiness: ${base}/readyz)`,
          `  API docs   ${base}/docs  (OpenAPI: ${base}/openapi.json)`,
          `  WebSocket  ws://${host}:${port}/v1/ws?token=<accessToken>`,
          "IMSERVER_READY",
          "",
        ].join("\n"),
      );
      break;
    }
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 200));
}
