/** Loss, duplicate, unexpected and order accounting of the benchmark's ledgers. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clean, combine, DeliveryLedger } from "../../../bench/lib/counting.js";

function ledgerOf(expected: number[], delivered: number[]): DeliveryLedger {
  const l = new DeliveryLedger();
  for (const k of expected) l.expect(k);
  for (const k of delivered) l.deliver(k);
  return l;
}

describe("DeliveryLedger", () => {
  it("is clean and complete when every expected key arrives exactly once, in order", () => {
    const l = ledgerOf([1, 2, 3], [1, 2, 3]);
    expect(l.complete()).toBe(true);
    expect(l.summary()).toEqual({ expected: 3, delivered: 3, lost: 0, duplicates: 0, unexpected: 0, outOfOrder: 0, lostSample: [] });
    expect(clean(l.summary())).toBe(true);
  });

  it("counts keys that never arrived as lost, smallest first in the sample", () => {
    const l = ledgerOf([9, 1, 2, 3, 4, 5, 6, 7, 8], [2, 4]);
    expect(l.complete()).toBe(false);
    const s = l.summary();
    expect(s).toMatchObject({ expected: 9, delivered: 2, lost: 7, duplicates: 0 });
    expect(s.lostSample).toEqual([1, 3, 5, 6, 7]);
    expect(clean(s)).toBe(false);
  });

  it("counts every extra arrival as a duplicate and reports it from deliver()", () => {
    const l = new DeliveryLedger();
    l.expect(1);
    expect(l.deliver(1)).toBe(true);
    expect(l.deliver(1)).toBe(false);
    expect(l.deliver(1)).toBe(false);
    expect(l.summary()).toMatchObject({ delivered: 1, duplicates: 2, lost: 0 });
    expect(clean(l.summary())).toBe(false);
  });

  it("counts arrivals nobody expected (e.g. another stream's seq) separately", () => {
    const s = ledgerOf([1], [1, 42]).summary();
    expect(s).toMatchObject({ unexpected: 1, lost: 0, duplicates: 0 });
    expect(clean(s)).toBe(false);
  });

  it("accepts deliveries before their ack (the push can beat the ack)", () => {
    const l = new DeliveryLedger();
    l.deliver(1);
    l.expect(1);
    expect(l.summary()).toMatchObject({ expected: 1, delivered: 1, unexpected: 0, lost: 0 });
  });

  it("counts arrivals below an earlier one as out of order", () => {
    expect(ledgerOf([1, 2, 3, 4], [1, 3, 2, 4]).summary().outOfOrder).toBe(1);
    expect(ledgerOf([1, 2, 3], [3, 2, 1]).summary().outOfOrder).toBe(2);
  });

  it("holds lost + delivered = expected and arrivals = distinct + duplicates for any history", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 60 })), fc.array(fc.integer({ min: 1, max: 80 })), (expected, delivered) => {
        const s = ledgerOf(expected, delivered).summary();
        expect(s.lost + s.delivered).toBe(expected.length);
        expect(new Set(delivered).size + s.duplicates).toBe(delivered.length);
        expect(s.unexpected).toBe(new Set(delivered.filter((k) => !expected.includes(k))).size);
        expect(s.lost).toBe(expected.filter((k) => !delivered.includes(k)).length);
      }),
    );
  });
});

describe("combine", () => {
  it("adds summaries and keeps at most five lost keys", () => {
    const a = ledgerOf([1, 2, 3, 4], [1]).summary();
    const b = ledgerOf([5, 6, 7], [5, 5, 99]).summary();
    const total = combine([a, b]);
    expect(total).toMatchObject({ expected: 7, delivered: 2, lost: 5, duplicates: 1, unexpected: 1 });
    expect(total.lostSample).toEqual([2, 3, 4, 6, 7]);
    expect(combine([])).toMatchObject({ expected: 0, lost: 0 });
  });
});
