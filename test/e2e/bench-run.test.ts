/**
 * `npm run bench` end to end, small: the harness builds and starts IMServer and the
 * ceiling under Miniflare (bindings from wrangler.toml, D1 migrated), runs W1 and W6 with
 * real clients, and writes the JSON, the table and the chart. Checks what it counted, never
 * how fast anything was.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BenchResults } from "../../bench/lib/results.js";
import { ROOT } from "../../bench/lib/servers.js";

const out = mkdtempSync(join(tmpdir(), "bench-run-test-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("npm run bench", () => {
  it("runs selected workloads against both Workers and writes results, table and chart", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "bench", "run.ts"), "--quick", "--only", "W1,W6", "--out", out, "--no-docs"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 170_000,
    });
    expect(run.status, run.stderr.slice(-3000)).toBe(0);
    expect(run.stdout).toMatch(/W1 p99 send→receive/);

    const files = readdirSync(out);
    expect(files).toEqual(expect.arrayContaining(["quick-latest.json", "quick-latest.md", "quick-latest.svg"]));
    expect(files.some((f) => /^\d{4}-\d\d-\d\dT.*-quick\.json$/.test(f))).toBe(true);

    const results = JSON.parse(readFileSync(join(out, "quick-latest.json"), "utf8")) as BenchResults;
    expect(results).toMatchObject({ schema: 1, mode: "quick" });
    expect(results.machine.cpus).toBeGreaterThan(0);
    expect(results.versions["workerd"]).toMatch(/^\d/);
    expect(Object.keys(results.workloads).sort()).toEqual(["W1", "W6"]);

    const w1 = results.workloads.W1!;
    expect(w1.status).toBe("ok");
    if (w1.status !== "ok") return;
    for (const run of [w1.data.imserver, w1.data.imserverBinary, w1.data.ceilingStore, w1.data.ceilingTopology]) {
      expect(run.failed, run.label).toBe(0);
      expect(run.receive?.count, run.label).toBe(300);
      expect(run.ledger, run.label).toMatchObject({ lost: 0, duplicates: 0, unexpected: 0, outOfOrder: 0 });
    }
    expect(w1.data.ceilingEcho.ack?.count).toBe(300);

    const w6 = results.workloads.W6!;
    expect(w6.status).toBe("ok");
    if (w6.status !== "ok") return;
    expect(w6.data.imserver.ledger).toMatchObject({ expected: 2_000, delivered: 2_000, lost: 0, duplicates: 0 });
    expect(w6.data.ceiling.ledger).toMatchObject({ expected: 2_000, delivered: 2_000, lost: 0, duplicates: 0 });

    expect(readFileSync(join(out, "quick-latest.md"), "utf8")).toContain("| workload | IMServer | ceiling | ratio | target | met? |");
    expect(readFileSync(join(out, "quick-latest.svg"), "utf8")).toMatch(/^<svg [\s\S]*<\/svg>\n$/);
    // Logs go beside the results when --out is given, so a run leaves nothing elsewhere.
    expect(files.some((f) => f.startsWith("logs-") && existsSync(join(out, f, "imserver.log")))).toBe(true);
  });
});
