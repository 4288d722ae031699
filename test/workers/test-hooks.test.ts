/**
 * The fault-injection hooks are inert without TEST_HOOKS (this pool runs without it, as
 * production does), and with it fail exactly the first deliveries they are asked to.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { abortSelf, hookRandom, pushDropRate, testHooksEnabled, withQueueFaults } from "../../workers/test-hooks.js";

function batch(attempts: number[]) {
  const log: string[] = [];
  const messages = attempts.map((a, i) => ({
    id: `m${i}`,
    timestamp: new Date(0),
    body: { i },
    attempts: a,
    retry: () => log.push(`retry m${i}`),
    ack: () => log.push(`ack m${i}`),
  }));
  const b = { queue: "imserver-events", metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } }, messages, retryAll: () => {}, ackAll: () => {} } as unknown as MessageBatch<unknown>;
  return { b, log };
}

describe("test hooks", () => {
  it("are off in a configuration without TEST_HOOKS, whatever else is set", async () => {
    expect(testHooksEnabled(env)).toBe(false);
    expect(testHooksEnabled({ TEST_HOOKS: "true" })).toBe(false);
    const { b } = batch([1, 1, 1]);
    const seen: number[] = [];
    await withQueueFaults(b, { TEST_FAULT_QUEUE_RETRY_RATE: "1" }, async (x) => void seen.push(x.messages.length));
    expect(seen).toEqual([3]);
    await expect(abortSelf({} as DurableObjectState, env)).rejects.toMatchObject({ code: "not_found" });
    expect(pushDropRate({ TEST_FAULT_PUSH_DROP_RATE: "0.5" })).toBe(0);
    expect(pushDropRate({ TEST_HOOKS: "1", TEST_FAULT_PUSH_DROP_RATE: "0.05" })).toBe(0.05);
    expect(pushDropRate({ TEST_HOOKS: "1", TEST_FAULT_PUSH_DROP_RATE: "1" })).toBe(0);
  });

  it("with TEST_HOOKS=1, fail first deliveries at the configured rate and pass redeliveries", async () => {
    const on = { TEST_HOOKS: "1", TEST_FAULT_QUEUE_RETRY_RATE: "0.5" };
    const draws = [0.1, 0.9, 0.4, 0.2];
    const saved = hookRandom.next;
    hookRandom.next = () => draws.shift() ?? 0;
    try {
      const { b, log } = batch([1, 1, 2, 1]);
      const consumed: string[] = [];
      await withQueueFaults(b, on, async (x) => {
        for (const m of x.messages) consumed.push(m.id);
        x.ackAll();
      });
      // m0 (0.1 < 0.5) retried; m1 (0.9) consumed; m2 is a redelivery: always consumed; m3 (0.4) retried.
      expect(consumed).toEqual(["m1", "m2"]);
      expect(log).toEqual(["retry m0", "retry m3", "ack m1", "ack m2"]);
    } finally {
      hookRandom.next = saved;
    }
  });
});
