#!/usr/bin/env node
// The `imserver` command. Its code is built from cli/ into dist/cli/imserver.mjs
// (`npm run build`); on a fresh checkout this builds it first.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = new URL("../dist/cli/imserver.mjs", import.meta.url);
if (!existsSync(built)) {
  const script = fileURLToPath(new URL("../scripts/build.mjs", import.meta.url));
  const result = spawnSync(process.execPath, [script, "cli"], { stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) {
    console.error("imserver: could not build the CLI (run `npm ci` first)");
    process.exit(1);
  }
}
await import(built.href);
