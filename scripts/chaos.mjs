#!/usr/bin/env node
// `npm run test:chaos`: the chaos suite (test/chaos/) on its own. `-- --long` runs the soak
// (minutes of chaos with more clients) instead of the short run that `npm test` includes.
// CHAOS_SEED=<n> replays a seed. Other arguments go to vitest.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const long = args.includes("--long");
const rest = args.filter((a) => a !== "--long");
const build = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const run = spawnSync(process.execPath, [vitest, "run", "--project", "chaos", ...rest], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ...(long ? { CHAOS_LONG: "1" } : {}) },
});
process.exit(run.status ?? 1);
