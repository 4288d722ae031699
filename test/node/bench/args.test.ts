/** `npm run bench` options. */
import { describe, expect, it } from "vitest";
import { FULL, parseArgs, QUICK, WORKLOADS } from "../../../bench/lib/profile.js";

describe("parseArgs", () => {
  it("runs everything at full size by default and then rewrites the docs", () => {
    expect(parseArgs([])).toEqual({ profile: FULL, only: [...WORKLOADS], outDir: undefined, writeDocs: true, render: undefined });
  });

  it("--quick runs the smoke profile and leaves the docs alone", () => {
    expect(parseArgs(["--quick"])).toMatchObject({ profile: QUICK, writeDocs: false });
    expect(parseArgs(["--quick", "--docs"])).toMatchObject({ profile: QUICK, writeDocs: true });
  });

  it("--only selects workloads (any case) and a partial run does not touch the docs", () => {
    expect(parseArgs(["--only", "w1,W3"])).toMatchObject({ only: ["W1", "W3"], writeDocs: false });
    expect(parseArgs(["--out", "/tmp/x", "--no-docs"])).toMatchObject({ outDir: "/tmp/x", writeDocs: false });
  });

  it("--render re-renders a saved run and only touches the docs when asked", () => {
    expect(parseArgs(["--render", "bench/results/latest.json"])).toMatchObject({ render: "bench/results/latest.json", writeDocs: false });
    expect(parseArgs(["--render", "x.json", "--docs"])).toMatchObject({ writeDocs: true });
  });

  it("refuses unknown options and workloads with a message", () => {
    expect(() => parseArgs(["--fast"])).toThrow(/unknown option --fast/);
    expect(() => parseArgs(["--only", "W9"])).toThrow(/unknown workload W9/);
    expect(() => parseArgs(["--only"])).toThrow(/needs a value/);
  });

  it("keeps the quick profile smaller than the full one in every workload", () => {
    expect(QUICK.w1.messages).toBeLessThan(FULL.w1.messages);
    expect(QUICK.w2.durationMs * QUICK.w2.pairs).toBeLessThan(FULL.w2.durationMs * FULL.w2.pairs);
    expect(Math.max(...QUICK.w4.counts)).toBeLessThan(Math.max(...FULL.w4.counts));
    expect(QUICK.w6.messages).toBeLessThan(FULL.w6.messages);
    expect(FULL.w6.messages).toBe(10_000);
    expect(FULL.w4.counts).toEqual([1_000, 3_000]);
    expect(FULL.w3.sizes).toEqual([100, 1_000]);
  });
});
