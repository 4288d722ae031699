/**
 * `npm test` runs a pool's projects again only when a test process died and nothing else
 * went wrong (scripts/lib/vitest-crash.mjs): these are the summaries it must tell apart,
 * shaped as vitest 4 prints them (colour codes included).
 */
import { describe, expect, it } from "vitest";
import { crashedPools } from "../../scripts/lib/vitest-crash.mjs";

const c = (code: number, s: string) => `\x1b[${code}m${s}\x1b[39m`;

function poolError(pool: string, cause = "Worker exited unexpectedly"): string {
  return [
    `${c(31, "⎯⎯⎯⎯⎯⎯⎯")} Unhandled Error ${c(31, "⎯⎯⎯⎯⎯⎯⎯")}`,
    `${c(31, `Error: [vitest-pool]: Worker ${pool} emitted error.`)}`,
    " ❯ EventEmitter.onTaskError node_modules/vitest/dist/chunks/cli-api.B0Pz1_R7.js:3526:21",
    " ❯ EventEmitter.emit node:events:524:28",
    " ❯ ChildProcess.emitUnexpectedExit node_modules/vitest/dist/chunks/cli-api.B0Pz1_R7.js:3092:22",
    " ❯ ChildProcess._handle.onexit node:internal/child_process:293:12",
    "",
    `${c(31, `Caused by: Error: ${cause}`)}`,
    " ❯ ChildProcess.emitUnexpectedExit node_modules/vitest/dist/chunks/cli-api.B0Pz1_R7.js:3090:33",
    "",
  ].join("\n");
}

function summary(o: { failedFiles?: number; failedTests?: number; errors?: number }): string {
  const files = o.failedFiles ? `${c(31, `${o.failedFiles} failed`)} | ${c(32, "71 passed")} (73)` : `${c(32, "72 passed")} (73)`;
  const tests = o.failedTests ? `${c(31, `${o.failedTests} failed`)} | ${c(32, "735 passed")} (738)` : `${c(32, "736 passed")} (738)`;
  return [` Test Files  ${files}`, `      Tests  ${tests}`, ...(o.errors ? [`     Errors  ${c(31, `${o.errors} error${o.errors > 1 ? "s" : ""}`)}`] : []), "   Duration  531.03s"].join("\n");
}

describe("crashedPools", () => {
  it("names the pool whose process died when that is the only failure", () => {
    expect(crashedPools(`${poolError("forks")}\n${summary({ errors: 1 })}`)).toEqual(["forks"]);
    const workerd = `workerd/server/server.c++: Received signal #11: Segmentation fault\n${poolError("cloudflare-pool")}\n${summary({ errors: 1 })}`;
    expect(crashedPools(workerd)).toEqual(["cloudflare-pool"]);
    expect(crashedPools(`${poolError("forks")}\n${poolError("cloudflare-pool")}\n${poolError("forks")}\n${summary({ errors: 3 })}`)).toEqual(["forks", "cloudflare-pool"]);
  });

  it("refuses when a test failed as well (the run that did not land: a browser test timed out and a fork died)", () => {
    expect(crashedPools(`${poolError("forks")}\n${summary({ failedFiles: 1, failedTests: 1, errors: 1 })}`)).toBeUndefined();
    expect(crashedPools(`${poolError("forks")}\n${summary({ failedFiles: 1, errors: 1 })}`)).toBeUndefined();
  });

  it("refuses when any error is something else", () => {
    const other = `${c(31, "TypeError: Cannot read properties of undefined")}\n ❯ test/e2e/x.test.ts:1:1\n`;
    expect(crashedPools(`${poolError("forks")}\n${other}${summary({ errors: 2 })}`)).toBeUndefined();
    expect(crashedPools(`${poolError("forks", "Error: Worker terminated due to reaching memory limit")}\n${summary({ errors: 1 })}`)).toBeUndefined();
  });

  it("has nothing to say about a run without errors", () => {
    expect(crashedPools(summary({}))).toBeUndefined();
    expect(crashedPools(summary({ failedFiles: 1, failedTests: 2 }))).toBeUndefined();
  });
});
