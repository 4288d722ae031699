/**
 * End to end through `npm start`'s TCP bridge and the real local Worker, with real `net`
 * sockets: PING/PONG, AUTH success and failure, a TCP <-> WebSocket conversation with seq
 * and ack, every malformed header, oversize and truncated frames, and the admin endpoints.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFrame } from "../../shared/frame.js";
import { OPS, TYPE } from "../../shared/ops.js";
import { startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";
import { http, registerUser, sleep, WsClient, type Account } from "../helpers/node/client.js";
import { rawHeader, TcpClient } from "../helpers/node/tcp-client.js";

let worker: LocalWorker;
let alice: Account;
let bob: Account;
let conversationId: string;

beforeAll(async () => {
  worker = await startLocalWorker();
  alice = await registerUser(worker.baseUrl, "tcp_alice");
  bob = await registerUser(worker.baseUrl, "tcp_bob");
  const [a, b] = [alice.user.id, bob.user.id].sort();
  conversationId = `d:${a}:${b}`;
});

afterAll(async () => {
  await worker?.stop();
});

type ErrorD = { code: string; message: string; status: number; retryable: boolean };

/** Expects an ERROR frame with `code`, then a clean close (FIN, not a reset). */
async function expectErrorAndClose(client: TcpClient, code: string, id?: number): Promise<ErrorD> {
  const error = await client.next((p) => p.op === "error");
  expect((error.d as ErrorD).code).toBe(code);
  if (id !== undefined) expect(error.id).toBe(id);
  const closed = await client.waitClosed(3_000);
  expect(closed.gotEnd).toBe(true);
  // proto3 leaves `false` off the wire: an absent `retryable` is false.
  const d = error.d as ErrorD;
  return { ...d, retryable: d.retryable ?? false };
}

async function metricsText(): Promise<string> {
  return (await fetch(`${worker.adminUrl}/metrics`)).text();
}

describe("before AUTH", () => {
  it("answers PING with PONG (echoing the id) at any time, also before AUTH", async () => {
    const client = await TcpClient.connect(worker.tcpPort);
    const pong = await client.request("ping");
    expect(pong.op).toBe("pong");
    // The contract's bare PING: an empty body.
    client.writeRaw(encodeFrame(TYPE.PING, new Uint8Array()));
    expect((await client.next((p) => p.op === "pong")).id).toBeUndefined();
    // Several PINGs coalesced in one write come back one PONG each.
    const many = Array.from({ length: 20 }, () => encodeFrame(TYPE.PING, new Uint8Array()));
    client.writeRaw(Buffer.concat(many));
    for (let i = 0; i < 20; i++) await client.next((p) => p.op === "pong");
    expect(client.closed).toBeUndefined();
    await client.close();
  });

  it("answers any other first frame with an ERROR and closes", async () => {
    const client = await TcpClient.connect(worker.tcpPort);
    client.send({ op: "sync", id: 4, d: {} });
    const error = await expectErrorAndClose(client, "unauthorized");
    expect(error).toMatchObject({ status: 401, retryable: false });
  });
});

describe("AUTH", () => {
  it("opens the upstream socket and answers AUTH_OK with the request id and the bridge's limits", async () => {
    const client = await TcpClient.connect(worker.tcpPort);
    const ok = await client.auth(alice.accessToken, "tcp-phone");
    expect(ok.op).toBe("auth_ok");
    expect(ok.id).toBe(1);
    expect(ok.d).toMatchObject({ userId: alice.user.id, deviceId: "tcp-phone", heartbeatMs: 30_000, maxFrameBytes: 65_536 });
    expect((ok.d as { sessionId: string }).sessionId).toBeTruthy();
    // Authenticated: PING is still the bridge's, requests reach the UserDO.
    expect((await client.request("ping")).op).toBe("pong");
    expect((await client.request("sync", {})).op).toBe("sync_result");
    await client.close();
  });

  it("relays the Worker's refusal of a bad token as an ERROR frame and closes", async () => {
    const client = await TcpClient.connect(worker.tcpPort);
    client.send({ op: "auth", id: 9, d: { token: "not.a.token" } });
    const error = await expectErrorAndClose(client, "unauthorized", 9);
    expect(error).toMatchObject({ status: 401, retryable: false });
  });

  it("relays the Worker's refusal of a malformed device id", async () => {
    const client = await TcpClient.connect(worker.tcpPort);
    client.send({ op: "auth", id: 2, d: { token: alice.accessToken, deviceId: "not a device!" } });
    await expectErrorAndClose(client, "bad_request", 2);
  });

  it("refuses an AUTH without a token or with an undecodable body", async () => {
    const noToken = await TcpClient.connect(worker.tcpPort);
    noToken.send({ op: "auth", id: 3, d: {} });
    await expectErrorAndClose(noToken, "unauthorized", 3);

    const garbage = await TcpClient.connect(worker.tcpPort);
    // Field 1 as a length-delimited field running past the body.
    garbage.writeRaw(encodeFrame(TYPE.AUTH, new Uint8Array([0x0a, 0x7f, 0x01])));
    await expectErrorAndClose(garbage, "invalid_frame");
    expect(await metricsText()).toMatch(/imbridge_auth_failures_total\{code="unauthorized"\} [1-9]/);
  });

  it("relays a second AUTH to the UserDO, which refuses it without closing", async () => {
    const { client } = await TcpClient.authed(worker.tcpPort, alice.accessToken, "tcp-twice");
    const again = await client.auth(alice.accessToken);
    expect(again.op).toBe("error");
    expect((again.d as ErrorD).code).toBe("bad_request");
    expect((await client.request("ping")).op).toBe("pong");
    await client.close();
  });
});

describe("closes decided by the Worker", () => {
  it("tells a client replaced by a newer connection of its device, without a retry hint", async () => {
    const { client: first } = await TcpClient.authed(worker.tcpPort, bob.accessToken, "tcp-replaced");
    const { client: second } = await TcpClient.authed(worker.tcpPort, bob.accessToken, "tcp-replaced");
    const error = await expectErrorAndClose(first, "conflict");
    expect(error.retryable).toBe(false);
    expect((await second.request("sync", {})).op).toBe("sync_result");
    await second.close();
  });

  it("tells a client whose session was logged out", async () => {
    const login = await http(worker.baseUrl, "/v1/auth/login", { body: { username: bob.user.username, password: "correct horse battery" } });
    expect(login.status).toBe(200);
    const { client } = await TcpClient.authed(worker.tcpPort, login.body.accessToken, "tcp-logout");
    expect((await http(worker.baseUrl, "/v1/auth/logout", { body: {}, token: login.body.accessToken })).status).toBe(204);
    await expectErrorAndClose(client, "unauthorized");
    // The ended session's token no longer opens anything.
    const again = await TcpClient.connect(worker.tcpPort);
    again.send({ op: "auth", id: 1, d: { token: login.body.accessToken } });
    await expectErrorAndClose(again, "unauthorized", 1);
  });
});

describe("a conversation between TCP and WebSocket clients", () => {
  it("sends, acks with seq, and pushes both ways, to every device of each user", async () => {
    const aliceTcp = (await TcpClient.authed(worker.tcpPort, alice.accessToken, "tcp-main")).client;
    const aliceWs = await WsClient.connect(worker.wsUrl, alice.accessToken, { deviceId: "web" });
    const bobWs = await WsClient.connect(worker.wsUrl, bob.accessToken, { deviceId: "web" });
    const bobTcp = (await TcpClient.authed(worker.tcpPort, bob.accessToken, "tcp-main")).client;

    const ack = await aliceTcp.request("send", { to: bob.user.id, clientMsgId: "tcp-1", type: "text", content: { text: "hello over TCP" } });
    expect(ack.op).toBe("ack");
    expect(ack.d).toMatchObject({ conversationId, clientMsgId: "tcp-1" });
    const seq1 = (ack.d as { seq: number }).seq;
    expect(seq1).toBeGreaterThanOrEqual(1);

    for (const bobDevice of [bobWs, bobTcp]) {
      const pushed = await bobDevice.next((p) => p.op === "message" && (p.d as { seq: number }).seq === seq1);
      expect(pushed.d).toMatchObject({ senderId: alice.user.id, content: { text: "hello over TCP" }, conversationId });
    }
    // Alice's other device sees her own message; the sending device does not get it back.
    expect((await aliceWs.next((p) => p.op === "message")).d).toMatchObject({ seq: seq1, clientMsgId: "tcp-1" });

    const reply = await bobWs.request("send", { conversationId, clientMsgId: "ws-1", type: "text", content: { text: "hello over WebSocket" } });
    expect(reply.op).toBe("ack");
    expect((reply.d as { seq: number }).seq).toBe(seq1 + 1);
    const toTcp = await aliceTcp.next((p) => p.op === "message" && (p.d as { seq: number }).seq === seq1 + 1);
    expect(toTcp.d).toMatchObject({ senderId: bob.user.id, content: { text: "hello over WebSocket" } });
    expect((await bobTcp.next((p) => p.op === "message" && (p.d as { seq: number }).seq === seq1 + 1)).d).toMatchObject({ clientMsgId: "ws-1" });

    // Receipt and read position travel over TCP like any request.
    expect((await aliceTcp.request("delivered", { conversationId, seq: seq1 + 1 })).op).toBe("ok");
    expect((await aliceTcp.request("read", { conversationId, seq: seq1 + 1 })).op).toBe("ok");
    // A resend of the same clientMsgId over TCP is deduplicated by the server.
    const again = await aliceTcp.request("send", { to: bob.user.id, clientMsgId: "tcp-1", type: "text", content: { text: "hello over TCP" } });
    expect(again.d).toMatchObject({ seq: seq1, duplicate: true });

    const history = await aliceTcp.request("history", { conversationId, afterSeq: seq1 - 1 });
    expect((history.d as { messages: Array<{ seq: number }> }).messages.map((m) => m.seq)).toEqual([seq1, seq1 + 1]);

    await sleep(200);
    expect(aliceTcp.seen("message").filter((p) => (p.d as { seq: number }).seq === seq1)).toHaveLength(0);
    await Promise.all([aliceTcp.close(), aliceWs.close(), bobWs.close(), bobTcp.close()]);
  });

  it("passes an unknown frame type upstream, whose ERROR leaves the connection open", async () => {
    const { client } = await TcpClient.authed(worker.tcpPort, bob.accessToken, "tcp-unknown");
    client.writeRaw(encodeFrame(999, new Uint8Array([1, 2, 3])));
    const error = await client.next((p) => p.op === "error");
    expect((error.d as ErrorD).code).toBe("unknown_op");
    expect((await client.request("ping")).op).toBe("pong");
    expect((await client.request("sync", {})).op).toBe("sync_result");
    await client.close();
  });
});

describe("malformed frames", () => {
  const cases: Array<{ name: string; bytes: () => Uint8Array; code: string }> = [
    ...[0, 1, 2, 3, 4, 5, 6, 7].map((length) => ({ name: `length ${length} (below the header)`, bytes: () => rawHeader(length, TYPE.PING), code: "invalid_frame" })),
    { name: "version 0", bytes: () => rawHeader(8, TYPE.PING, 0), code: "unsupported_version" },
    { name: "version 2", bytes: () => rawHeader(8, TYPE.PING, 2), code: "unsupported_version" },
    { name: "version 255", bytes: () => rawHeader(8, TYPE.AUTH, 255), code: "unsupported_version" },
    // Bit 0 of the last header byte is the gzip flag (docs/protocol.md §2); others are refused.
    { name: "an unknown flag bit (0x02)", bytes: () => rawHeader(8, TYPE.PING, 1, 2), code: "invalid_frame" },
    { name: "length one above the 64 KiB limit", bytes: () => rawHeader(65_537, OPS.send.code), code: "frame_too_large" },
    { name: "length 0xFFFFFFFF", bytes: () => rawHeader(0xffff_ffff, OPS.send.code), code: "frame_too_large" },
  ];

  for (const c of cases) {
    it(`rejects ${c.name} before AUTH with ${c.code} and a close`, async () => {
      const client = await TcpClient.connect(worker.tcpPort);
      client.writeRaw(c.bytes());
      const error = await expectErrorAndClose(client, c.code);
      expect(error.retryable).toBe(false);
    });
  }

  it("rejects a bad header after AUTH too, closing the upstream socket with it", async () => {
    const { client } = await TcpClient.authed(worker.tcpPort, alice.accessToken, "tcp-bad");
    client.writeRaw(rawHeader(3, OPS.send.code));
    await expectErrorAndClose(client, "invalid_frame");
    // The same device reconnects at once: nothing of the old connection is in the way.
    const { client: again } = await TcpClient.authed(worker.tcpPort, alice.accessToken, "tcp-bad");
    expect((await again.request("sync", {})).op).toBe("sync_result");
    await again.close();
  });

  it("answers an oversize header without waiting for (or buffering) its body", async () => {
    const client = await TcpClient.connect(worker.tcpPort);
    client.writeRaw(rawHeader(10 * 1024 * 1024, OPS.send.code));
    // Only the header was sent: the ERROR comes before any body byte exists.
    await expectErrorAndClose(client, "frame_too_large");
  });

  it("closes a connection whose last frame is truncated by a FIN, emitting nothing", async () => {
    const client = await TcpClient.connect(worker.tcpPort);
    const frame = encodeFrame(TYPE.PING, new Uint8Array(40));
    client.writeRaw(frame.subarray(0, 20));
    client.socket.end();
    const closed = await client.waitClosed(3_000);
    expect(closed.hadError).toBe(false);
    expect(client.received).toEqual([]);
  });

  it("answers a malformed PING body with an ERROR and keeps the connection", async () => {
    const client = await TcpClient.connect(worker.tcpPort);
    client.writeRaw(encodeFrame(TYPE.PING, new Uint8Array([0x0a, 0x7f])));
    expect(((await client.next((p) => p.op === "error")).d as ErrorD).code).toBe("invalid_frame");
    expect((await client.request("ping")).op).toBe("pong");
    await client.close();
  });
});

describe("admin endpoints", () => {
  it("serves /healthz, /readyz and Prometheus /metrics", async () => {
    const health = await fetch(`${worker.adminUrl}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${worker.adminUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", checks: { listening: true, upstream: true, draining: false } });
    const text = await metricsText();
    for (const series of [
      'imbridge_frames_total{direction="in",type="ping"}',
      'imbridge_frames_total{direction="out",type="pong"}',
      'imbridge_frame_bytes_total{direction="in",type="send"}',
      'imbridge_frames_total{direction="out",type="message"}',
      'imbridge_upstream_connects_total{result="ok"}',
      'imbridge_upstream_connects_total{result="refused"}',
      'imbridge_connections_closed_total{reason="protocol_error"}',
      "imbridge_frame_relay_seconds_bucket",
      "imbridge_auth_seconds_count",
      "imbridge_process_cpu_seconds_total",
      "imbridge_connections ",
    ]) {
      expect(text).toContain(series);
    }
    expect(text).toContain('imbridge_frames_total{direction="in",type="unknown"}');
    expect((await fetch(`${worker.adminUrl}/nope`)).status).toBe(404);
  });
});
