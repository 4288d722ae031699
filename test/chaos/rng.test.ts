/** Seeded randomness: a seed replays the same plan; forks are independent streams. */
import { describe, expect, it } from "vitest";
import { Rng } from "./harness/rng.js";

const draw = (r: Rng, n = 20) => Array.from({ length: n }, () => r.int(0, 1_000_000));

describe("Rng", () => {
  it("replays the same sequence for the same seed, and another for another seed", () => {
    expect(draw(new Rng(42))).toEqual(draw(new Rng(42)));
    expect(draw(new Rng(42))).not.toEqual(draw(new Rng(43)));
  });

  it("forks streams by label that do not shift when another fork draws", () => {
    const a = new Rng(7);
    const first = draw(a.fork("client-1"));
    a.fork("client-2").next();
    expect(draw(new Rng(7).fork("client-1"))).toEqual(first);
    expect(draw(a.fork("client-2"))).not.toEqual(first);
  });

  it("stays in range and is roughly uniform", () => {
    const r = new Rng(1);
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4_000; i++) buckets[r.int(0, 3)]!++;
    for (const b of buckets) expect(b).toBeGreaterThan(850);
    for (let i = 0; i < 1_000; i++) expect(r.next()).toBeLessThan(1);
  });
});
