/**
 * The message driver against in-memory streams: windows, sequential mode, failures, and
 * loss/duplicate detection end to end. No timing is asserted, only counts.
 */
import { describe, expect, it } from "vitest";
import { drive, interleave, mergeDrives, type DriveOptions, type DriveResult, type Stream, type StreamEvents } from "../../../bench/lib/drive.js";

interface FakeOptions {
  receivers: number;
  /** Message numbers whose delivery to receiver 0 is dropped. */
  drop?: number[];
  /** Message numbers delivered twice to every receiver. */
  duplicate?: number[];
  /** Message numbers that fail instead of being acked. */
  fail?: number[];
  /** Deliver before acking (the push beating the ack). */
  deliverFirst?: boolean;
  /** Never reply at all. */
  silent?: boolean;
}

/** A server in memory: acks message i with key 100 + i on the next tick, then delivers it. */
function fake(o: FakeOptions) {
  let events: StreamEvents;
  let inflight = 0;
  const stats = { maxInflight: 0, sends: [] as number[], acksBeforeNextSend: true };
  const stream: Stream = {
    receivers: o.receivers,
    attach(e) {
      events = e;
    },
    send(i) {
      stats.sends.push(i);
      inflight += 1;
      stats.maxInflight = Math.max(stats.maxInflight, inflight);
      if (o.silent) return;
      setImmediate(() => {
        const key = 100 + i;
        const deliver = () => {
          for (let r = 0; r < o.receivers; r++) {
            if (r === 0 && o.drop?.includes(i)) continue;
            events.deliver(r, key, i, performance.now());
            if (o.duplicate?.includes(i)) events.deliver(r, key, i, performance.now());
          }
        };
        inflight -= 1;
        if (o.fail?.includes(i)) return events.fail(i, `message ${i} refused`);
        if (o.deliverFirst) deliver();
        events.ack(i, key, performance.now());
        if (!o.deliverFirst) deliver();
      });
    },
  };
  return { stream, stats };
}

const base: DriveOptions = { window: 4, maxMessages: 40, durationMs: 60_000, waitForDelivery: false, warmup: 0, drainMs: 50, stallMs: 2_000 };

describe("drive", () => {
  it("sends, acks and delivers everything once across streams and receivers", async () => {
    const a = fake({ receivers: 2 });
    const b = fake({ receivers: 1 });
    const r = await drive([a.stream, b.stream], base);
    expect(r).toMatchObject({ streams: 2, sent: 80, acked: 80, failed: 0, deliveries: 120, errors: [] });
    expect(r.ledger).toMatchObject({ expected: 120, delivered: 120, lost: 0, duplicates: 0, unexpected: 0, outOfOrder: 0 });
    expect(r.ackLatencyMs).toHaveLength(80);
    expect(r.deliveryLatencyMs).toHaveLength(120);
    expect(a.stats.sends).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it("never has more than `window` messages of a stream in flight", async () => {
    const a = fake({ receivers: 1 });
    await drive([a.stream], { ...base, window: 3 });
    expect(a.stats.maxInflight).toBeLessThanOrEqual(3);
    expect(a.stats.maxInflight).toBe(3);
  });

  it("reports a delivery that never came as lost, for the right key", async () => {
    const a = fake({ receivers: 2, drop: [7] });
    const r = await drive([a.stream], base);
    expect(r.ledger).toMatchObject({ expected: 80, delivered: 79, lost: 1, lostSample: [107] });
    expect(r.deliveries).toBe(79);
  });

  it("reports a delivery that came twice as a duplicate, counted once in deliveries", async () => {
    const a = fake({ receivers: 1, duplicate: [3, 9] });
    const r = await drive([a.stream], base);
    expect(r.ledger).toMatchObject({ duplicates: 2, lost: 0 });
    expect(r.deliveries).toBe(40);
  });

  it("counts refused messages as failed, expects nothing for them, and keeps going", async () => {
    const a = fake({ receivers: 1, fail: [0, 5] });
    const r = await drive([a.stream], base);
    expect(r).toMatchObject({ sent: 40, acked: 38, failed: 2 });
    expect(r.errors).toEqual(["message 0 refused", "message 5 refused"]);
    expect(r.ledger).toMatchObject({ expected: 38, delivered: 38, lost: 0, unexpected: 0 });
  });

  it("in sequential mode sends the next message only once the previous is acked and delivered", async () => {
    const a = fake({ receivers: 1, deliverFirst: true });
    const r = await drive([a.stream], { ...base, window: 1, maxMessages: 10, waitForDelivery: true, warmup: 3 });
    expect(a.stats.maxInflight).toBe(1);
    expect(r).toMatchObject({ sent: 10, acked: 10 });
    // Warm-up messages are sent and checked, not sampled.
    expect(r.ackLatencyMs).toHaveLength(7);
    expect(r.deliveryLatencyMs).toHaveLength(7);
    expect(r.ledger).toMatchObject({ expected: 10, delivered: 10 });
  });

  it("treats a stream without receivers (an echo) as complete on its ack", async () => {
    const a = fake({ receivers: 0 });
    const r = await drive([a.stream], { ...base, window: 1, maxMessages: 5, waitForDelivery: true });
    expect(r).toMatchObject({ sent: 5, acked: 5, deliveries: 0 });
  });

  it("stops sending when its time is up", async () => {
    const a = fake({ receivers: 1 });
    const r = await drive([a.stream], { ...base, maxMessages: Number.MAX_SAFE_INTEGER, durationMs: 0 });
    expect(r.sent).toBe(0);
  });

  it("gives up on replies that never come and says so", async () => {
    const a = fake({ receivers: 1, silent: true });
    const r = await drive([a.stream], { ...base, window: 2, maxMessages: 2, durationMs: 100, stallMs: 30 });
    expect(r).toMatchObject({ sent: 2, acked: 0, failed: 2 });
    expect(r.errors).toEqual(["stalled: 2 messages never completed"]);
    expect(r.ledger.expected).toBe(0);
  });
});

describe("interleaved slices", () => {
  it("numbers each run from firstIndex, so slices of one stream never reuse a message number", async () => {
    const a = fake({ receivers: 1 });
    await drive([a.stream], { ...base, maxMessages: 3, firstIndex: 20 });
    expect(a.stats.sends).toEqual([20, 21, 22]);
  });

  it("runs variants in alternating order and adds each one's slices up", async () => {
    const order: string[] = [];
    const slice = (name: string, deliveries: number, cpu?: number) => async (k: number): Promise<DriveResult> => {
      order.push(`${name}${k}`);
      const a = fake({ receivers: 1 });
      const r = await drive([a.stream], { ...base, maxMessages: deliveries, firstIndex: k * 1000 });
      if (cpu !== undefined) r.serverCpuMs = cpu;
      return r;
    };
    const r = await interleave(
      [
        { name: "im", slice: slice("im", 5, 10) },
        { name: "ceiling", slice: slice("c", 7) },
      ],
      3,
    );
    expect(order).toEqual(["im0", "c0", "c1", "im1", "im2", "c2"]);
    expect(r.im).toMatchObject({ sent: 15, acked: 15, deliveries: 15, serverCpuMs: 30 });
    expect(r.im.ledger).toMatchObject({ expected: 15, delivered: 15, lost: 0 });
    expect(r.ceiling).toMatchObject({ sent: 21, deliveries: 21 });
    // CPU is only reported when every slice measured it.
    expect(r.ceiling.serverCpuMs).toBeUndefined();
  });

  it("merges elapsed times, samples, ledgers and at most ten errors", async () => {
    const lossy = await drive([fake({ receivers: 1, drop: [1], fail: [2] }).stream], { ...base, maxMessages: 4 });
    const clean = await drive([fake({ receivers: 1 }).stream], { ...base, maxMessages: 4, firstIndex: 100 });
    const merged = mergeDrives([lossy, clean, ...Array.from({ length: 12 }, () => lossy)]);
    expect(merged.deliveryElapsedMs).toBeCloseTo(lossy.deliveryElapsedMs * 13 + clean.deliveryElapsedMs, 6);
    expect(merged.deliveryLatencyMs).toHaveLength(lossy.deliveryLatencyMs.length * 13 + 4);
    expect(merged.ledger).toMatchObject({ lost: 13, expected: 3 * 13 + 4 });
    expect(merged.failed).toBe(13);
    expect(merged.errors).toHaveLength(10);
    expect(mergeDrives([])).toMatchObject({ sent: 0, streams: 0 });
  });
});
