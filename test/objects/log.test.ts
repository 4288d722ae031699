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
import { ReadPositions } from "../../objects/log/read-positions.js";
import { shardCountFor, shardOf } from "../../objects/group/fanout.js";
import { TypingThrottle } from "../../objects/user/typing.js";
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

describe("Outbox: retired targets, holds and flushes", () => {
  it("delivers a retired target up to its seq, then drops it; re-adding skips what it missed", async () => {
    await withSql(async (sql) => {
      const h = harness(sql);
      h.outbox.addTargets(["a", "gone"], 0);
      h.fail.add("gone");
      appendAndKick(h, ["m1", "m2"]);
      await h.outbox.settle();
      // Removed by entry 2: still owed 1..2, never 3.
      h.outbox.retire(["gone"], 2);
      appendAndKick(h, ["m3"]);
      h.fail.delete("gone");
      h.clock.now += 120_000;
      await h.outbox.onAlarm();
      expect(h.calls.filter((c) => c.target === "gone").at(-1)).toEqual({ target: "gone", seqs: [1, 2] });
      expect(h.outbox.targets).toEqual(["a"]);
      expect(sql.exec("SELECT COUNT(*) AS n FROM outbox WHERE target = 'gone'").one()["n"]).toBe(0);
      // A retirement survives a restart.
      h.outbox.addTargets(["later"], 3);
      h.fail.add("later");
      appendAndKick(h, ["m4"]);
      await h.outbox.settle();
      h.outbox.retire(["later"], 4);
      const restarted = harness(sql);
      expect(restarted.outbox.retiredAt("later")).toBe(4);
      // Re-added while still owed old entries: it resumes from its new join, skipping the gap.
      restarted.outbox.addTargets(["later"], 6);
      expect(restarted.outbox.retiredAt("later")).toBeUndefined();
      expect(restarted.outbox.deliveredSeq("later")).toBe(6);
    });
  });

  it("holds targets that are not ready and flushes one target on demand", async () => {
    await withSql(async (sql) => {
      const log = new MessageLog(sql, "g:x");
      const calls: string[] = [];
      let open = false;
      const outbox = new Outbox(sql, log, {
        deliver: async (target) => {
          calls.push(target);
          return true;
        },
        scheduleAlarm: () => {},
        ready: (target) => target !== "held" || open,
      });
      outbox.addTargets(["held", "free"], 0);
      outbox.appended([log.append({ senderId: "s", message: msg("m1") }, 1).message]);
      outbox.kick();
      await outbox.settle();
      expect(calls).toEqual(["free"]);
      expect(await outbox.flush("held")).toBe(false);
      open = true;
      expect(await outbox.flush("held")).toBe(true);
      expect(calls).toEqual(["free", "held"]);
      expect(outbox.minDelivered()).toBe(1);
    });
  });
});

describe("MessageLog: edits, recalls, replicas", () => {
  it("keeps every version of an edited message and erases a recalled one", async () => {
    await withSql((sql) => {
      const log = new MessageLog(sql, "d:a:b");
      const m = log.append({ senderId: "a", message: msg("m1", "v1") }, 1000).message;
      log.keepVersion(m);
      log.patchHot(m.seq, { content: { text: "v2" }, editedAt: 2000 });
      log.keepVersion(log.byId(m.messageId)!);
      log.patchHot(m.seq, { content: { text: "v3" }, editedAt: 3000 });
      const current = log.byId(m.messageId)!;
      expect(current).toMatchObject({ content: { text: "v3" }, editedAt: 3000 });
      expect(log.versions(current)).toEqual([
        { content: { text: "v1" }, editedAt: 1000 },
        { content: { text: "v2" }, editedAt: 2000 },
        { content: { text: "v3" }, editedAt: 3000 },
      ]);
      log.forgetRecalled(current);
      log.patchHot(m.seq, { content: {}, recalled: true });
      expect(log.byId(m.messageId)).toMatchObject({ content: {}, recalled: true });
      expect(log.versions(log.byId(m.messageId)!)).toHaveLength(1);
    });
  });

  it("refuses a resent edit aimed at another message", async () => {
    await withSql((sql) => {
      const log = new MessageLog(sql, "d:a:b");
      log.append({ senderId: "a", message: { clientMsgId: "e1", type: "edit", content: { text: "x" }, targetId: "M1" } }, 1);
      expect(() => log.append({ senderId: "a", message: { clientMsgId: "e1", type: "edit", content: { text: "x" }, targetId: "M2" } }, 2)).toThrow(AppError);
    });
  });

  it("stores a replica in order only, and prunes all but what is still owed", async () => {
    await withSql(async (sql) => {
      const entries = await withSql((src) => {
        const source = new MessageLog(src, "g:src");
        return ["a", "b", "c", "d"].map((id, i) => source.append({ senderId: "s", message: msg(id) }, i).message);
      });
      const replica = new MessageLog(sql, "g:src");
      expect(replica.insertReplica(entries[1]!)).toBe(true); // a shard may start mid-log
      expect(replica.insertReplica(entries[3]!)).toBe(false); // gap
      expect(replica.insertReplica(entries[1]!)).toBe(true); // already held
      expect(replica.insertReplica(entries[2]!)).toBe(true);
      expect(replica.insertReplica(entries[3]!)).toBe(true);
      expect(replica.lastSeq).toBe(4);
      replica.prune(10);
      expect(replica.after(0, 10).map((m) => m.seq)).toEqual([4]);
      expect(new MessageLog(sql, "g:src").lastSeq).toBe(4);
    });
  });
});

describe("ReadPositions", () => {
  it("counts readers per message without the sender, and never moves back", async () => {
    await withSql((sql) => {
      const p = new ReadPositions(sql);
      p.advance("a", { readSeq: 5 }, 10);
      p.advance("b", { readSeq: 3 }, 10);
      p.advance("c", { readSeq: 20 }, 10); // clamped to 10
      expect(p.advance("b", { readSeq: 2 }, 10)).toBeUndefined();
      expect(p.get("c")).toEqual({ readSeq: 10, deliveredSeq: 10 });
      expect(p.readCounts([{ seq: 3, senderId: "a" }, { seq: 4, senderId: "z" }, { seq: 11, senderId: "z" }])).toEqual([
        { seq: 3, readBy: 2 },
        { seq: 4, readBy: 2 },
        { seq: 11, readBy: 0 },
      ]);
      expect(p.readers(3, "a", 10)).toEqual(["b", "c"]);
    });
  });
});

describe("TypingThrottle", () => {
  it("lets one indicator through per half TTL, and every stop", () => {
    const t = new TypingThrottle(6_000);
    expect(t.admit("c", false, 0)).toBe(true);
    expect(t.admit("c", false, 2_999)).toBe(false);
    expect(t.admit("other", false, 100)).toBe(true);
    expect(t.admit("c", false, 3_000)).toBe(true);
    expect(t.admit("c", true, 3_001)).toBe(true);
    expect(t.admit("c", false, 3_002)).toBe(true);
  });
});

describe("group fan-out helpers", () => {
  it("spreads members over shards stably", () => {
    const ids = Array.from({ length: 1_000 }, (_, i) => `01JDX0${String(i).padStart(20, "0")}`);
    const counts = new Array<number>(10).fill(0);
    for (const id of ids) counts[shardOf(id, 10)]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(50);
    expect(shardOf(ids[7]!, 10)).toBe(shardOf(ids[7]!, 10));
    expect(shardCountFor(10_000, 250)).toBe(40);
  });
});
