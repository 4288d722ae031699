/**
 * The R2 archive of a conversation log: compaction beyond the hot window, history reads
 * across the hot/cold boundary, patches of archived messages, idempotent resends of
 * archived messages, and crashes at every compaction step (the object is aborted and the
 * next alarm finishes the job without losing or duplicating a message).
 */
import { abortAllDurableObjects, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationDO } from "../../objects/conversation.js";
import type { Archive } from "../../objects/log/archive.js";
import type { CompactionStep, Compactor, CompactorDeps } from "../../objects/log/compaction.js";
import type { MessageLog } from "../../objects/log/message-log.js";
import type { Outbox } from "../../objects/log/outbox.js";
import { segmentKey } from "../../objects/log/segment.js";
import { api, directId, eventually, register, type Account } from "../helpers/worker/client.js";

interface Internals {
  log: MessageLog;
  archive: Archive;
  compactor: Compactor;
  outbox: Outbox;
}

const stub = (id: string) => env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(id));
const internals = (instance: ConversationDO) => (instance as unknown as { state: Internals }).state;

const SMALL = { hotMessages: 10, segmentMessages: 5 };

async function conversationWith(n: number): Promise<{ a: Account; b: Account; id: string }> {
  const a = await register();
  const b = await register();
  const id = directId(a.user.id, b.user.id);
  for (let i = 1; i <= n; i++) {
    const res = await api(`/v1/conversations/${id}/messages`, { token: i % 2 ? a.accessToken : b.accessToken, body: { clientMsgId: `m${i}`, type: "text", content: { text: `message ${i}` } } });
    expect(res.status).toBe(201);
  }
  return { a, b, id };
}

/** Runs alarms (with small archive settings) until every target has confirmed and no compaction is due. */
async function settleAndCompact(id: string, opts: { afterStep?: CompactorDeps["afterStep"] } = {}): Promise<void> {
  await eventually(async () =>
    runInDurableObject(stub(id), async (instance: ConversationDO) => {
      const s = internals(instance);
      s.compactor.options = SMALL;
      if (opts.afterStep) (s.compactor as unknown as { deps: CompactorDeps }).deps.afterStep = opts.afterStep;
      await instance.alarm();
      return s.outbox.lagging().length === 0 && !s.compactor.due();
    }),
  );
}

async function history(token: string, id: string, q: string) {
  const res = await api(`/v1/conversations/${id}/messages?${q}`, { token });
  expect(res.status).toBe(200);
  return res.body as { messages: Array<{ seq: number; clientMsgId: string; content: { text: string }; editedAt?: number; recalled?: boolean }>; hasMore: boolean; lastSeq: number };
}

/** Pages through the whole log in one direction and returns the seqs in the order read. */
async function readAll(token: string, id: string, direction: "forward" | "backward", limit: number): Promise<number[]> {
  const seqs: number[] = [];
  let cursor = direction === "forward" ? 0 : 1_000_000_000;
  for (let guard = 0; guard < 100; guard++) {
    const page = await history(token, id, direction === "forward" ? `afterSeq=${cursor}&limit=${limit}` : `beforeSeq=${cursor}&limit=${limit}`);
    const pageSeqs = page.messages.map((m) => m.seq);
    expect(pageSeqs).toEqual([...pageSeqs].sort((x, y) => x - y));
    if (direction === "forward") seqs.push(...pageSeqs);
    else seqs.unshift(...pageSeqs);
    if (!page.hasMore) return seqs;
    cursor = direction === "forward" ? pageSeqs[pageSeqs.length - 1]! : pageSeqs[0]!;
  }
  throw new Error("history did not end");
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("archive to R2", () => {
  it("moves messages beyond the hot window into compressed segments and reads across the boundary in order", async () => {
    const { a, id } = await conversationWith(37);
    await settleAndCompact(id);
    const { hot, segments, archivedUpTo } = await runInDurableObject(stub(id), (instance: ConversationDO) => {
      const s = internals(instance);
      return { hot: s.log.hotCount(), segments: s.archive.segments(), archivedUpTo: s.archive.archivedUpTo };
    });
    // 37 messages, 10 kept hot, segments of 5: 1..25 archived, 26..37 hot.
    expect(archivedUpTo).toBe(25);
    expect(hot).toBe(12);
    expect(segments.map((s) => [s.start, s.end])).toEqual([[1, 5], [6, 10], [11, 15], [16, 20], [21, 25]]);
    expect(segments[0]!.key).toBe(segmentKey(id, 1, 5));
    expect(segments[0]!.key).not.toContain(":");
    const listed = await env.ARCHIVE.list({ prefix: `archive/v1/${encodeURIComponent(id)}/` });
    expect(listed.objects.map((o) => o.key)).toEqual(segments.map((s) => s.key));
    const object = await env.ARCHIVE.get(segments[0]!.key);
    const bytes = new Uint8Array(await object!.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);

    expect(await readAll(a.accessToken, id, "forward", 7)).toEqual(range(1, 37));
    expect(await readAll(a.accessToken, id, "backward", 7)).toEqual(range(1, 37));
    const across = await history(a.accessToken, id, "afterSeq=22&limit=6");
    expect(across.messages.map((m) => m.seq)).toEqual(range(23, 28));
    expect(across.messages.map((m) => m.content.text)).toEqual(range(23, 28).map((i) => `message ${i}`));
    const scrollBack = await history(a.accessToken, id, "beforeSeq=28&limit=4");
    expect(scrollBack.messages.map((m) => m.seq)).toEqual([24, 25, 26, 27]);
    expect(scrollBack.hasMore).toBe(true);
    const inside = await history(a.accessToken, id, "afterSeq=3&beforeSeq=9&limit=50");
    expect(inside.messages.map((m) => m.seq)).toEqual(range(4, 8));
    expect(inside.hasMore).toBe(false);
  });

  it("answers a resend of an archived message as a duplicate and refuses a changed one", async () => {
    const { a, id } = await conversationWith(20);
    await settleAndCompact(id);
    const resend = await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: { clientMsgId: "m1", type: "text", content: { text: "message 1" } } });
    expect(resend.status).toBe(200);
    expect(resend.body).toMatchObject({ seq: 1, duplicate: true });
    const changed = await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: { clientMsgId: "m1", type: "text", content: { text: "other" } } });
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe("idempotency_mismatch");
    const next = await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: { clientMsgId: "new", type: "text", content: { text: "new" } } });
    expect(next.body.seq).toBe(21);
  });

  it("applies edits and recalls to archived messages through the overlay", async () => {
    const { a, id } = await conversationWith(20);
    await settleAndCompact(id);
    await runInDurableObject(stub(id), (instance: ConversationDO) => {
      const { archive } = internals(instance);
      expect(archive.archivedUpTo).toBe(10);
      expect(archive.patch(3, { content: { text: "edited three" }, editedAt: 5_000 }, 5_000)).toBe(true);
      expect(archive.patch(3, { recalled: true }, 6_000)).toBe(true);
      expect(archive.patch(15, { content: { text: "edited fifteen" }, editedAt: 7_000 }, 7_000)).toBe(true);
      expect(archive.patch(99, { recalled: true }, 7_000)).toBe(false);
    });
    const page = await history(a.accessToken, id, "afterSeq=0&limit=20");
    const bySeq = new Map(page.messages.map((m) => [m.seq, m]));
    expect(bySeq.get(3)).toMatchObject({ content: { text: "edited three" }, editedAt: 5_000, recalled: true });
    expect(bySeq.get(15)).toMatchObject({ content: { text: "edited fifteen" }, editedAt: 7_000 });
    expect(bySeq.get(4)).toMatchObject({ content: { text: "message 4" } });
    expect(bySeq.get(4)!.editedAt).toBeUndefined();
  });

  for (const crashAt of ["intent", "uploaded"] as const) {
    it(`loses and duplicates nothing when the object dies after the ${crashAt} step`, async () => {
      const { a, id } = await conversationWith(22);
      await eventually(async () =>
        runInDurableObject(stub(id), async (instance: ConversationDO) => {
          const s = internals(instance);
          await instance.alarm();
          return s.outbox.lagging().length === 0;
        }),
      );
      // First step: crash right after `crashAt`.
      await expect(
        runInDurableObject(stub(id), async (instance: ConversationDO) => {
          const s = internals(instance);
          s.compactor.options = SMALL;
          (s.compactor as unknown as { deps: CompactorDeps }).deps.afterStep = (step: CompactionStep) => {
            if (step === crashAt) throw new Error(`simulated crash after ${step}`);
          };
          await s.compactor.step();
        }),
      ).rejects.toThrow(`simulated crash after ${crashAt}`);
      const mid = await runInDurableObject(stub(id), (instance: ConversationDO) => {
        const s = internals(instance);
        return { pending: s.archive.pending, archivedUpTo: s.archive.archivedUpTo, hot: s.log.hotCount() };
      });
      expect(mid).toEqual({ pending: { start: 1, end: 5, key: segmentKey(id, 1, 5) }, archivedUpTo: 0, hot: 22 });
      // Reads stay complete while the segment is half done.
      expect(await readAll(a.accessToken, id, "forward", 9)).toEqual(range(1, 22));

      await abortAllDurableObjects();
      await settleAndCompact(id);
      const after = await runInDurableObject(stub(id), (instance: ConversationDO) => {
        const s = internals(instance);
        return { pending: s.archive.pending, segments: s.archive.segments().map((g) => [g.start, g.end]), hot: s.log.hotCount(), lastSeq: s.log.lastSeq };
      });
      expect(after).toEqual({ pending: undefined, segments: [[1, 5], [6, 10]], hot: 12, lastSeq: 22 });
      const listed = await env.ARCHIVE.list({ prefix: `archive/v1/${encodeURIComponent(id)}/` });
      expect(listed.objects).toHaveLength(2);
      expect(await readAll(a.accessToken, id, "forward", 4)).toEqual(range(1, 22));
      expect(await readAll(a.accessToken, id, "backward", 6)).toEqual(range(1, 22));
    });
  }

  it("keeps an edit made while its segment is being written", async () => {
    const { a, id } = await conversationWith(16);
    await eventually(async () =>
      runInDurableObject(stub(id), async (instance: ConversationDO) => {
        await instance.alarm();
        return internals(instance).outbox.lagging().length === 0;
      }),
    );
    await runInDurableObject(stub(id), async (instance: ConversationDO) => {
      const s = internals(instance);
      s.compactor.options = SMALL;
      (s.compactor as unknown as { deps: CompactorDeps }).deps.afterStep = (step: CompactionStep) => {
        // Between the upload and the commit an edit arrives for a row in the segment.
        if (step === "uploaded") expect(s.archive.patch(2, { content: { text: "edited during compaction" }, editedAt: 9 }, 9)).toBe(true);
      };
      expect(await s.compactor.step()).toBe(true);
    });
    const page = await history(a.accessToken, id, "afterSeq=1&limit=1");
    expect(page.messages[0]).toMatchObject({ seq: 2, content: { text: "edited during compaction" }, editedAt: 9 });
  });

  it("never archives messages a recipient has not confirmed", async () => {
    const { a, b, id } = await conversationWith(3);
    await settleAndCompact(id);
    // From now on deliveries fail: the cursors stay at 3.
    await runInDurableObject(stub(id), (instance: ConversationDO) => {
      (instance as unknown as { deliver: () => Promise<boolean> }).deliver = async () => false;
    });
    for (let i = 4; i <= 30; i++) {
      await api(`/v1/conversations/${id}/messages`, { token: b.accessToken, body: { clientMsgId: `late${i}`, type: "text", content: { text: `late ${i}` } } });
    }
    await runInDurableObject(stub(id), async (instance: ConversationDO) => {
      const s = internals(instance);
      s.compactor.options = SMALL;
      await instance.alarm();
      expect(s.outbox.persistedUpTo()).toBe(3);
      expect(s.compactor.nextRange()).toBeUndefined();
      expect(s.archive.archivedUpTo).toBe(0);
    });
    expect(await readAll(a.accessToken, id, "forward", 50)).toEqual(range(1, 30));
  });
});
