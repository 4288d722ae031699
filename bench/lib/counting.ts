/**
 * Loss and duplicate accounting. A ledger follows one ordered stream (one receiver in one
 * conversation): the sender declares what must arrive (`expect`, e.g. every seq it got an
 * ack for) and the receiver records what arrived (`deliver`). The summary says what was
 * lost (expected, never delivered), duplicated (delivered more than once), unexpected
 * (delivered, never expected) and out of order (delivered below an earlier delivery).
 */

export interface LedgerSummary {
  expected: number;
  /** Distinct expected keys that arrived. */
  delivered: number;
  lost: number;
  duplicates: number;
  unexpected: number;
  outOfOrder: number;
  /** A few lost keys, smallest first, for the report. */
  lostSample: number[];
}

export class DeliveryLedger {
  private readonly expectedKeys = new Set<number>();
  private readonly seen = new Map<number, number>();
  private last = -Infinity;
  private disorder = 0;

  /** Declares a key (seq) the receiver must get exactly once. */
  expect(key: number): void {
    this.expectedKeys.add(key);
  }

  /** Records one arrival. Returns false when it is a duplicate. */
  deliver(key: number): boolean {
    const count = this.seen.get(key) ?? 0;
    this.seen.set(key, count + 1);
    if (key < this.last) this.disorder += 1;
    else this.last = key;
    return count === 0;
  }

  /** Whether every expected key has arrived. */
  complete(): boolean {
    if (this.seen.size < this.expectedKeys.size) return false;
    for (const key of this.expectedKeys) if (!this.seen.has(key)) return false;
    return true;
  }

  summary(): LedgerSummary {
    let delivered = 0;
    const lost: number[] = [];
    for (const key of this.expectedKeys) {
      if (this.seen.has(key)) delivered += 1;
      else lost.push(key);
    }
    let duplicates = 0;
    let unexpected = 0;
    for (const [key, count] of this.seen) {
      duplicates += count - 1;
      if (!this.expectedKeys.has(key)) unexpected += 1;
    }
    lost.sort((a, b) => a - b);
    return { expected: this.expectedKeys.size, delivered, lost: lost.length, duplicates, unexpected, outOfOrder: this.disorder, lostSample: lost.slice(0, 5) };
  }
}

/** Adds ledger summaries together (lostSample keeps the first few overall). */
export function combine(summaries: readonly LedgerSummary[]): LedgerSummary {
  const total: LedgerSummary = { expected: 0, delivered: 0, lost: 0, duplicates: 0, unexpected: 0, outOfOrder: 0, lostSample: [] };
  for (const s of summaries) {
    total.expected += s.expected;
    total.delivered += s.delivered;
    total.lost += s.lost;
    total.duplicates += s.duplicates;
    total.unexpected += s.unexpected;
    total.outOfOrder += s.outOfOrder;
    if (total.lostSample.length < 5) total.lostSample.push(...s.lostSample.slice(0, 5 - total.lostSample.length));
  }
  return total;
}

/** True when nothing was lost, duplicated or unexpected. */
export function clean(s: LedgerSummary): boolean {
  return s.lost === 0 && s.duplicates === 0 && s.unexpected === 0;
}
