/**
 * The sequencer (MessageLog) and the outbox, on real Durable Object SQLite, with a fake
 * delivery function so every failure can be staged.
 */
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors.js";
import { MessageLog, type StoredMessage } from "../../objects/log/message-log.js";
import { Outbox } from "../../objects/log/outbox.js";
import type { OutgoingMessage } from "../../shared/protocol.js";

let n = 0;
/** Runs `fn` against the SQLite of a fresh, never-used object. */
function withSql<T>(fn: (sql: SqlStorage) => T | Promise<T>): Promise<T> {
  const stub = env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(`scratch-${Date.now()}-${n++}`));
  return runInDurableObject(stub, (_instance, state) => fn(state.storage.sql));
}

const msg = (clientMsgId: string, text = clientMsgId): OutgoingMessage => ({ clientMsgId, type: "text", content: { text } });

describe("MessageLog", () => {
  it("assigns dense seqs from 1 and survives reopening", async () => {
    await withSql((sql) => {
      const log = new MessageLog(sql, "d:a:b");
      const seqs = ["x", "y", "z"].map((id, i) => log.append({ senderId: i % 2 ? "a" : "b", message: msg(id) }, 1000 + i).message.seq);
      expect(seqs).toEqual([1, 2, 3]);
      const reopened = new MessageLog(sql, "d:a:b");
      expect(reopened.lastSeq).toBe(3);
      expect(reopened.append({ senderId: "a", message: msg("w") }, 2000).message.seq).toBe(4);
    });
  });

  it("returns the stored message for a repeated (sender, clientMsgId) and refuses changed content", async () => {
    await withSql((sql) => {
      const log = new MessageLog(sql, "d:a:b");
      const first = log.append({ senderId: "a", message: msg("c1", "hello") }, 1000);
      const again = log.append({ senderId: "a", message: msg("c1", "hello") }, 5000);
      expect(again).toEqual({ message: first.message, duplicate: true });
      // Another sender may use the same clientMsgId.
      expect(log.append({ senderId: "b", message: msg("c1", "hello") }, 5000).message.seq).toBe(2);
      expect(() => log.append({ senderId: "a", message: msg("c1", "changed") }, 6000)).toThrow(AppError);
      expect(log.lastSeq).toBe(2);
    });
  });

  it("pages by seq in both directions and caps a page by bytes", async () => {
    await withSql((sql) => {
      const log = new MessageLog(sql, "d:a:b");
      for (let i = 1; i <= 10; i++) log.append({ senderId: "a", message: msg(`m${i}`, "x".repeat(100)) }, i);
      const seqs = (r: { messages: StoredMessage[] }) => r.messages.map((m) => m.seq);
      expect(seqs(log.range({ afterSeq: 3, limit: 4, maxBytes: 1e6 }))).toEqual([4, 5, 6, 7]);
      expect(seqs(log.range({ beforeSeq: 4, limit: 10, maxBytes: 1e6 }))).toEqual([1, 2, 3]);
      expect(log.range({ afterSeq: 8, limit: 10, maxBytes: 1e6 }).hasMore).toBe(false);
      const capped = log.range({ afterSeq: 0, limit: 10, maxBytes: 500 });
      expect(capped.messages.length).toBeGreaterThan(0);
      expect(capped.messages.length).toBeLessThan(10);
      expect(capped.hasMore).toBe(true);
      // A single message larger than the cap still comes back (progress is guaranteed).
      expect(log.range({ afterSeq: 0, limit: 10, maxBytes: 1 }).messages).toHaveLength(1);
    });
  });
});

interface Harness {
  log: MessageLog;
  outbox: Outbox;
  calls: Array<{ target: string; seqs: number[] }>;
  alarms: number[];
  fail: Set<string>;
  clock: { now: number };
}

function harness(sql: SqlStorage, opts: { concurrency?: number; timeoutMs?: number; hang?: Set<string> } = {}): Harness {
  const log = new MessageLog(sql, "d:a:b");
  const calls: Harness["calls"] = [];
  const alarms: number[] = [];
  const fail = new Set<string>();
  const clock = { now: 1_000_000 };
  const outbox = new Outbox(sql, log, {
    deliver: async (target, batch) => {
      calls.push({ target, seqs: batch.map((m) => m.seq) });
      if (opts.hang?.has(target)) return new Promise<boolean>(() => {});
      return !fail.has(target);
    },
    scheduleAlarm: (at) => alarms.push(at),
    now: () => clock.now,
    random: () => 0.5,
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  });
  return { log, outbox, calls, alarms, fail, clock };
}

function appendAndKick(h: Harness, ids: string[]) {
  const fresh = ids.map((id) => h.log.append({ senderId: "a", message: msg(id) }, h.clock.now).message);
  h.outbox.appended(fresh);
  h.outbox.kick();
}

describe("Outbox", () => {
  it("delivers each target everything above its cursor and arms the alarm with the append", async () => {
    await withSql(async (sql) => {
      const h = harness(sql);
      h.outbox.addTargets(["a", "b"], 0);
      appendAndKick(h, ["m1", "m2"]);
      expect(h.alarms).toEqual([h.clock.now + 2_000]);
      await h.outbox.settle();
      expect(h.calls).toEqual([
        { target: "a", seqs: [1, 2] },
        { target: "b", seqs: [1, 2] },
      ]);
      expect(h.outbox.lagging()).toEqual([]);
    });
  });

  it("persists cursors only from the alarm, never ahead of a confirmation", async () => {
    await withSql(async (sql) => {
      const h = harness(sql);
      h.outbox.addTargets(["a", "b"], 0);
      h.fail.add("b");
      appendAndKick(h, ["m1"]);
      await h.outbox.settle();
      const stored = () => Object.fromEntries(sql.exec<{ target: string; delivered_seq: number }>("SELECT target, delivered_seq FROM outbox").toArray().map((r) => [r.target, r.delivered_seq]));
      expect(stored()).toEqual({ a: 0, b: 0 });
      h.clock.now += 10_000;
      await h.outbox.onAlarm();
      expect(stored()).toEqual({ a: 1, b: 0 });
    });
  });

  it("retries a failing target with growing backoff until it confirms", async () => {
    await withSql(async (sql) => {
      const h = harness(sql);
      h.outbox.addTargets(["b"], 0);
      h.fail.add("b");
      appendAndKick(h, ["m1"]);
      await h.outbox.settle();
      const firstRetry = h.alarms[h.alarms.length - 1]! - h.clock.now;
      // Not due yet: a kick does nothing while the target backs off.
      h.outbox.kick();
      await h.outbox.settle();
      expect(h.calls).toHaveLength(1);
      h.clock.now += firstRetry;
      await h.outbox.onAlarm();
      expect(h.calls).toHaveLength(2);
      const secondRetry = h.alarms[h.alarms.length - 1]! - h.clock.now;
      expect(secondRetry).toBeGreaterThan(firstRetry);
      h.fail.delete("b");
      h.clock.now += secondRetry;
      await h.outbox.onAlarm();
      expect(h.calls.map((c) => c.seqs)).toEqual([[1], [1], [1]]);
      expect(h.outbox.lagging()).toEqual([]);
      const alarmsBefore = h.alarms.length;
      await h.outbox.onAlarm();
      expect(h.alarms.length).toBe(alarmsBefore);
    });
  });

  it("resumes from the persisted cursor after a restart (redelivery, never a gap)", async () => {
    await withSql(async (sql) => {
      const h = harness(sql);
      h.outbox.addTargets(["b"], 0);
      appendAndKick(h, ["m1", "m2"]);
      await h.outbox.settle();
      await h.outbox.onAlarm(); // persists b at 2
      appendAndKick(h, ["m3"]);
      await h.outbox.settle(); // b confirmed 3 in memory only
      const restarted = harness(sql);
      expect(restarted.outbox.deliveredSeq("b")).toBe(2);
      restarted.outbox.kick();
      await restarted.outbox.settle();
      expect(restarted.calls).toEqual([{ target: "b", seqs: [3] }]);
    });
  });

  it("treats a delivery that never answers as failed after the timeout", async () => {
    await withSql(async (sql) => {
      const h = harness(sql, { timeoutMs: 50, hang: new Set(["b"]) });
      h.outbox.addTargets(["b"], 0);
      appendAndKick(h, ["m1"]);
      await h.outbox.settle();
      expect(h.outbox.lagging()).toEqual(["b"]);
      expect(h.alarms.length).toBe(2);
    });
  });

  it("bounds concurrent deliveries", async () => {
    await withSql(async (sql) => {
      let active = 0;
      let peak = 0;
      const log = new MessageLog(sql, "d:a:b");
      const outbox = new Outbox(sql, log, {
        deliver: async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 5));
          active--;
          return true;
        },
        scheduleAlarm: () => {},
        concurrency: 3,
      });
      outbox.addTargets(Array.from({ length: 20 }, (_, i) => `t${i}`), 0);
      outbox.appended([log.append({ senderId: "t0", message: msg("m") }, 1).message]);
      outbox.kick();
      await outbox.settle();
      expect(peak).toBe(3);
      expect(outbox.lagging()).toEqual([]);
    });
  });

  it("registers a late target from a given seq, and removes targets", async () => {
    await withSql(async (sql) => {
      const h = harness(sql);
      h.outbox.addTargets(["a"], 0);
      appendAndKick(h, ["m1", "m2"]);
      await h.outbox.settle();
      h.outbox.addTargets(["late"], 2);
      appendAndKick(h, ["m3"]);
      await h.outbox.settle();
      expect(h.calls.filter((c) => c.target === "late")).toEqual([{ target: "late", seqs: [3] }]);
      h.outbox.removeTarget("late");
      expect(h.outbox.targets).toEqual(["a"]);
    });
  });
});
