/**
 * End-to-end check that the public protocol documentation is enough to write a client:
 * the client in ./independent-client/client.ts was written from docs/protocol.md,
 * docs/api.md, README.md and DESIGN.md §10 only, and is driven here against the real
 * server started as `npm start` does.
 *
 * alice: JSON WebSocket client. bob: binary WebSocket client. carol: HTTP only (outsider).
 * The `it` blocks run in order and build on each other's state.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";
import {
  directConversationId,
  encodeFrame,
  encodeRawFrame,
  http,
  ImClient,
  register,
  tryUpgrade,
  type Frame,
  type Obj,
  type Session,
} from "./independent-client/client.js";

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

describe("independent client written from the docs", () => {
  let server: LocalWorker;
  let alice: Session;
  let bob: Session;
  let carol: Session;
  let aliceWs: ImClient; // JSON
  let bobWs: ImClient; // binary
  let convId: string;
  const opened: ImClient[] = [];
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    server = await startLocalWorker();
  });

  afterAll(async () => {
    for (const c of opened) await c.close();
    await server?.stop();
  });

  it("registers three users over HTTP", async () => {
    const users: Session[] = [];
    for (const name of ["alice", "bob", "carol"]) {
      const res = await register(server.baseUrl, `${name}_${suffix}`, "correct horse battery");
      expect(res.status).toBe(201);
      expect(res.body.user.username).toBe(`${name}_${suffix}`);
      expect(res.body.user.id).toMatch(ULID);
      expect(typeof res.body.accessToken).toBe("string");
      expect(res.body.accessToken.length).toBeGreaterThan(20);
      expect(typeof res.body.refreshToken).toBe("string");
      users.push(res.body);
    }
    [alice, bob, carol] = users as [Session, Session, Session];
    expect(new Set(users.map((u) => u.user.id)).size).toBe(3);
    // a taken username is a conflict (any case)
    const again = await register(server.baseUrl, `ALICE_${suffix}`, "correct horse battery");
    expect(again.status).toBe(409);
    expect((again.body as unknown as Obj).error.code).toBe("conflict");
    convId = directConversationId(alice.user.id, bob.user.id);
  });

  it("refuses /v1/ws without a token, or with a bad one, with 401 before any upgrade", async () => {
    const none = await tryUpgrade(server.wsUrl);
    expect(none.opened).toBe(false);
    expect(none.status).toBe(401);
    expect(none.body?.error?.code).toBe("unauthorized");

    const bad = await tryUpgrade(server.wsUrl, { token: "not-a-jwt" });
    expect(bad.opened).toBe(false);
    expect(bad.status).toBe(401);
    expect(bad.body?.error?.code).toBe("unauthorized");

    // sanity: the same route upgrades with a good token
    const good = await tryUpgrade(server.wsUrl, { token: alice.accessToken });
    expect(good.opened).toBe(true);
  });

  it("connects a JSON client and a binary client; the first frame is auth_ok", async () => {
    aliceWs = await ImClient.connect(server.wsUrl, alice.accessToken, { encoding: "json" });
    opened.push(aliceWs);
    bobWs = await ImClient.connect(server.wsUrl, bob.accessToken, { encoding: "binary" });
    opened.push(bobWs);

    expect(aliceWs.authOk.userId).toBe(alice.user.id);
    expect(aliceWs.authOk.deviceId).toBe(alice.deviceId);
    expect(aliceWs.authOk.sessionId).toBe(alice.sessionId);
    expect(aliceWs.authOk.maxFrameBytes).toBe(65536);
    expect(aliceWs.authOk.heartbeatMs).toBe(60000);
    expect(Math.abs(aliceWs.authOk.serverTime - Date.now())).toBeLessThan(60_000);

    expect(bobWs.authOk.userId).toBe(bob.user.id);
    expect(bobWs.authOk.deviceId).toBe(bob.deviceId);
    expect(bobWs.authOk.maxFrameBytes).toBe(65536);
  });

  let first: Obj;

  it("send by `to`: ack with seq 1 on the sender, message push on the binary side", async () => {
    const d = { to: bob.user.id, clientMsgId: "a-1", type: "text", content: { text: "hello bob" } };
    const ack = await aliceWs.request("send", d);
    expect(ack.encoding).toBe("json");
    expect(ack.op).toBe("ack");
    expect(ack.d.seq).toBe(1);
    expect(ack.d.conversationId).toBe(convId);
    expect(ack.d.clientMsgId).toBe("a-1");
    expect(ack.d.messageId).toMatch(ULID);
    expect(Math.abs(ack.d.ts - Date.now())).toBeLessThan(60_000);
    expect(ack.d.duplicate ?? false).toBe(false);
    first = ack.d;

    const push = await bobWs.push("message", (m) => m.seq === 1);
    expect(push.encoding).toBe("binary");
    expect(push.type).toBe(12);
    expect(push.id).toBe(0);
    expect(push.d).toEqual({
      messageId: first.messageId,
      conversationId: convId,
      seq: 1,
      senderId: alice.user.id,
      clientMsgId: "a-1",
      type: "text",
      content: { text: "hello bob", data: "" }, // file: absent (undefined)
      ts: first.ts,
      // absent fields decode to their zero values
      replyTo: "",
      mentions: [],
      editedAt: 0,
      recalled: false,
    });
    // the sending device gets the ack, not a push
    expect(aliceWs.frames.filter((f) => f.op === "message")).toEqual([]);
  });

  it("resending the same clientMsgId returns the same messageId/seq with duplicate: true", async () => {
    const d = { to: bob.user.id, clientMsgId: "a-1", type: "text", content: { text: "hello bob" } };
    const ack = await aliceWs.request("send", d);
    expect(ack.op).toBe("ack");
    expect(ack.d.messageId).toBe(first.messageId);
    expect(ack.d.seq).toBe(1);
    expect(ack.d.conversationId).toBe(convId);
    expect(ack.d.duplicate).toBe(true);

    // reusing it for a different message is refused
    const mismatch = await aliceWs.request("send", { ...d, content: { text: "something else" } });
    expect(mismatch.op).toBe("error");
    expect(mismatch.d.code).toBe("idempotency_mismatch");
    expect(mismatch.d.status).toBe(409);
  });

  it("the binary client replies by conversation id; ack in binary, push in JSON", async () => {
    const ack = await bobWs.request("send", {
      conversationId: convId,
      clientMsgId: "b-1",
      type: "text",
      content: { text: "hi alice" },
    });
    expect(ack.encoding).toBe("binary");
    expect(ack.op).toBe("ack");
    expect(ack.type).toBe(11);
    expect(ack.d.seq).toBe(2); // the duplicate stored nothing
    expect(ack.d.conversationId).toBe(convId);
    expect(ack.d.clientMsgId).toBe("b-1");
    expect(ack.d.messageId).toMatch(ULID);
    expect(ack.d.duplicate).toBe(false);

    const push = await aliceWs.push("message", (m) => m.seq === 2);
    expect(push.encoding).toBe("json");
    expect(push.id).toBeUndefined();
    expect(push.d.messageId).toBe(ack.d.messageId);
    expect(push.d.senderId).toBe(bob.user.id);
    expect(push.d.conversationId).toBe(convId);
    expect(push.d.clientMsgId).toBe("b-1");
    expect(push.d.content).toEqual({ text: "hi alice" });
    expect(push.d.ts).toBe(ack.d.ts);

    // a binary resend is a duplicate too (checks the binary `duplicate` field)
    const again = await bobWs.request("send", {
      conversationId: convId,
      clientMsgId: "b-1",
      type: "text",
      content: { text: "hi alice" },
    });
    expect(again.op).toBe("ack");
    expect(again.d.messageId).toBe(ack.d.messageId);
    expect(again.d.seq).toBe(2);
    expect(again.d.duplicate).toBe(true);
  });

  it("an unknown op and invalid JSON produce error ops without closing the socket", async () => {
    aliceWs.sendText(JSON.stringify({ op: "frobnicate", id: 901, d: {} }));
    const unknown = await aliceWs.next((f) => f.op === "error" && f.d.code === "unknown_op");
    expect(unknown.id).toBe(901);
    expect(unknown.d.status).toBe(400);
    expect(typeof unknown.d.message).toBe("string");

    // a server → client op is not one clients may send either
    aliceWs.sendText(JSON.stringify({ op: "ack", id: 902, d: {} }));
    const notClientOp = await aliceWs.next((f) => f.op === "error" && f.id === 902);
    expect(notClientOp.d.code).toBe("unknown_op");

    aliceWs.sendText("{this is not json");
    const badJson = await aliceWs.next((f) => f.op === "error" && f.d.code === "bad_json");
    expect(badJson.id).toBeUndefined();
    expect(badJson.d.status).toBe(400);

    // still open and still serving requests
    expect(aliceWs.isOpen).toBe(true);
    expect(aliceWs.closed).toBeNull();
    aliceWs.sendText('{"op":"ping"}');
    const pong = await aliceWs.next((f) => f.op === "pong");
    expect(pong.id).toBeUndefined();
    const pongWithId = await aliceWs.request("ping");
    expect(pongWithId.op).toBe("pong");
    const ack = await aliceWs.request("send", { conversationId: convId, clientMsgId: "a-2", content: { text: "still here" } });
    expect(ack.op).toBe("ack");
    expect(ack.d.seq).toBe(3);
    const push = await bobWs.push("message", (m) => m.seq === 3);
    expect(push.d.type).toBe("text"); // `type` defaults to text
    expect(aliceWs.isOpen).toBe(true);
  });

  it("a binary PING is answered with PONG (with and without id); bad binary frames get ERROR", async () => {
    // header-only PING (DESIGN §10: empty body)
    bobWs.sendBinary(encodeRawFrame(3, new Uint8Array()));
    const pong0 = await bobWs.next((f) => f.op === "pong");
    expect(pong0.type).toBe(4);
    expect(pong0.id).toBe(0);

    // PING with an id, as in the protocol.md example body
    bobWs.sendBinary(encodeFrame("ping", 4242));
    const pong = await bobWs.next((f) => f.op === "pong" && f.id === 4242);
    expect(pong.encoding).toBe("binary");
    expect(pong.type).toBe(4);

    // unknown type code
    bobWs.sendBinary(encodeRawFrame(99, new Uint8Array([0x08, 0x07])));
    const unknown = await bobWs.next((f) => f.op === "error" && f.d.code === "unknown_op");
    expect(unknown.type).toBe(5);
    expect(unknown.d.status).toBe(400);

    // bad version byte, bad reserved byte, length mismatch
    bobWs.sendBinary(encodeRawFrame(3, new Uint8Array(), { version: 2 }));
    await bobWs.next((f) => f.op === "error" && f.d.code === "unsupported_version");
    bobWs.sendBinary(encodeRawFrame(3, new Uint8Array(), { reserved: 1 }));
    await bobWs.next((f) => f.op === "error" && f.d.code === "invalid_frame");
    const mismatched = encodeRawFrame(3, new Uint8Array([0x12, 0x00]));
    mismatched[3] = 99;
    bobWs.sendBinary(mismatched);
    await bobWs.next((f) => f.op === "error" && f.d.code === "invalid_frame");

    expect(bobWs.isOpen).toBe(true);
    bobWs.sendBinary(encodeFrame("ping", 4343));
    await bobWs.next((f) => f.op === "pong" && f.id === 4343);
  });

  it("history over WebSocket pages with afterSeq and beforeSeq, in both encodings", async () => {
    // seqs 4 and 5 from alice
    for (const n of [3, 4]) {
      const ack = await aliceWs.request("send", { conversationId: convId, clientMsgId: `a-${n}`, content: { text: `m${n}` } });
      expect(ack.d.seq).toBe(n + 1);
      await bobWs.push("message", (m) => m.seq === n + 1);
    }

    const after = await aliceWs.request("history", { conversationId: convId, afterSeq: 1, limit: 2 });
    expect(after.op).toBe("history_result");
    expect(after.d.conversationId).toBe(convId);
    expect(after.d.messages.map((m: Obj) => m.seq)).toEqual([2, 3]);
    expect(after.d.messages[0].senderId).toBe(bob.user.id);
    expect(after.d.hasMore).toBe(true);
    expect(after.d.lastSeq).toBe(5);

    const newest = await aliceWs.request("history", { conversationId: convId, beforeSeq: 6, limit: 2 });
    expect(newest.d.messages.map((m: Obj) => m.seq)).toEqual([4, 5]);
    expect(newest.d.hasMore).toBe(true);

    const oldest = await aliceWs.request("history", { conversationId: convId, beforeSeq: 3, limit: 10 });
    expect(oldest.d.messages.map((m: Obj) => m.seq)).toEqual([1, 2]);
    expect(oldest.d.hasMore).toBe(false);
    expect(oldest.d.messages[0].messageId).toBe(first.messageId);

    // binary: afterSeq and beforeSeq
    const bAfter = await bobWs.request("history", { conversationId: convId, afterSeq: 3, limit: 50 });
    expect(bAfter.encoding).toBe("binary");
    expect(bAfter.op).toBe("history_result");
    expect(bAfter.d.messages.map((m: Obj) => m.seq)).toEqual([4, 5]);
    expect(bAfter.d.messages.map((m: Obj) => m.content.text)).toEqual(["m3", "m4"]);
    expect(bAfter.d.hasMore).toBe(false);
    expect(bAfter.d.lastSeq).toBe(5);

    const bBefore = await bobWs.request("history", { conversationId: convId, beforeSeq: 5, limit: 3 });
    expect(bBefore.d.messages.map((m: Obj) => m.seq)).toEqual([2, 3, 4]);
    expect(bBefore.d.hasMore).toBe(true);

    const bAll = await bobWs.request("history", { conversationId: convId });
    expect(bAll.d.messages.map((m: Obj) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(bAll.d.hasMore).toBe(false);

    // not a member
    const carolWs = await ImClient.connect(server.wsUrl, carol.accessToken);
    opened.push(carolWs);
    const denied = await carolWs.request("history", { conversationId: convId });
    expect(denied.op).toBe("error");
    expect(denied.d.code).toBe("forbidden");
    expect(denied.d.status).toBe(403);
    await carolWs.close();
  });

  it("sync without a token is a reset listing everything; with the token only what changed", async () => {
    // JSON
    const full = await aliceWs.request("sync", {});
    expect(full.op).toBe("sync_result");
    expect(full.d.reset).toBe(true);
    expect(full.d.hasMore).toBe(false);
    expect(typeof full.d.token).toBe("string");
    expect(full.d.token.length).toBeGreaterThan(0);
    expect(full.d.conversations).toHaveLength(1);
    const c = full.d.conversations[0];
    expect(c.conversationId).toBe(convId);
    expect(c.kind).toBe("direct");
    expect(c.peerId).toBe(bob.user.id);
    expect(c.lastSeq).toBe(5);
    expect(c.lastMessage.seq).toBe(5);
    expect(c.unread).toBe(c.lastSeq - c.readSeq);

    // binary
    const bFull = await bobWs.request("sync", {});
    expect(bFull.encoding).toBe("binary");
    expect(bFull.op).toBe("sync_result");
    expect(bFull.d.reset).toBe(true);
    expect(bFull.d.conversations.map((x: Obj) => [x.conversationId, x.peerId, x.lastSeq])).toEqual([
      [convId, alice.user.id, 5],
    ]);
    // bob sent seq 2, which marks up to 2 read for him: 3, 4, 5 unread
    expect(bFull.d.conversations[0].readSeq).toBe(2);
    expect(bFull.d.conversations[0].unread).toBe(3);
    const bobToken: string = bFull.d.token;
    expect(bobToken.length).toBeGreaterThan(0);

    // nothing changed since: empty, not a reset
    const bSame = await bobWs.request("sync", { token: bobToken });
    expect(bSame.d.reset).toBe(false);
    expect(bSame.d.conversations).toEqual([]);
    const aSame = await aliceWs.request("sync", { token: full.d.token });
    expect(aSame.d.reset).toBe(false);
    expect(aSame.d.conversations).toEqual([]);

    // a new message changes the conversation for both
    const ack = await aliceWs.request("send", { conversationId: convId, clientMsgId: "a-5", content: { text: "m5" } });
    expect(ack.d.seq).toBe(6);
    await bobWs.push("message", (m) => m.seq === 6);
    const bChanged = await bobWs.request("sync", { token: bobToken });
    expect(bChanged.d.reset).toBe(false);
    expect(bChanged.d.conversations.map((x: Obj) => [x.conversationId, x.lastSeq, x.unread])).toEqual([[convId, 6, 4]]);
    expect(bChanged.d.conversations[0].lastMessage.clientMsgId).toBe("a-5");
    expect(bChanged.d.token).not.toBe("");
    const aChanged = await aliceWs.request("sync", { token: full.d.token });
    expect(aChanged.d.conversations.map((x: Obj) => [x.conversationId, x.lastSeq])).toEqual([[convId, 6]]);
  });

  async function bobsConversation(): Promise<Obj> {
    const res = await http(server.baseUrl, "GET", "/v1/conversations", { token: bob.accessToken });
    expect(res.status).toBe(200);
    const found = (res.body.conversations as Obj[]).find((c) => c.conversationId === convId);
    expect(found).toBeDefined();
    return found!;
  }

  it("read lowers unread in GET /v1/conversations and pushes `conversation` to the other device", async () => {
    const before = await bobsConversation();
    expect(before.lastSeq).toBe(6);
    expect(before.readSeq).toBe(2);
    expect(before.unread).toBe(4);
    expect(before.lastMessage.seq).toBe(6);

    // a second device of bob (JSON) to observe the `conversation` push
    const bobTablet = await ImClient.connect(server.wsUrl, bob.accessToken, { deviceId: "bob-tablet" });
    opened.push(bobTablet);
    expect(bobTablet.authOk.deviceId).toBe("bob-tablet");

    const ok = await bobWs.request("read", { conversationId: convId, seq: 4 });
    expect(ok.op).toBe("ok");
    expect(ok.type).toBe(6);
    const after = await bobsConversation();
    expect(after.readSeq).toBe(4);
    expect(after.unread).toBe(2);

    const pushed = await bobTablet.push("conversation", (c) => c.readSeq === 4);
    expect(pushed.d.conversationId).toBe(convId);
    expect(pushed.d.unread).toBe(2);
    expect(pushed.d.lastSeq).toBe(6);

    // never backwards
    const back = await bobWs.request("read", { conversationId: convId, seq: 1 });
    expect(back.op).toBe("ok");
    expect((await bobsConversation()).unread).toBe(2);

    // past the end is clamped
    const past = await bobTablet.request("read", { conversationId: convId, seq: 1000 });
    expect(past.op).toBe("ok");
    const clamped = await bobsConversation();
    expect(clamped.readSeq).toBe(6);
    expect(clamped.unread).toBe(0);
    // the other device (the binary one) gets the push this time, in binary
    const pushedBin = await bobWs.push("conversation", (c) => c.readSeq === 6);
    expect(pushedBin.encoding).toBe("binary");
    expect(pushedBin.d.unread).toBe(0);
    await bobTablet.close();
  });

  it("HTTP history: members page with afterSeq/limit, a third user gets 403", async () => {
    const path = (id: string, q: string) => `/v1/conversations/${id}/messages?${q}`;
    for (const who of [alice, bob]) {
      const res = await http(server.baseUrl, "GET", path(encodeURIComponent(convId), "afterSeq=2&limit=2"), { token: who.accessToken });
      expect(res.status).toBe(200);
      expect(res.body.conversationId).toBe(convId);
      expect(res.body.messages.map((m: Obj) => m.seq)).toEqual([3, 4]);
      expect(res.body.hasMore).toBe(true);
      expect(res.body.lastSeq).toBe(6);
    }
    // unencoded id works too, and the default page is everything (6 < 50)
    const raw = await http(server.baseUrl, "GET", `/v1/conversations/${convId}/messages`, { token: alice.accessToken });
    expect(raw.status).toBe(200);
    const msgs = raw.body.messages as Obj[];
    expect(msgs.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(msgs[0]).toMatchObject({ messageId: first.messageId, senderId: alice.user.id, clientMsgId: "a-1", content: { text: "hello bob" } });
    expect(raw.body.hasMore).toBe(false);

    const before = await http(server.baseUrl, "GET", path(encodeURIComponent(convId), "beforeSeq=7&limit=1"), { token: bob.accessToken });
    expect(before.body.messages.map((m: Obj) => m.seq)).toEqual([6]);
    expect(before.body.hasMore).toBe(true);

    const outsider = await http(server.baseUrl, "GET", path(encodeURIComponent(convId), "afterSeq=0&limit=10"), { token: carol.accessToken });
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.code).toBe("forbidden");
    expect(outsider.body.messages).toBeUndefined();

    const noAuth = await http(server.baseUrl, "GET", path(encodeURIComponent(convId), "afterSeq=0"));
    expect(noAuth.status).toBe(401);

    const notAConversation = await http(server.baseUrl, "GET", path("nope", "afterSeq=0"), { token: alice.accessToken });
    expect(notAConversation.status).toBe(404);
    expect(notAConversation.body.error.code).toBe("not_found");
  });

  it("the token can also be offered as a Sec-WebSocket-Protocol entry", async () => {
    const c = await ImClient.connect(server.wsUrl, carol.accessToken, { tokenIn: "protocol" });
    opened.push(c);
    expect(c.ws.protocol).toBe("imserver.v1");
    expect(c.authOk.userId).toBe(carol.user.id);
    await c.close();
  });

  it("a newer connection of the same device closes the older one with 4001", async () => {
    const older = await ImClient.connect(server.wsUrl, carol.accessToken);
    opened.push(older);
    const closed = new Promise<number>((r) => older.ws.once("close", (code) => r(code)));
    const newer = await ImClient.connect(server.wsUrl, carol.accessToken);
    opened.push(newer);
    // the server's close frame arrives at once (the socket goes to CLOSING)...
    const deadline = Date.now() + 3_000;
    while (older.ws.readyState === older.ws.OPEN && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(older.ws.readyState).not.toBe(older.ws.OPEN);
    // ...but on an idle socket the 'close' event (with the code) came ~10 s later locally
    expect(await closed).toBe(4001);
    const pong: Frame = await newer.request("ping");
    expect(pong.op).toBe("pong");
  });
});
