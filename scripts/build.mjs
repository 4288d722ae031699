#!/usr/bin/env node
// Builds the client layer (no build server at run time: everything is static output).
//   web  → web/dist/ (the chat app the Worker serves as static assets)
//   cli  → dist/cli/imserver.mjs (the `imserver` command; bin/imserver.mjs loads it)
//   sdk  → sdk/dist/ (ESM bundle of sdk/src + shared/, and .d.ts), what `npm pack` ships
// `node scripts/build.mjs [web] [cli] [sdk]` (no argument: all three).
// `npm start` builds web and cli; `npm test` builds everything before the tests.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const at = (...p) => join(root, ...p);

const targets = {
  async web() {
    const out = at("web", "dist");
    // Written in place, never removed first: a Worker (or the workers test pool) started
    // beside this build must never find the assets directory missing.
    mkdirSync(out, { recursive: true });
    cpSync(at("web", "static"), out, { recursive: true });
    await build({
      entryPoints: [at("web", "src", "main.ts")],
      outfile: join(out, "app.js"),
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      sourcemap: "linked",
      legalComments: "none",
      logLevel: "warning",
    });
  },

  async cli() {
    await build({
      entryPoints: [at("cli", "main.ts")],
      outfile: at("dist", "cli", "imserver.mjs"),
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // Dependencies come from node_modules at run time (ws, protobufjs, zod).
      packages: "external",
      sourcemap: "inline",
      logLevel: "warning",
    });
  },

  async sdk() {
    const out = at("sdk", "dist");
    rmSync(out, { recursive: true, force: true });
    await build({
      entryPoints: [at("sdk", "src", "index.ts")],
      outfile: join(out, "index.js"),
      bundle: true,
      format: "esm",
      // Neutral: no Node built-ins, so browsers, Node and Workers all load the same file.
      platform: "neutral",
      mainFields: ["module", "main"],
      target: "es2022",
      // shared/ is bundled in (one protocol definition, shipped with the SDK); the two
      // libraries it builds on are ordinary dependencies of the package.
      external: ["protobufjs", "protobufjs/*", "zod", "zod/*"],
      sourcemap: true,
      logLevel: "warning",
    });
    const tsc = at("node_modules", "typescript", "bin", "tsc");
    execFileSync(process.execPath, [tsc, "-p", at("sdk", "tsconfig.build.json")], { cwd: root, stdio: "inherit" });
    // The generated protobuf declarations are hand-written .d.ts, which tsc does not copy.
    cpSync(at("shared", "proto", "im.d.ts"), join(out, "types", "shared", "proto", "im.d.ts"));
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted) if (!(name in targets)) {
  console.error(`unknown build target ${name}; expected ${Object.keys(targets).join(", ")}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(targets)) {
  const started = Date.now();
  await targets[name]();
  // Progress on stderr: stdout stays clean for tools that parse it (`npm pack --json`).
  console.error(`built ${name} in ${Date.now() - started} ms`);
}
