#!/usr/bin/env node
/**
 * `npm test`: the whole suite in two vitest runs, then one kind of failure that is not a
 * test result handled once.
 *
 * 1. Everything but the chaos suite (projects workers, limits, node); 2. the chaos suite
 *    alone, last: its reconnect storm kills a server under 1,000 sockets, and nothing else
 *    should share the machine with it or be reported from the same process.
 *
 * A test process can die under a run without any test failing: the workerd binary behind
 * the Workers pool (miniflare 4.20260426.0) occasionally segfaults ("Received signal #11"),
 * and a Node test fork has once exited mid-file. vitest then reports "Worker exited
 * unexpectedly" and never reports the tests of the dead process. Then, and only then, the
 * projects of the pool that lost a process run once more and their result decides. A
 * failed test, any other error, or a second crash fails the run as usual. Runs with
 * arguments (files, projects, filters) are one plain vitest run with the same retry.
 * See README.md, "Test it".
 */
import { spawn } from "node:child_process";
import { crashedPools } from "./lib/vitest-crash.mjs";

const args = process.argv.slice(2);
/** Which projects run in which vitest pool: a crashed pool's projects are what runs again. */
const POOLS = { "cloudflare-pool": ["workers", "limits"], forks: ["node", "chaos"] };

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

/** One vitest run (`extra` args), with the projects of a crashed pool run once more. */
async function runWithRetry(label, extra, projectsAsked) {
  const first = await vitest(extra);
  if (first.code === 0) return 0;
  const pools = crashedPools(first.output);
  const namesFiles = extra.some((a, i) => !a.startsWith("-") && extra[i - 1] !== "--project" && extra[i - 1] !== "-t");
  if (!pools || pools.some((p) => !POOLS[p]) || namesFiles) return first.code;
  const again = pools.flatMap((p) => POOLS[p]).filter((p) => !projectsAsked || projectsAsked.includes(p));
  if (again.length === 0) return first.code;
  console.error(
    `\n[test] ${label}: a test process died (${pools.join(", ")} pool) while no test had failed: a crash of the runner, not a test result.\n` +
      `[test] Running ${again.join(", ")} once more; that result decides.\n`,
  );
  const withoutProjects = extra.filter((a, i) => a !== "--project" && extra[i - 1] !== "--project" && !a.startsWith("--project="));
  const second = await vitest([...withoutProjects, ...again.flatMap((p) => ["--project", p])]);
  return second.code;
}

const projectsOf = (list) => list.flatMap((a, i) => (list[i - 1] === "--project" ? [a] : a.startsWith("--project=") ? [a.slice(10)] : []));

if (args.length > 0) {
  const asked = projectsOf(args);
  process.exit(await runWithRetry("vitest", args, asked.length > 0 ? asked : undefined));
}

const main = ["workers", "limits", "node"];
const mainCode = await runWithRetry("suite", main.flatMap((p) => ["--project", p]), main);
const chaosCode = await runWithRetry("chaos suite", ["--project", "chaos"], ["chaos"]);
if (mainCode !== 0) console.error("\n[test] the suite failed (see above).");
if (chaosCode !== 0) console.error("\n[test] the chaos suite failed (see above).");
process.exit(mainCode !== 0 ? mainCode : chaosCode);
