import { describe, expect, it } from "vitest";
import { api, directId, eventually, register } from "../helpers/worker/client.js";

const text = (clientMsgId: string, body = clientMsgId) => ({ clientMsgId, type: "text", content: { text: body } });

describe("POST /v1/conversations/:id/messages", () => {
  it("stores a message (201) and answers a resend with the original ids (200)", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    const first = await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: text("h-1", "over http") });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ conversationId: id, seq: 1, clientMsgId: "h-1" });
    expect(first.body.messageId).toMatch(/^[0-9A-Z]{26}$/);
    const again = await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: text("h-1", "over http") });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ messageId: first.body.messageId, seq: 1, duplicate: true });
    const history = await api(`/v1/conversations/${id}/messages`, { token: b.accessToken });
    expect(history.body.messages).toHaveLength(1);
  });

  it("refuses a reused clientMsgId with different content (409)", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: text("same", "one") });
    const res = await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: text("same", "two") });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("idempotency_mismatch");
  });

  it("accepts percent-encoded conversation ids", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    const res = await api(`/v1/conversations/${encodeURIComponent(id)}/messages`, { token: a.accessToken, body: text("enc") });
    expect(res.status).toBe(201);
    expect(res.body.conversationId).toBe(id);
  });

  it("keeps outsiders out (403) and unknown conversations unknown (404)", async () => {
    const a = await register();
    const b = await register();
    const eve = await register();
    const id = directId(a.user.id, b.user.id);
    const write = await api(`/v1/conversations/${id}/messages`, { token: eve.accessToken, body: text("x") });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe("forbidden");
    const read = await api(`/v1/conversations/${id}/messages`, { token: eve.accessToken });
    expect(read.status).toBe(403);
    for (const bad of ["nonsense", "d:only-one", `d:${b.user.id}:${a.user.id}`.replace(/^d:(.*):(.*)$/, (_m, x, y) => (x > y ? `d:${x}:${y}` : `d:${y}:${x}`)), "g:nosuchgroup"]) {
      const res = await api(`/v1/conversations/${encodeURIComponent(bad)}/messages`, { token: a.accessToken });
      expect([403, 404], bad).toContain(res.status);
    }
    const ghost = directId(a.user.id, "01ZZZZZZZZZZZZZZZZZZZZZZZZ");
    const toGhost = await api(`/v1/conversations/${ghost}/messages`, { token: a.accessToken, body: text("ghost") });
    expect(toGhost.status).toBe(404);
    expect(toGhost.body.error.code).toBe("not_found");
  });

  it.each([
    ["no clientMsgId", { type: "text", content: { text: "x" } }],
    ["empty text", { clientMsgId: "c", type: "text", content: { text: "" } }],
    ["unknown type", { clientMsgId: "c", type: "hologram", content: { text: "x" } }],
    ["image without file", { clientMsgId: "c", type: "image", content: { text: "x" } }],
    ["wrong types", { clientMsgId: 7, type: "text", content: "hello" }],
    ["bad clientMsgId", { clientMsgId: "has spaces", type: "text", content: { text: "x" } }],
  ])("rejects %s with 400", async (_n, body) => {
    const a = await register();
    const b = await register();
    const res = await api(`/v1/conversations/${directId(a.user.id, b.user.id)}/messages`, { token: a.accessToken, body });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("bad_request");
  });

  it("refuses a message too large for a frame (400 too_large) and stores nothing", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    const res = await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: { clientMsgId: "big", type: "custom", content: { data: "€".repeat(21_500) } } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("too_large");
    expect((await api(`/v1/conversations/${id}/messages`, { token: a.accessToken })).body.messages).toEqual([]);
  });

  it("requires authentication (401)", async () => {
    const res = await api("/v1/conversations/d:a:b/messages", { body: text("x") });
    expect(res.status).toBe(401);
  });
});

describe("GET /v1/conversations/:id/messages", () => {
  it("pages forward by afterSeq and backward by beforeSeq, every seq exactly once", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    for (let i = 1; i <= 23; i++) {
      const res = await api(`/v1/conversations/${id}/messages`, { token: i % 2 ? a.accessToken : b.accessToken, body: text(`p-${i}`) });
      expect(res.body.seq).toBe(i);
    }
    for (const size of [1, 7, 50]) {
      const forward: number[] = [];
      let after = 0;
      for (;;) {
        const page = await api(`/v1/conversations/${id}/messages?afterSeq=${after}&limit=${size}`, { token: b.accessToken });
        expect(page.status).toBe(200);
        forward.push(...page.body.messages.map((m: { seq: number }) => m.seq));
        if (!page.body.hasMore) break;
        after = forward[forward.length - 1]!;
      }
      expect(forward).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));

      const backward: number[] = [];
      let before = 24;
      for (;;) {
        const page = await api(`/v1/conversations/${id}/messages?beforeSeq=${before}&limit=${size}`, { token: a.accessToken });
        const seqs = page.body.messages.map((m: { seq: number }) => m.seq);
        expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
        backward.unshift(...seqs);
        if (!page.body.hasMore) break;
        before = seqs[0];
      }
      expect(backward).toEqual(forward);
    }
  });

  it("validates paging parameters", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    for (const q of ["afterSeq=-1", "limit=0", "limit=100000", "afterSeq=abc"]) {
      const res = await api(`/v1/conversations/${id}/messages?${q}`, { token: a.accessToken });
      expect(res.status, q).toBe(400);
      expect(res.body.error.code).toBe("bad_request");
    }
  });
});

describe("GET /v1/conversations", () => {
  it("lists conversations, newest activity first, with unread counts and the last message", async () => {
    const me = await register();
    const x = await register();
    const y = await register();
    await api(`/v1/conversations/${directId(me.user.id, x.user.id)}/messages`, { token: x.accessToken, body: text("x1") });
    await api(`/v1/conversations/${directId(me.user.id, x.user.id)}/messages`, { token: x.accessToken, body: text("x2") });
    await api(`/v1/conversations/${directId(me.user.id, y.user.id)}/messages`, { token: me.accessToken, body: text("y1") });
    const list = await eventually(async () => {
      const res = await api("/v1/conversations", { token: me.accessToken });
      return res.body.conversations?.length === 2 && res.body.conversations[1].lastSeq === 2 ? res : undefined;
    });
    expect(list.status).toBe(200);
    const [first, second] = list.body.conversations;
    // My own send counts as read: no unread in the conversation with y.
    expect(first).toMatchObject({ conversationId: directId(me.user.id, y.user.id), peerId: y.user.id, lastSeq: 1, readSeq: 1, unread: 0, lastMessage: { clientMsgId: "y1" } });
    expect(second).toMatchObject({ conversationId: directId(me.user.id, x.user.id), peerId: x.user.id, lastSeq: 2, readSeq: 0, unread: 2, lastMessage: { clientMsgId: "x2", content: { text: "x2" } } });

    const paged = await api("/v1/conversations?limit=1", { token: me.accessToken });
    expect(paged.body.conversations).toHaveLength(1);
    const rest = await api(`/v1/conversations?limit=1&cursor=${paged.body.nextCursor}`, { token: me.accessToken });
    expect(rest.body.conversations[0].conversationId).toBe(second.conversationId);
    expect(rest.body.nextCursor).toBeUndefined();
  });
});
