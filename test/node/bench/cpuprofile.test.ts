/** Reading V8 CPU profiles for `npm run bench:profile`. */
import { describe, expect, it } from "vitest";
import { functionShares, type CpuProfile } from "../../../bench/lib/cpuprofile.js";

const frame = (functionName: string, lineNumber = 0) => ({ functionName, url: "file:///x/index.js", lineNumber });

// root → deliver → applyDelivery → exec, and root → send; deliver also recurses into itself.
const profile: CpuProfile = {
  startTime: 0,
  endTime: 1,
  nodes: [
    { id: 1, callFrame: { functionName: "(root)", url: "", lineNumber: -1 }, children: [2, 5] },
    { id: 2, callFrame: frame("deliver", 9), children: [3, 6] },
    { id: 3, callFrame: frame("applyDelivery", 19), children: [4] },
    { id: 4, callFrame: frame("exec", 29) },
    { id: 5, callFrame: frame("send", 39) },
    { id: 6, callFrame: frame("deliver", 9) },
  ],
  // exec ×4, applyDelivery ×2, send ×3, inner deliver ×1
  samples: [4, 4, 4, 4, 3, 3, 5, 5, 5, 6],
};

describe("functionShares", () => {
  const shares = functionShares(profile);
  const of = (name: string) => shares.find((s) => s.fn.startsWith(name + " "))!;

  it("gives each function its own samples as self time and its callees' as inclusive time", () => {
    expect(of("exec")).toEqual({ fn: "exec index.js:30", self: 0.4, inclusive: 0.4 });
    expect(of("applyDelivery")).toMatchObject({ self: 0.2, inclusive: 0.6 });
    expect(of("send")).toMatchObject({ self: 0.3, inclusive: 0.3 });
    expect(of("(root)")).toMatchObject({ self: 0, inclusive: 1 });
  });

  it("counts a recursive function once per sample", () => {
    expect(of("deliver")).toMatchObject({ self: 0.1, inclusive: 0.7 });
  });

  it("orders by inclusive share and sums self shares to one", () => {
    expect(shares.map((s) => s.inclusive)).toEqual([...shares.map((s) => s.inclusive)].sort((a, b) => b - a));
    expect(shares.reduce((n, s) => n + s.self, 0)).toBeCloseTo(1, 10);
  });
});
