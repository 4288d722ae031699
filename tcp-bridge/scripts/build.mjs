#!/usr/bin/env node
// Bundles the bridge (its TypeScript, the project's shared/ codec and its npm dependencies)
// into one ESM file, tcp-bridge/dist/bridge.mjs, that runs on Node 20 with no node_modules.
// `npm start` and the Dockerfile call this; `node tcp-bridge/scripts/build.mjs` by hand too.
import { build } from "esbuild";
import { renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Entry points: name in dist/ -> source. */
export const ENTRIES = {
  bridge: join(here, "src", "main.ts"),
  "bench-latency": join(here, "bench", "latency.ts"),
};

/** Builds one entry into tcp-bridge/dist/<name>.mjs and returns its path. */
export async function buildEntry(name = "bridge") {
  const out = join(here, "dist", `${name}.mjs`);
  // Written beside the target and renamed, so a running process never sees half a file.
  const tmp = `${out}.${process.pid}.tmp`;
  await build({
    entryPoints: [ENTRIES[name]],
    outfile: tmp,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "inline",
    logLevel: "warning",
    // Bundled CommonJS packages (pino, ws, prom-client) call require().
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  });
  renameSync(tmp, out);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  for (const name of names.length > 0 ? names : ["bridge"]) {
    if (!(name in ENTRIES)) {
      console.error(`unknown entry ${name}; one of ${Object.keys(ENTRIES).join(", ")}`);
      process.exit(2);
    }
    console.log(`built ${await buildEntry(name)}`);
  }
}
