/**
 * Unit tests of the bridge's pure parts: env config (zod), admission, the frames it builds
 * itself, and how an upstream refusal becomes an ERROR code.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors.js";
import { decodeFrame, encodeFrame, FLAGS, FrameDecoder } from "../../shared/frame.js";
import { OPS, TYPE } from "../../shared/ops.js";
import { decodeBinary, encodePacket } from "../../shared/wire.js";
import { Admission } from "../../tcp-bridge/src/admission.js";
import { loadConfig } from "../../tcp-bridge/src/config.js";
import { authOkFrame, errorFrame, frameBytes, peekType, readAuth } from "../../tcp-bridge/src/frames.js";
import { typeLabel } from "../../tcp-bridge/src/metrics.js";
import { statusError, upstreamCloseOutcome, upstreamUrl } from "../../tcp-bridge/src/upstream.js";

const limits = { maxFrameBytes: 65_536 };
const base = { UPSTREAM_URL: "ws://127.0.0.1:8787" };

describe("loadConfig", () => {
  it("has production defaults: 30 s heartbeat, 2.5 heartbeats idle, 64 KiB frames, port 9000", () => {
    const c = loadConfig(base);
    expect(c.tcp).toEqual({ host: "127.0.0.1", port: 9000 });
    expect(c.heartbeatMs).toBe(30_000);
    expect(c.idleTimeoutMs).toBe(75_000);
    expect(c.upstream.pingMs).toBe(30_000);
    expect(c.upstream.idleTimeoutMs).toBe(75_000);
    expect(c.maxFrameBytes).toBe(65_536);
    expect(c.frameDeadlineMs).toBe(10_000);
    expect(c.maxConnectionsPerIp).toBe(100);
    expect(c.tls).toBeUndefined();
  });

  it("derives the idle limits from the heartbeats unless they are set", () => {
    expect(loadConfig({ ...base, TCP_HEARTBEAT_MS: "1000" }).idleTimeoutMs).toBe(2_500);
    expect(loadConfig({ ...base, TCP_HEARTBEAT_MS: "1000", TCP_IDLE_TIMEOUT_MS: "1200" }).idleTimeoutMs).toBe(1_200);
    expect(loadConfig({ ...base, UPSTREAM_PING_MS: "400" }).upstream.idleTimeoutMs).toBe(1_000);
  });

  it("accepts http(s) upstreams as ws(s) and keeps a path prefix", () => {
    expect(loadConfig({ UPSTREAM_URL: "https://im.example.com/gw" }).upstream.url.toString()).toBe("wss://im.example.com/gw");
    expect(upstreamUrl(new URL("wss://im.example.com/gw/"), "phone").toString()).toBe("wss://im.example.com/gw/v1/ws?encoding=binary&deviceId=phone");
    expect(upstreamUrl(new URL("ws://127.0.0.1:8787"), undefined).toString()).toBe("ws://127.0.0.1:8787/v1/ws?encoding=binary");
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ ...base, TCP_PORT: "", TLS_CERT: "", TLS_KEY: "" }).tcp.port).toBe(9000);
  });

  it("lists every invalid variable in one error", () => {
    expect(() => loadConfig({})).toThrow(/UPSTREAM_URL is not set/);
    const err = (() => {
      try {
        loadConfig({ UPSTREAM_URL: "ftp://x", TCP_PORT: "70000", TCP_MAX_FRAME_BYTES: "abc", LOG_LEVEL: "loud" });
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })();
    for (const name of ["UPSTREAM_URL", "TCP_PORT", "TCP_MAX_FRAME_BYTES", "LOG_LEVEL"]) expect(err).toContain(name);
  });

  it("requires TLS_CERT and TLS_KEY together, as PEM text or file paths", () => {
    expect(() => loadConfig({ ...base, TLS_CERT: "-----BEGIN CERTIFICATE-----\n" })).toThrow(/both TLS_CERT and TLS_KEY/);
    expect(() => loadConfig({ ...base, TLS_CERT: "/nonexistent/cert.pem", TLS_KEY: "/nonexistent/key.pem" })).toThrow(/cannot read/);
    const dir = mkdtempSync(join(tmpdir(), "imbridge-cfg-"));
    try {
      writeFileSync(join(dir, "cert.pem"), "-----BEGIN CERTIFICATE-----\nx\n");
      const c = loadConfig({ ...base, TLS_CERT: join(dir, "cert.pem"), TLS_KEY: "-----BEGIN PRIVATE KEY-----\ny\n" });
      expect(c.tls).toEqual({ cert: "-----BEGIN CERTIFICATE-----\nx\n", key: "-----BEGIN PRIVATE KEY-----\ny\n" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses inconsistent limits", () => {
    expect(() => loadConfig({ ...base, TCP_WRITE_HIGH_WATER_BYTES: "1048576", TCP_MAX_WRITE_BUFFER_BYTES: "65536" })).toThrow(/TCP_MAX_WRITE_BUFFER_BYTES/);
    expect(() => loadConfig({ ...base, SHUTDOWN_GRACE_MS: "10000", SHUTDOWN_TIMEOUT_MS: "5000" })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });
});

describe("Admission", () => {
  it("caps per address and overall, and releases slots", () => {
    const a = new Admission({ maxConnections: 3, maxConnectionsPerIp: 2 });
    expect(a.admit("1.1.1.1")).toBeUndefined();
    expect(a.admit("1.1.1.1")).toBeUndefined();
    expect(a.admit("1.1.1.1")).toBe("per_ip");
    expect(a.admit("2.2.2.2")).toBeUndefined();
    expect(a.admit("3.3.3.3")).toBe("capacity");
    a.release("1.1.1.1");
    expect(a.open).toBe(2);
    expect(a.admit("3.3.3.3")).toBeUndefined();
    // Releasing an address that holds nothing changes nothing.
    a.release("9.9.9.9");
    expect(a.open).toBe(3);
  });
});

describe("bridge frames", () => {
  it("answers AUTH_OK with the request id and the bridge's heartbeat and frame limit", () => {
    const upstream = encodePacket(
      { op: "auth_ok", d: { userId: "u1", deviceId: "d1", sessionId: "s1", serverTime: 5, heartbeatMs: 60_000, maxFrameBytes: 1_048_576 } },
      "binary",
      limits,
    ) as Uint8Array;
    const answer = decodeBinary(authOkFrame(upstream, 7, { heartbeatMs: 30_000, maxFrameBytes: 65_536 }, limits), limits);
    expect(answer.ok && answer.packet).toEqual({ op: "auth_ok", id: 7, d: { userId: "u1", deviceId: "d1", sessionId: "s1", serverTime: 5, heartbeatMs: 30_000, maxFrameBytes: 65_536 } });
    // The smaller of the two frame limits wins.
    const small = encodePacket({ op: "auth_ok", d: { userId: "u1", maxFrameBytes: 4_096 } }, "binary", limits) as Uint8Array;
    const answer2 = decodeBinary(authOkFrame(small, undefined, { heartbeatMs: 30_000, maxFrameBytes: 65_536 }, limits), limits);
    expect(answer2.ok && answer2.packet.d).toMatchObject({ maxFrameBytes: 4_096 });
    // Anything but auth_ok first is the Worker breaking the contract.
    const pong = encodePacket({ op: "pong", d: {} }, "binary", limits) as Uint8Array;
    expect(() => authOkFrame(pong, 1, { heartbeatMs: 1, maxFrameBytes: 1 }, limits)).toThrow(AppError);
  });

  it("reads AUTH, refusing a missing token with the request id", () => {
    const frame = (d: object, id = 3) => {
      const bytes = encodePacket({ op: "auth", id, d }, "binary", limits) as Uint8Array;
      return { type: TYPE.AUTH, body: bytes.subarray(8) };
    };
    expect(readAuth(frame({ token: "t", deviceId: "phone" }), limits)).toEqual({ ok: true, auth: { id: 3, token: "t", deviceId: "phone" } });
    expect(readAuth(frame({ token: "t" }), limits)).toEqual({ ok: true, auth: { id: 3, token: "t", deviceId: undefined } });
    const missing = readAuth(frame({ deviceId: "phone" }), limits);
    expect(missing.ok).toBe(false);
    expect(!missing.ok && [missing.error.code, missing.id]).toEqual(["unauthorized", 3]);
    const garbage = readAuth({ type: TYPE.AUTH, body: new Uint8Array([0xff, 0xff, 0xff]) }, limits);
    expect(!garbage.ok && garbage.error.code).toBe("invalid_frame");
  });

  it("writes ERROR frames through the shared codec", () => {
    const bytes = errorFrame(new AppError("rate_limited", "slow down", 5_000), 4, limits);
    const decoded = decodeBinary(bytes, limits);
    expect(decoded.ok && decoded.packet).toEqual({ op: "error", id: 4, d: { code: "rate_limited", message: "slow down", status: 429, retryable: true, retryAfterMs: 5_000 } });
    expect(peekType(bytes)).toBe(TYPE.ERROR);
  });

  it("labels frame types by op name, and every unknown code as one label", () => {
    expect(typeLabel(OPS.send.code)).toBe("send");
    expect(typeLabel(TYPE.PING)).toBe("ping");
    expect(typeLabel(999)).toBe("unknown");
    expect(typeLabel(65_535)).toBe("unknown");
    expect(peekType(encodeFrame(513, new Uint8Array()))).toBe(513);
  });
});

describe("relaying compressed frames", () => {
  it("keeps the gzip flag of a client frame, so the UserDO inflates it", () => {
    const limits = { maxFrameBytes: 65_536 };
    const wire = encodeFrame(OPS.send.code, new Uint8Array([0x1f, 0x8b, 8, 0]), limits, FLAGS.gzip);
    const [frame] = new FrameDecoder(limits).push(wire);
    const relayed = frameBytes(frame!, limits);
    expect(relayed).toEqual(wire);
    expect(decodeFrame(relayed, limits).flags).toBe(FLAGS.gzip);
  });
});

describe("statusError", () => {
  it("maps refusal statuses to codes; server errors stay retryable", () => {
    expect(statusError(401).code).toBe("unauthorized");
    expect(statusError(429)).toMatchObject({ code: "rate_limited", retryable: true });
    expect(statusError(503)).toMatchObject({ code: "unavailable", retryable: true });
    expect(statusError(500)).toMatchObject({ code: "unavailable", retryable: true });
    expect(statusError(418)).toMatchObject({ code: "unavailable" });
  });
});

describe("upstreamCloseOutcome", () => {
  it("passes the Worker's final closes on as final, and treats every other close as a lost upstream", () => {
    expect(upstreamCloseOutcome(4001)).toMatchObject({ error: { code: "conflict", retryable: false } });
    expect(upstreamCloseOutcome(4001).drop).toBeUndefined();
    expect(upstreamCloseOutcome(4003)).toMatchObject({ error: { code: "unauthorized", retryable: false } });
    // A suspended account and a flooding connection (the router's admin and limits work).
    expect(upstreamCloseOutcome(4004)).toMatchObject({ error: { code: "forbidden", retryable: false } });
    expect(upstreamCloseOutcome(1008)).toMatchObject({ error: { code: "rate_limited", retryable: true, retryAfterMs: 1000 } });
    expect(upstreamCloseOutcome(1006)).toMatchObject({ error: { code: "unavailable", retryable: true }, drop: "dropped" });
    expect(upstreamCloseOutcome(1001)).toMatchObject({ error: { code: "unavailable", retryable: true }, drop: "close_1001" });
    expect(upstreamCloseOutcome(1009).drop).toBe("close_1009");
  });
});
