#!/usr/bin/env node
// Regenerates the protobufjs static module (shared/proto/im.js + im.d.ts) from im.proto.
// Static code, never reflection: Workers forbid the run-time codegen reflection relies on.
// With --check it regenerates into a temp dir and fails if the committed files differ.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const protoDir = join(root, "shared", "proto");
const proto = join(protoDir, "im.proto");
const pbjs = join(root, "node_modules", "protobufjs-cli", "bin", "pbjs");
const check = process.argv.includes("--check");

const tmp = mkdtempSync(join(tmpdir(), "proto-gen-"));
try {
  const common = ["-t", "static-module", "-w", "esm", "--no-verify", "--no-delimited", "--no-service"];
  // The commented build only feeds pbts (it reads the JSDoc); the shipped JS has no comments.
  execFileSync(process.execPath, [pbjs, ...common, "-d", "-o", join(tmp, "commented.js"), proto], { stdio: "inherit" });
  execFileSync(process.execPath, [pbjs, ...common, "--no-comments", "-o", join(tmp, "im.js"), proto], { stdio: "inherit" });
  const js = readFileSync(join(tmp, "im.js"), "utf8");
  // pbts emits a CommonJS-style import of long; our tsconfig uses verbatimModuleSyntax.
  const dts = readFileSync(join(tmp, "commented.d.ts"), "utf8").replace(
    'import Long = require("long");',
    'import type Long from "long";',
  );
  const outputs = { "im.js": js, "im.d.ts": dts };
  if (check) {
    const drift = Object.entries(outputs).filter(([name, text]) => readFileSync(join(protoDir, name), "utf8") !== text);
    if (drift.length > 0) {
      console.error(`proto:gen drift in ${drift.map(([n]) => n).join(", ")}: run npm run proto:gen`);
      process.exit(1);
    }
    console.log("generated protocol code matches shared/proto/im.proto");
  } else {
    for (const [name, text] of Object.entries(outputs)) writeFileSync(join(protoDir, name), text);
    console.log("wrote shared/proto/im.js and shared/proto/im.d.ts");
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
