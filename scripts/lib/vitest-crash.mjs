/**
 * Reads a vitest run's output for the one failure `npm test` runs again (scripts/test.mjs):
 * a test process that died while no test had failed.
 */

const plain = (s) => s.replace(/\x1b\[[0-9;]*m/g, "");

/**
 * The pools ("forks", "cloudflare-pool") that lost a process, when that is the run's only
 * failure: no failed test or file, and every error vitest counted is a worker process that
 * exited ("[vitest-pool]: Worker <pool> emitted error." caused by "Worker exited
 * unexpectedly"). Otherwise undefined.
 * @param {string} output
 * @returns {string[] | undefined}
 */
export function crashedPools(output) {
  const text = plain(output);
  if (/^\s*Tests\s+.*\d+ failed/m.test(text) || /^\s*Test Files\s+.*\d+ failed/m.test(text)) return undefined;
  const errors = Number(/^\s*Errors\s+(\d+) errors?/m.exec(text)?.[1] ?? 0);
  if (errors === 0) return undefined;
  const pools = [];
  // Each pool error, up to the next one: its cause must be the process exit.
  const parts = text.split("[vitest-pool]: Worker ").slice(1);
  for (const part of parts) {
    const pool = /^(\S+) emitted error\./.exec(part)?.[1];
    const cause = /Caused by: (.*)/.exec(part)?.[1]?.trim();
    if (pool && cause === "Error: Worker exited unexpectedly") pools.push(pool);
  }
  if (pools.length < errors) return undefined;
  return [...new Set(pools)];
}
