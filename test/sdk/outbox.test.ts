import { describe, expect, it } from "vitest";
import { ChatError } from "../../sdk/src/errors.js";
import { Outbox, type OutboxEntry } from "../../sdk/src/outbox.js";
import { memoryStorage } from "../../sdk/src/storage.js";

const entry = (id: string, conversationId = "d:A:B"): OutboxEntry => ({
  clientMsgId: id,
  target: { conversationId },
  conversationId,
  message: { clientMsgId: id, type: "text", content: { text: id } },
  status: "pending",
  createdAt: 0,
  attempts: 0,
});
const ack = (id: string, seq: number) => ({ messageId: `M${seq}`, conversationId: "d:A:B", seq, ts: 1, clientMsgId: id });

describe("outbox (offline queue)", () => {
  it("hands out pending messages in order, bounded by what is already in flight", () => {
    const box = new Outbox({ maxAttempts: 3, storageKey: "k" });
    for (const id of ["a", "b", "c", "d"]) box.add(entry(id));
    const first = box.ready(0, 2);
    expect(first.map((e) => e.clientMsgId)).toEqual(["a", "b"]);
    for (const e of first) box.markInFlight(e.clientMsgId);
    expect(box.ready(0, 2)).toEqual([]);
    expect(box.ready(0, 3).map((e) => e.clientMsgId)).toEqual(["c"]);
  });

  it("an ack removes the message and reports it sent", () => {
    const box = new Outbox({ maxAttempts: 3, storageKey: "k" });
    box.add(entry("a"));
    box.markInFlight("a");
    expect(box.acked("a", ack("a", 7))).toMatchObject({ clientMsgId: "a", status: "sent", ack: { seq: 7 } });
    expect(box.list()).toEqual([]);
    expect(box.acked("a", ack("a", 7))).toBeUndefined();
  });

  it("a dropped socket costs nothing: the same message (same id) goes again on the next connection", () => {
    const box = new Outbox({ maxAttempts: 1, storageKey: "k" });
    box.add(entry("a"));
    box.markInFlight("a");
    expect(box.failed("a", new ChatError("disconnected", "gone"), 0, 100)).toBeUndefined();
    box.connectionLost();
    expect(box.ready(0, 10)).toEqual([expect.objectContaining({ clientMsgId: "a", attempts: 0, status: "pending" })]);
  });

  it("retryable errors wait (retry-after first) and count; running out of attempts fails the message", () => {
    const box = new Outbox({ maxAttempts: 3, storageKey: "k" });
    box.add(entry("a"));
    box.markInFlight("a");
    const limited = box.failed("a", new ChatError("rate_limited", "slow down", { retryAfterMs: 5_000 }), 1_000, 100)!;
    expect(limited).toMatchObject({ status: "pending", attempts: 1, notBefore: 6_000 });
    expect(box.ready(5_999, 10)).toEqual([]);
    expect(box.nextWakeAt(1_000)).toBe(6_000);
    expect(box.ready(6_000, 10)).toHaveLength(1);
    box.markInFlight("a");
    expect(box.failed("a", new ChatError("timeout", "no ack"), 6_000, 100)).toMatchObject({ status: "pending", attempts: 2, notBefore: 6_100 });
    box.markInFlight("a");
    expect(box.failed("a", new ChatError("timeout", "no ack"), 7_000, 100)).toMatchObject({ status: "failed", attempts: 3, error: { code: "timeout" } });
    expect(box.ready(99_999, 10)).toEqual([]);
  });

  it("a non-retryable error fails at once; retry puts it back with the same clientMsgId", () => {
    const box = new Outbox({ maxAttempts: 5, storageKey: "k" });
    box.add(entry("a"));
    box.markInFlight("a");
    expect(box.failed("a", new ChatError("forbidden", "not a member"), 0, 100)).toMatchObject({ status: "failed", error: { code: "forbidden" } });
    const again = box.retry("a")!;
    expect(again).toMatchObject({ clientMsgId: "a", status: "pending", attempts: 0 });
    expect(again.error).toBeUndefined();
    expect(box.retry("a")).toBeUndefined();
    expect(box.discard("a")).toBe(true);
    expect(box.list()).toEqual([]);
  });

  it("survives a restart through storage: pending and failed come back, sent ones do not", () => {
    const storage = memoryStorage();
    const box = new Outbox({ maxAttempts: 5, storage, storageKey: "app:outbox" });
    box.add(entry("a"));
    box.add(entry("b"));
    box.add(entry("c", "d:A:C"));
    box.markInFlight("b");
    box.failed("b", new ChatError("bad_request", "bad"), 0, 0);
    box.markInFlight("a");
    box.acked("a", ack("a", 1));
    const reloaded = new Outbox({ maxAttempts: 5, storage, storageKey: "app:outbox" });
    expect(reloaded.list().map((e) => [e.clientMsgId, e.status])).toEqual([
      ["b", "failed"],
      ["c", "pending"],
    ]);
    expect(reloaded.list("d:A:C").map((e) => e.clientMsgId)).toEqual(["c"]);
  });

  it("ignores corrupt storage instead of failing to start", () => {
    const storage = memoryStorage();
    storage.setItem("k", "{not json");
    expect(new Outbox({ maxAttempts: 5, storage, storageKey: "k" }).list()).toEqual([]);
  });
});
