#!/usr/bin/env node
/**
 * `npm test`: runs vitest, and survives one kind of failure that is not ours: the workerd
 * binary the Workers pool drives (miniflare 4.20260426.0) occasionally dies of a
 * segmentation fault mid-run ("Received signal #11", then vitest's "Worker exited
 * unexpectedly"). No test fails when that happens; the tests of the crashed isolate are just
 * never reported. Then, and only then, the workerd projects run once more and their result
 * decides. Any failed test, any other error, or a second crash fails the run as usual.
 * See docs/testing.md.
 */
import { spawn } from "node:child_process";

const args = process.argv.slice(2);
const POOL_PROJECTS = ["workers", "limits"];

/** Runs vitest with `extra` args, echoing its output; resolves with its exit code and output. */
function vitest(extra) {
  return new Promise((resolve) => {
    const child = spawn("npx", ["vitest", "run", ...extra], { stdio: ["inherit", "pipe", "pipe"], env: process.env });
    let output = "";
    const keep = (chunk, sink) => {
      sink.write(chunk);
      output += chunk.toString("utf8");
      // Only the tail matters (the summary); keep memory bounded on long runs.
      if (output.length > 4_000_000) output = output.slice(-2_000_000);
    };
    child.stdout.on("data", (c) => keep(c, process.stdout));
    child.stderr.on("data", (c) => keep(c, process.stderr));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const plain = (s) => s.replace(/\x1b\[[0-9;]*m/g, "");

/** A run that failed only because the workerd binary crashed: no test failed, and every error is that crash. */
function onlyRuntimeCrash(output) {
  const text = plain(output);
  if (!/Received signal #11|Segmentation fault/.test(text)) return false;
  if (/^\s*Tests\s+.*\d+ failed/m.test(text) || /^\s*Test Files\s+.*\d+ failed/m.test(text)) return false;
  const errors = Number(/^\s*Errors\s+(\d+) errors?/m.exec(text)?.[1] ?? 0);
  const crashes = (text.match(/Caused by: Error: Worker exited unexpectedly/g) ?? []).length;
  return errors > 0 && crashes >= errors;
}

const first = await vitest(args);
if (first.code === 0) process.exit(0);
const namesProject = args.some((a) => a === "--project" || a.startsWith("--project="));
const namesFiles = args.some((a) => !a.startsWith("-"));
if (!onlyRuntimeCrash(first.output) || namesFiles) process.exit(first.code);

const projects = namesProject ? [] : POOL_PROJECTS.flatMap((p) => ["--project", p]);
console.error(
  `\n[test] workerd crashed (segmentation fault) while no test had failed: a crash of the runtime binary, not a test result.\n` +
    `[test] Running the workerd projects once more (${namesProject ? "the projects asked for" : POOL_PROJECTS.join(", ")}); their result decides.\n`,
);
const second = await vitest([...args, ...projects]);
process.exit(second.code);
