import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Message } from "../../shared/protocol.js";
import { Sequencer } from "../../sdk/src/sequencer.js";

const C = "d:A:B";
const msg = (seq: number, conversationId = C): Message => ({ messageId: `M${conversationId}${seq}`, conversationId, seq, senderId: "B", clientMsgId: `c${seq}`, type: "text", content: { text: String(seq) }, ts: seq });
const seqs = (ms: Message[]) => ms.map((m) => m.seq);
const live = () => new Sequencer({ maxBuffered: 100, holdUntilBaseline: false });

describe("sequencer (exactly once, in order, gap detection)", () => {
  it("hands over messages in order and drops duplicates", () => {
    const s = live();
    expect(seqs(s.offer([msg(1), msg(2)]))).toEqual([1, 2]);
    expect(seqs(s.offer([msg(2), msg(1)]))).toEqual([]);
    expect(seqs(s.offer([msg(3)]))).toEqual([3]);
    expect(s.cursor(C)).toBe(3);
  });

  it("detects a gap, holds what is above it, and releases everything once the gap is pulled", () => {
    const s = live();
    s.offer([msg(1)]);
    expect(seqs(s.offer([msg(4), msg(6)]))).toEqual([]);
    expect(s.pullRange(C, 50)).toEqual({ conversationId: C, afterSeq: 1, limit: 2 });
    expect(s.gaps()).toEqual([C]);
    // The pulled page (2, 3) releases 4; 5 is still missing.
    expect(seqs(s.offer([msg(2), msg(3)]))).toEqual([2, 3, 4]);
    expect(s.pullRange(C, 50)).toEqual({ conversationId: C, afterSeq: 4, limit: 1 });
    expect(seqs(s.offer([msg(5)]))).toEqual([5, 6]);
    expect(s.pullRange(C, 50)).toBeUndefined();
    expect(s.gaps()).toEqual([]);
  });

  it("passes over seqs a history page skipped (not this user's to see), and only from where it stands", () => {
    const s = live();
    expect(seqs(s.offer([msg(7)]))).toEqual([]);
    expect(s.pullRange(C, 50)).toEqual({ conversationId: C, afterSeq: 0, limit: 6 });
    // A page answered for another position changes nothing.
    expect(s.passOver(C, 2, 5)).toEqual([]);
    expect(s.cursor(C)).toBe(0);
    // The page after 0 started at 5: 1..4 are hidden; 5 and 6 come in the page, 7 was buffered.
    expect(s.passOver(C, 0, 4)).toEqual([]);
    expect(seqs(s.offer([msg(5), msg(6)]))).toEqual([5, 6, 7]);
    expect(s.gaps()).toEqual([]);
    // Never backwards.
    expect(s.passOver(C, 7, 3)).toEqual([]);
    expect(s.cursor(C)).toBe(7);
  });

  it("learns of messages it never got pushed from the server's last seq, and pulls them in pages", () => {
    const s = live();
    s.baseline(C, 10);
    expect(s.reached(C, 10)).toBe(false);
    expect(s.reached(C, 700)).toBe(true);
    expect(s.pullRange(C, 200)).toEqual({ conversationId: C, afterSeq: 10, limit: 200 });
    s.offer(Array.from({ length: 200 }, (_, i) => msg(11 + i)));
    expect(s.pullRange(C, 200)).toEqual({ conversationId: C, afterSeq: 210, limit: 200 });
  });

  it("before the first sync, holds pushes of unknown conversations; the baseline decides what is news", () => {
    const s = new Sequencer({ maxBuffered: 100, holdUntilBaseline: true });
    expect(s.offer([msg(41), msg(42)])).toEqual([]);
    expect(s.reached(C, 42)).toBe(false);
    s.baseline(C, 41);
    expect(seqs(s.release())).toEqual([42]);
    // After the baseline, an unknown conversation is new: all of it is news.
    expect(seqs(s.offer([msg(1, "d:A:Z")]))).toEqual([1]);
    expect(s.reached("d:A:Q", 3)).toBe(true);
    expect(s.pullRange("d:A:Q", 50)).toEqual({ conversationId: "d:A:Q", afterSeq: 0, limit: 3 });
  });

  it("keeps its buffer bounded and still pulls what it forgot", () => {
    const s = new Sequencer({ maxBuffered: 3, holdUntilBaseline: false });
    s.offer([msg(1)]);
    s.offer([msg(10), msg(9), msg(8), msg(7), msg(6)]);
    expect(s.target(C)).toBe(10);
    expect(seqs(s.offer([2, 3, 4, 5].map((n) => msg(n))))).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(s.pullRange(C, 50)).toEqual({ conversationId: C, afterSeq: 8, limit: 2 });
  });

  it("resumes from a snapshot", () => {
    const s = live();
    s.offer([msg(1), msg(2)]);
    s.reached(C, 5);
    const resumed = new Sequencer({ maxBuffered: 10, holdUntilBaseline: false }, s.snapshot());
    expect(resumed.cursor(C)).toBe(2);
    expect(resumed.pullRange(C, 50)).toEqual({ conversationId: C, afterSeq: 2, limit: 3 });
  });

  it("whatever order and duplication pushes arrive in, pulls make the app see 1..N exactly once, in order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i + 1)), fc.array(fc.integer({ min: 1, max: n }), { maxLength: 30 }), fc.integer({ min: 1, max: 7 })),
        ),
        ([n, pushed, dupes, page]) => {
          const s = new Sequencer({ maxBuffered: 8, holdUntilBaseline: false });
          const seen: number[] = [];
          for (const seq of [...pushed, ...dupes]) seen.push(...seqs(s.offer([msg(seq)])));
          // The server's sync says how far the log goes; the client pulls until nothing is missing.
          s.reached(C, n);
          for (let range = s.pullRange(C, page); range; range = s.pullRange(C, page)) {
            const from = range.afterSeq + 1;
            seen.push(...seqs(s.offer(Array.from({ length: range.limit }, (_, i) => msg(from + i)))));
          }
          expect(seen).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        },
      ),
    );
  });
});
