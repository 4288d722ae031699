/**
 * The per-conversation send queue: batches keep submission order, and (regression, found
 * by the chaos suite's FIFO check) nothing queued behind a failed batch is stored ahead of
 * it, so a client resending the failed message keeps its order.
 */
import { describe, expect, it } from "vitest";
import { ok, type Result } from "../../shared/errors.js";
import type { SendAck } from "../../shared/protocol.js";
import type { SendItem } from "../../objects/conversation.js";
import { SendQueue } from "../../objects/user/send-queue.js";

const item = (cmid: string): SendItem => ({ senderId: "u1", message: { clientMsgId: cmid, type: "text", content: { text: cmid } } as SendItem["message"] });

/** A fake conversation: stores in arrival order; `failNext` makes the next call throw. */
function fakeConversation() {
  const stored: string[] = [];
  let failNext = false;
  let release: (() => void) | undefined;
  const flush = async (_conv: string, items: SendItem[]): Promise<Result<Result<SendAck>[]>> => {
    // Hold each call until released, so sends can queue up behind it.
    await new Promise<void>((r) => (release = r));
    if (failNext) {
      failNext = false;
      throw new Error("object reset");
    }
    return ok(items.map((i) => {
      stored.push(i.message.clientMsgId);
      return ok({ messageId: `m-${i.message.clientMsgId}`, conversationId: "d:a:b", seq: stored.length, ts: 0, clientMsgId: i.message.clientMsgId });
    }));
  };
  return { stored, flush, failNext: () => (failNext = true), release: () => release?.() };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("SendQueue", () => {
  it("stores pipelined sends in submission order, batching what queued meanwhile", async () => {
    const conv = fakeConversation();
    const queue = new SendQueue(conv.flush);
    const results = ["a", "b", "c"].map((c) => queue.enqueue("d:a:b", item(c)));
    await tick();
    conv.release(); // a
    await tick();
    conv.release(); // b and c as one batch
    const acks = await Promise.all(results);
    expect(acks.map((r) => r.ok && r.value.seq)).toEqual([1, 2, 3]);
    expect(conv.stored).toEqual(["a", "b", "c"]);
  });

  it("fails what queued behind a failed batch, so nothing overtakes the failed message", async () => {
    const conv = fakeConversation();
    const queue = new SendQueue(conv.flush);
    conv.failNext();
    const a = queue.enqueue("d:a:b", item("a"));
    const b = queue.enqueue("d:a:b", item("b"));
    const c = queue.enqueue("d:a:b", item("c"));
    await tick();
    conv.release(); // a's call fails
    const [ra, rb, rc] = await Promise.all([a, b, c]);
    for (const r of [ra, rb, rc]) expect(r).toMatchObject({ ok: false, error: { code: "unavailable" } });
    expect(conv.stored).toEqual([]);
    // The client resends in its order; the queue works again.
    const again = ["a", "b", "c"].map((x) => queue.enqueue("d:a:b", item(x)));
    await tick();
    conv.release();
    await tick();
    conv.release();
    expect((await Promise.all(again)).every((r) => r.ok)).toBe(true);
    expect(conv.stored).toEqual(["a", "b", "c"]);
  });
});
