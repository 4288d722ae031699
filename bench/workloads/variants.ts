/**
 * Building blocks for interleaved measurements: a variant runs the same workload on one
 * system (IMServer over a transport, or a ceiling) one slice at a time. Each slice makes
 * fresh streams (their own clientMsgIds and message numbers), so slices never mix.
 */
import { drive, type DriveOptions, type DriveResult, type Stream, type Variant } from "../lib/drive.js";
import { measuringCpu } from "../lib/proc.js";

/** Message numbers of slice k start at k × this: far apart, so no number is reused. */
const SLICE_STRIDE = 10_000_000;

/**
 * A variant whose k-th slice drives `make(k)` with `options` (numbered from slice k's range),
 * measuring the CPU time of the server process `pid()` when it has one.
 */
export function variant<K extends string>(name: K, make: (tag: string) => Stream[], options: Omit<DriveOptions, "firstIndex">, pid: () => number | undefined): Variant<K> {
  return {
    name,
    async slice(k: number): Promise<DriveResult> {
      const { value, cpuMs } = await measuringCpu(pid(), () => drive(make(`s${k}`), { ...options, firstIndex: k * SLICE_STRIDE }));
      if (cpuMs !== undefined) value.serverCpuMs = cpuMs;
      return value;
    },
  };
}

/** Options for one slice of a sequential latency run of `messages` messages. */
export function sequential(messages: number, capMs: number): Omit<DriveOptions, "firstIndex"> {
  return { window: 1, maxMessages: messages, durationMs: capMs, waitForDelivery: true, warmup: 0, drainMs: 5_000 };
}

/** Options for one slice of a windowed throughput run lasting `ms`. */
export function windowed(window: number, ms: number, drainMs: number, maxMessages = Number.MAX_SAFE_INTEGER): Omit<DriveOptions, "firstIndex"> {
  return { window, maxMessages, durationMs: ms, waitForDelivery: false, warmup: 0, drainMs };
}
