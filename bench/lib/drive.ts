/**
 * The one message driver behind W1, W2, W3 and W5. A stream is one sender and R receivers
 * (a 1:1 conversation: R = 1; a group: R = members − 1; an echo: R = 0). The driver keeps
 * up to `window` messages in flight per stream, records send→ack and send→receive times,
 * and counts loss and duplicates per receiver by key (IMServer: the seq from the ack).
 * Transports and servers plug in as Stream adapters, so IMServer and the ceiling are
 * measured by the same code.
 */
import { combine, DeliveryLedger, type LedgerSummary } from "./counting.js";
import { waitFor } from "./concurrency.js";

export interface StreamEvents {
  /** Message i was stored; `key` is what receivers will report for it. */
  ack(i: number, key: number, at: number): void;
  /** Message i failed (error reply, timeout, closed connection). */
  fail(i: number, reason: string): void;
  /** Receiver r got the message with `key` (message number i when known). */
  deliver(r: number, key: number, i: number | undefined, at: number): void;
}

export interface Stream {
  readonly receivers: number;
  /** Wires the adapter's connections to the driver (called once, before any send). */
  attach(events: StreamEvents): void;
  /** Sends message number i. */
  send(i: number): void;
}

export interface DriveOptions {
  /** Messages in flight per stream. */
  window: number;
  /** Stop after this many messages per stream... */
  maxMessages: number;
  /** ...or once this much time has passed, whichever comes first. */
  durationMs: number;
  /** A message leaves the window only once every receiver has it (sequential latency runs). */
  waitForDelivery: boolean;
  /** The first `warmup` messages of each stream (counted from firstIndex) are not sampled. */
  warmup: number;
  /** After sending stops, how long to wait for deliveries still on their way. */
  drainMs: number;
  /** Give up on replies that never come after durationMs plus this (default 60 s). */
  stallMs?: number;
  /** Number of the first message (default 0), so successive runs on one stream never reuse a number. */
  firstIndex?: number;
}

export interface DriveResult {
  streams: number;
  sent: number;
  acked: number;
  failed: number;
  /** First-time deliveries of sampled messages. */
  deliveries: number;
  /** From the first send to the last ack (ms). */
  ackElapsedMs: number;
  /** From the first send to the last delivery (ms). */
  deliveryElapsedMs: number;
  ackLatencyMs: number[];
  deliveryLatencyMs: number[];
  ledger: LedgerSummary;
  errors: string[];
  /** CPU time the server's workerd used meanwhile, when measured (ms). */
  serverCpuMs?: number;
}

interface StreamState {
  stream: Stream;
  next: number;
  inflight: number;
  sentAt: Map<number, number>;
  acked: Set<number>;
  /** Receivers still missing message i (waitForDelivery). */
  pendingReceivers: Map<number, number>;
  ledgers: DeliveryLedger[];
  done: boolean;
}

/**
 * Warms streams' objects (creation, first SQLite use, JIT) with a few sequential messages
 * that are not measured. Measured runs then use fresh streams, with their own numbering.
 */
export async function warmUp(streams: readonly Stream[], messages: number): Promise<void> {
  // Numbered far from measured messages, so a straggler can never pass for one.
  if (messages > 0) await drive(streams, { window: 1, maxMessages: messages, durationMs: 60_000, waitForDelivery: true, warmup: 0, drainMs: 5_000, firstIndex: WARM_FIRST_INDEX });
}

const WARM_FIRST_INDEX = 1_000_000_000;

export async function drive(streams: readonly Stream[], o: DriveOptions): Promise<DriveResult> {
  const result: DriveResult = {
    streams: streams.length,
    sent: 0,
    acked: 0,
    failed: 0,
    deliveries: 0,
    ackElapsedMs: 0,
    deliveryElapsedMs: 0,
    ackLatencyMs: [],
    deliveryLatencyMs: [],
    ledger: combine([]),
    errors: [],
  };
  const started = performance.now();
  const stopAt = started + o.durationMs;
  let lastAck = started;
  let lastDelivery = started;
  let finished: () => void = () => undefined;
  const allDone = new Promise<void>((r) => (finished = r));
  let running = streams.length;

  const first = o.firstIndex ?? 0;
  const last = first + o.maxMessages;
  const sampled = (i: number) => i >= first + o.warmup;
  const states: StreamState[] = streams.map((stream) => ({
    stream,
    next: first,
    inflight: 0,
    sentAt: new Map(),
    acked: new Set(),
    pendingReceivers: new Map(),
    ledgers: Array.from({ length: stream.receivers }, () => new DeliveryLedger()),
    done: false,
  }));

  const release = (s: StreamState) => {
    s.inflight -= 1;
    pump(s);
  };

  const pump = (s: StreamState) => {
    if (s.done) return;
    while (s.inflight < o.window && s.next < last && performance.now() < stopAt) {
      const i = s.next++;
      s.inflight += 1;
      if (o.waitForDelivery) s.pendingReceivers.set(i, s.stream.receivers);
      s.sentAt.set(i, performance.now());
      result.sent += 1;
      s.stream.send(i);
    }
    if (s.inflight === 0) {
      s.done = true;
      if (--running === 0) finished();
    }
  };

  for (const s of states) {
    s.stream.attach({
      ack(i, key, at) {
        if (s.acked.has(i)) return;
        s.acked.add(i);
        result.acked += 1;
        lastAck = Math.max(lastAck, at);
        for (const ledger of s.ledgers) ledger.expect(key);
        const sent = s.sentAt.get(i);
        if (sent !== undefined && sampled(i)) result.ackLatencyMs.push(at - sent);
        if (!o.waitForDelivery) release(s);
        else if (s.pendingReceivers.get(i) === 0) {
          s.pendingReceivers.delete(i);
          release(s);
        }
      },
      fail(i, reason) {
        result.failed += 1;
        if (result.errors.length < 10) result.errors.push(reason);
        s.pendingReceivers.delete(i);
        release(s);
      },
      deliver(r, key, i, at) {
        const first = s.ledgers[r]!.deliver(key);
        if (!first) return;
        lastDelivery = Math.max(lastDelivery, at);
        if (i === undefined) return;
        const sent = s.sentAt.get(i);
        if (sampled(i) && sent !== undefined) {
          result.deliveries += 1;
          result.deliveryLatencyMs.push(at - sent);
        }
        if (o.waitForDelivery) {
          const left = s.pendingReceivers.get(i);
          if (left === undefined) return;
          s.pendingReceivers.set(i, left - 1);
          if (left - 1 === 0 && s.acked.has(i)) {
            s.pendingReceivers.delete(i);
            release(s);
          }
        }
      },
    });
  }
  for (const s of states) pump(s);
  // Bounded even when replies never come (a lost frame, a dead connection).
  let stallTimer: NodeJS.Timeout | undefined;
  const stalled = await new Promise<boolean>((resolve) => {
    stallTimer = setTimeout(() => resolve(true), Math.min(2 ** 31 - 1, o.durationMs + (o.stallMs ?? 60_000)));
    void allDone.then(() => resolve(false));
  });
  clearTimeout(stallTimer);
  if (stalled) {
    const inflight = states.reduce((n, s) => n + s.inflight, 0);
    result.errors.push(`stalled: ${inflight} messages never completed`);
    result.failed += inflight;
  }
  await waitFor(() => states.every((s) => s.ledgers.every((l) => l.complete())), o.drainMs);
  result.ackElapsedMs = lastAck - started;
  result.deliveryElapsedMs = lastDelivery - started;
  result.ledger = combine(states.flatMap((s) => s.ledgers.map((l) => l.summary())));
  return result;
}

/** Adds up runs of the same workload (slices of an interleaved measurement). */
export function mergeDrives(runs: readonly DriveResult[]): DriveResult {
  const out: DriveResult = {
    streams: Math.max(0, ...runs.map((r) => r.streams)),
    sent: 0,
    acked: 0,
    failed: 0,
    deliveries: 0,
    ackElapsedMs: 0,
    deliveryElapsedMs: 0,
    ackLatencyMs: [],
    deliveryLatencyMs: [],
    ledger: combine(runs.map((r) => r.ledger)),
    errors: [],
  };
  const cpu = runs.map((r) => r.serverCpuMs);
  if (runs.length > 0 && cpu.every((c) => c !== undefined)) out.serverCpuMs = cpu.reduce((a, b) => a! + b!, 0);
  for (const r of runs) {
    out.sent += r.sent;
    out.acked += r.acked;
    out.failed += r.failed;
    out.deliveries += r.deliveries;
    out.ackElapsedMs += r.ackElapsedMs;
    out.deliveryElapsedMs += r.deliveryElapsedMs;
    for (const v of r.ackLatencyMs) out.ackLatencyMs.push(v);
    for (const v of r.deliveryLatencyMs) out.deliveryLatencyMs.push(v);
    for (const e of r.errors) if (out.errors.length < 10) out.errors.push(e);
  }
  return out;
}

/** One system under test in an interleaved measurement: it runs its k-th slice when asked. */
export interface Variant<K extends string = string> {
  name: K;
  slice(k: number): Promise<DriveResult>;
}

/**
 * Runs the variants' slices in alternating order (A B C, C B A, A B C, ...) and adds each
 * variant's slices up. On a shared machine the load changes by the second; interleaving
 * spreads that over IMServer and the ceiling alike instead of blaming whichever ran later.
 */
export async function interleave<K extends string>(variants: readonly Variant<K>[], slices: number): Promise<Record<K, DriveResult>> {
  const parts = new Map<K, DriveResult[]>(variants.map((v) => [v.name, []]));
  for (let k = 0; k < slices; k++) {
    const order = k % 2 === 0 ? variants : [...variants].reverse();
    for (const v of order) parts.get(v.name)!.push(await v.slice(k));
  }
  return Object.fromEntries([...parts].map(([name, runs]) => [name, mergeDrives(runs)])) as Record<K, DriveResult>;
}
