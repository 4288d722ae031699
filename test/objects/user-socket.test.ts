/**
 * Every WebSocket operation through the real gateway and UserDO inside workerd:
 * JSON and binary frames reach the same dispatcher; junk gets an `error` op and the
 * socket stays usable.
 */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { encodeFrame } from "../../shared/frame.js";
import { OPS } from "../../shared/ops.js";
import { api, BASE, directId, eventually, register, sleep, TestSocket } from "../helpers/worker/client.js";

const text = (clientMsgId: string, extra: Record<string, unknown> = {}) => ({ clientMsgId, type: "text", content: { text: clientMsgId }, ...extra });

async function pair() {
  const a = await register();
  const b = await register();
  return { a, b, id: directId(a.user.id, b.user.id) };
}

describe("connection", () => {
  it("starts with auth_ok naming the user, device and limits", async () => {
    const a = await register();
    const ws = await TestSocket.open(a.accessToken, { deviceId: "phone" });
    ws.sendPacket({ op: "ping", id: 1, d: {} });
    expect(await ws.next((p) => p.id === 1)).toEqual({ op: "pong", id: 1 });
    ws.close();
  });

  it("refuses a second auth on an authenticated socket and ignores unsolicited pongs", async () => {
    const a = await register();
    const ws = await TestSocket.open(a.accessToken);
    expect(await ws.request("auth", { token: a.accessToken })).toMatchObject({ op: "error", d: { code: "bad_request" } });
    ws.sendPacket({ op: "pong", id: 77, d: {} });
    expect(await ws.request("ping")).toMatchObject({ op: "pong" });
    expect(ws.received.filter((p) => p.id === 77)).toEqual([]);
    ws.close();
  });

  it("answers the bare heartbeat text with the bare pong (runtime auto-response)", async () => {
    const a = await register();
    const ws = await TestSocket.open(a.accessToken);
    ws.sendRaw('{"op":"ping"}');
    expect(await ws.next((p) => p.op === "pong")).toEqual({ op: "pong" });
    ws.close();
  });

  it("accepts the token as a Sec-WebSocket-Protocol entry and selects imserver.v1", async () => {
    const a = await register();
    const res = await exports.default.fetch(new Request(`${BASE}/v1/ws`, { headers: { upgrade: "websocket", "sec-websocket-protocol": `imserver.v1, ${a.accessToken}` } }));
    expect(res.status).toBe(101);
    expect(res.headers.get("sec-websocket-protocol")).toBe("imserver.v1");
    res.webSocket!.accept();
    res.webSocket!.close();
  });

  it("replaces an older socket of the same device (close 4001)", async () => {
    const a = await register();
    const first = await TestSocket.open(a.accessToken, { deviceId: "same" });
    const second = await TestSocket.open(a.accessToken, { deviceId: "same" });
    await eventually(() => first.closed);
    expect(first.closed!.code).toBe(4001);
    expect((await second.request("ping")).op).toBe("pong");
    second.close();
  });

  it("closes the session's sockets on logout (close 4003)", async () => {
    const a = await register();
    const ws = await TestSocket.open(a.accessToken);
    expect((await api("/v1/auth/logout", { method: "POST", token: a.accessToken })).status).toBe(204);
    await eventually(() => ws.closed);
    expect(ws.closed!.code).toBe(4003);
  });
});

describe("send, ack, push", () => {
  it("acks after storing, pushes to the peer and to the sender's other devices only", async () => {
    const { a, b, id } = await pair();
    const phone = await TestSocket.open(a.accessToken, { deviceId: "phone" });
    const laptop = await TestSocket.open(a.accessToken, { deviceId: "laptop" });
    const peer = await TestSocket.open(b.accessToken);
    const ack = await phone.request("send", text("s-1", { to: b.user.id }));
    expect(ack).toMatchObject({ op: "ack", d: { conversationId: id, seq: 1, clientMsgId: "s-1" } });
    const messageId = (ack.d as { messageId: string }).messageId;
    expect((await peer.next((p) => p.op === "message")).d).toMatchObject({ messageId, seq: 1, senderId: a.user.id, content: { text: "s-1" } });
    expect((await laptop.next((p) => p.op === "message")).d).toMatchObject({ messageId });
    await sleep(100);
    expect(phone.seen("message")).toHaveLength(0);
    for (const s of [phone, laptop, peer]) s.close();
  });

  it("returns the original ack for a resend, even when resent concurrently", async () => {
    const { a, b, id } = await pair();
    const ws = await TestSocket.open(a.accessToken);
    const peer = await TestSocket.open(b.accessToken);
    const acks = await Promise.all(Array.from({ length: 10 }, () => ws.request("send", text("once", { conversationId: id }))));
    const ids = new Set(acks.map((p) => (p.d as { messageId: string }).messageId));
    expect(ids.size).toBe(1);
    expect(acks.filter((p) => !(p.d as { duplicate?: boolean }).duplicate)).toHaveLength(1);
    await peer.next((p) => p.op === "message");
    await sleep(100);
    expect(peer.seen("message")).toHaveLength(0);
    ws.close();
    peer.close();
  });

  it("speaks binary on a binary socket and delivers across encodings", async () => {
    const { a, b, id } = await pair();
    const bin = await TestSocket.open(a.accessToken, { encoding: "binary" });
    const json = await TestSocket.open(b.accessToken, { encoding: "json" });
    const ack = await bin.request("send", text("bin-1", { conversationId: id }));
    expect(ack).toMatchObject({ op: "ack", d: { seq: 1 } });
    expect((await json.next((p) => p.op === "message")).d).toMatchObject({ clientMsgId: "bin-1" });
    await json.request("send", text("json-1", { conversationId: id }));
    expect((await bin.next((p) => p.op === "message")).d).toMatchObject({ clientMsgId: "json-1", seq: 2 });
    bin.close();
    json.close();
  });

  it("refuses sends it must refuse, with coded errors", async () => {
    const { a, b } = await pair();
    const eve = await register();
    const ws = await TestSocket.open(a.accessToken);
    const cases: Array<[unknown, string]> = [
      [text("self", { to: a.user.id }), "bad_request"],
      [text("both", { to: b.user.id, conversationId: directId(a.user.id, b.user.id) }), "bad_request"],
      [text("neither"), "bad_request"],
      [text("outsider", { conversationId: directId(b.user.id, eve.user.id) }), "forbidden"],
      [text("nonsense", { conversationId: "x:y" }), "not_found"],
      [text("ghost", { to: "01ZZZZZZZZZZZZZZZZZZZZZZZZ" }), "not_found"],
      [{ to: b.user.id, clientMsgId: "t", type: "text", content: { text: 5 } }, "bad_request"],
    ];
    for (const [d, code] of cases) {
      const reply = await ws.request("send", d);
      expect(reply.op, JSON.stringify(d)).toBe("error");
      expect((reply.d as { code: string }).code, JSON.stringify(d)).toBe(code);
    }
    ws.close();
  });
});

describe("junk never breaks the socket", () => {
  it("answers every kind of junk with an error op and keeps serving", async () => {
    const a = await register();
    const ws = await TestSocket.open(a.accessToken);
    const junk: Array<[string | Uint8Array, string]> = [
      ["{not json", "bad_json"],
      ['{"op":"teleport","id":9}', "unknown_op"],
      ['{"op":"ack","id":9,"d":{}}', "unknown_op"],
      ['{"op":"send","id":9,"d":{"clientMsgId":1}}', "bad_request"],
      ['{"op":"history","id":9,"d":{"conversationId":"d:a:b","limit":"ten"}}', "bad_request"],
      [JSON.stringify({ op: "send", id: 9, d: { pad: "x".repeat(70_000) } }), "frame_too_large"],
      [new Uint8Array([1, 2, 3]), "invalid_frame"],
      [encodeFrame(9999, new Uint8Array()), "unknown_op"],
      [encodeFrame(OPS.send.code, new Uint8Array([0xff, 0xff, 0xff])), "invalid_frame"],
      [(() => { const f = encodeFrame(OPS.ping.code, new Uint8Array()); f[6] = 7; return f; })(), "unsupported_version"],
    ];
    for (const [frame, code] of junk) {
      ws.sendRaw(frame);
      const error = await ws.next((p) => p.op === "error");
      expect((error.d as { code: string }).code, String(frame).slice(0, 40)).toBe(code);
      expect(await ws.request("ping")).toMatchObject({ op: "pong" });
    }
    expect(ws.closed).toBeUndefined();
    ws.close();
  });
});

describe("sync, read, delivered, history", () => {
  it("sync returns only what changed since the token, and a full sync for an unknown epoch", async () => {
    const { a, b, id } = await pair();
    const c = await register();
    const ws = await TestSocket.open(b.accessToken);
    const first = await ws.request("sync");
    expect(first.d).toMatchObject({ conversations: [], reset: true, hasMore: false });
    const token = (first.d as { token: string }).token;

    await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: text("one") });
    await api(`/v1/conversations/${directId(b.user.id, c.user.id)}/messages`, { token: c.accessToken, body: text("two") });
    await ws.next((p) => p.op === "message");
    await ws.next((p) => p.op === "message");
    const changes = await ws.request("sync", { token });
    const convs = (changes.d as { conversations: Array<{ conversationId: string; unread: number }> }).conversations;
    expect(convs.map((s) => s.conversationId).sort()).toEqual([id, directId(b.user.id, c.user.id)].sort());
    expect(changes.d).toMatchObject({ reset: false });

    const next = (changes.d as { token: string }).token;
    expect((await ws.request("sync", { token: next })).d).toMatchObject({ conversations: [], reset: false });
    // Page by page with limit 1, the token walks forward without losing either change.
    const p1 = await ws.request("sync", { token, limit: 1 });
    expect(p1.d).toMatchObject({ hasMore: true });
    const p2 = await ws.request("sync", { token: (p1.d as { token: string }).token, limit: 1 });
    expect([...(p1.d as { conversations: unknown[] }).conversations, ...(p2.d as { conversations: unknown[] }).conversations]).toHaveLength(2);

    expect((await ws.request("sync", { token: "otherEpoch1.5" })).d).toMatchObject({ reset: true });
    expect(((await ws.request("sync", { token: "not a token" })).d as { code: string }).code).toBe("bad_request");
    ws.close();
  });

  it("read moves forward only, clears unread, and tells the user's other devices", async () => {
    const { a, b, id } = await pair();
    for (let i = 1; i <= 4; i++) await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: text(`r-${i}`) });
    const phone = await TestSocket.open(b.accessToken, { deviceId: "phone" });
    const laptop = await TestSocket.open(b.accessToken, { deviceId: "laptop" });
    await eventually(async () => (await api("/v1/conversations", { token: b.accessToken })).body.conversations[0]?.lastSeq === 4);

    expect((await phone.request("read", { conversationId: id, seq: 3 })).op).toBe("ok");
    expect((await laptop.next((p) => p.op === "conversation")).d).toMatchObject({ conversationId: id, readSeq: 3, unread: 1 });
    // A lower mark is ignored; a mark past the end is clamped.
    await phone.request("read", { conversationId: id, seq: 1 });
    await phone.request("read", { conversationId: id, seq: 99 });
    const list = await api("/v1/conversations", { token: b.accessToken });
    expect(list.body.conversations[0]).toMatchObject({ readSeq: 4, unread: 0 });
    expect(phone.seen("conversation")).toHaveLength(0);

    expect((await phone.request("delivered", { conversationId: id, seq: 4 })).op).toBe("ok");
    expect((await api("/v1/conversations", { token: b.accessToken })).body.conversations[0].deliveredSeq).toBe(4);
    expect(((await phone.request("read", { conversationId: "d:nobody:else", seq: 1 })).d as { code: string }).code).toBe("not_found");
    phone.close();
    laptop.close();
  });

  it("history over the socket is for members only and pages by seq", async () => {
    const { a, b, id } = await pair();
    const eve = await register();
    for (let i = 1; i <= 5; i++) await api(`/v1/conversations/${id}/messages`, { token: b.accessToken, body: text(`h-${i}`) });
    const ws = await TestSocket.open(a.accessToken, { encoding: "binary" });
    const page = await ws.request("history", { conversationId: id, afterSeq: 1, limit: 3 });
    expect(page.op).toBe("history_result");
    expect((page.d as { messages: Array<{ seq: number }> }).messages.map((m) => m.seq)).toEqual([2, 3, 4]);
    expect(page.d).toMatchObject({ hasMore: true, lastSeq: 5 });
    const back = await ws.request("history", { conversationId: id, beforeSeq: 3 });
    expect((back.d as { messages: Array<{ seq: number }> }).messages.map((m) => m.seq)).toEqual([1, 2]);

    const outsider = await TestSocket.open(eve.accessToken);
    const refused = await outsider.request("history", { conversationId: id });
    expect(refused).toMatchObject({ op: "error", d: { code: "forbidden" } });
    ws.close();
    outsider.close();
  });
});
