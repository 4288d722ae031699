/**
 * Collects the history of a run in memory and writes it as JSONL for the checker and for
 * people (test-artifacts/chaos/<seed>.jsonl). Times are ms on one monotonic clock.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { toJsonl, type HistoryRecord } from "../checker/history.js";

type Distribute<T> = T extends unknown ? Omit<T, "t"> : never;
export type Unstamped = Distribute<HistoryRecord>;

export class Recorder {
  readonly records: HistoryRecord[] = [];
  private readonly origin = performance.now();

  now(): number {
    return Math.round((performance.now() - this.origin) * 1000) / 1000;
  }

  add(record: Unstamped): void {
    this.records.push({ t: this.now(), ...record } as HistoryRecord);
  }

  /** Writes the history; returns the file path. */
  save(name: string): string {
    const dir = join(import.meta.dirname, "..", "..", "..", "test-artifacts", "chaos");
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${name}.jsonl`);
    writeFileSync(path, toJsonl(this.records));
    return path;
  }
}
