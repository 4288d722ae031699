/**
 * The bridge's upstream side and its lifecycle, end to end against the real local Worker
 * through a chaos proxy: an upstream drop, a half-open upstream, an unreachable or silent
 * Worker, backpressure towards the Worker, and graceful shutdown (in process and on SIGTERM).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFrame } from "../../shared/frame.js";
import { TYPE } from "../../shared/ops.js";
import { startTestBridge, type TestBridge } from "../helpers/node/bridge.js";
import { registerUser, sleep, type Account } from "../helpers/node/client.js";
import { freePort, startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";
import { TcpClient } from "../helpers/node/tcp-client.js";
import { startChaosProxy, type ChaosProxy } from "../helpers/node/tcp-proxy.js";

let worker: LocalWorker;
let alice: Account;
const bridges: TestBridge[] = [];
const proxies: ChaosProxy[] = [];

beforeAll(async () => {
  worker = await startLocalWorker();
  alice = await registerUser(worker.baseUrl, "up_alice");
});

afterAll(async () => {
  await Promise.all(bridges.map((b) => b.shutdown()));
  await Promise.all(proxies.map((p) => p.close()));
  await worker?.stop();
});

/** A bridge whose upstream link runs through a fresh chaos proxy. */
async function proxiedBridge(env: Record<string, string> = {}): Promise<{ b: TestBridge; proxy: ChaosProxy }> {
  const proxy = await startChaosProxy(worker.port);
  proxies.push(proxy);
  const b = await startTestBridge(`ws://127.0.0.1:${proxy.port}`, env);
  bridges.push(b);
  return { b, proxy };
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

type ErrorD = { code: string; retryable?: boolean };

describe("upstream failure", () => {
  it("gives the client a retryable ERROR and a clean close when the Worker connection drops, and it can reconnect", async () => {
    const { b, proxy } = await proxiedBridge();
    const { client } = await TcpClient.authed(b.tcpPort, alice.accessToken, "drop");
    const { client: other } = await TcpClient.authed(b.tcpPort, alice.accessToken, "drop-2");
    proxy.dropAll();
    for (const c of [client, other]) {
      const error = await c.next((p) => p.op === "error");
      expect(error.d).toMatchObject({ code: "unavailable", retryable: true });
      const closed = await c.waitClosed();
      expect(closed.gotEnd).toBe(true);
      expect(closed.hadError).toBe(false);
    }
    expect(await b.metric('imbridge_upstream_drops_total{cause="dropped"}')).toBe(2);
    // The client reconnects and carries on (the bridge itself is fine).
    const { client: again } = await TcpClient.authed(b.tcpPort, alice.accessToken, "drop");
    expect((await again.request("sync", {})).op).toBe("sync_result");
    await again.close();
  });

  it("detects a half-open upstream by its missing pongs", async () => {
    const { b, proxy } = await proxiedBridge({ UPSTREAM_PING_MS: "100", UPSTREAM_IDLE_TIMEOUT_MS: "500" });
    const { client } = await TcpClient.authed(b.tcpPort, alice.accessToken, "half-open");
    // Healthy first: pings are answered (by workerd, without waking the UserDO), nothing closes.
    await sleep(1_200);
    expect(client.closed).toBeUndefined();
    expect(await b.metric("imbridge_upstream_ping_rtt_seconds_count")).toBeGreaterThanOrEqual(5);
    proxy.blackhole();
    const error = await client.next((p) => p.op === "error", 5_000);
    expect(error.d).toMatchObject({ code: "unavailable", retryable: true });
    await client.waitClosed();
    expect(await b.metric('imbridge_upstream_drops_total{cause="ping_timeout"}')).toBe(1);
  });

  it("answers AUTH with a retryable ERROR when the Worker is unreachable", async () => {
    const closedPort = await freePort();
    const b = await startTestBridge(`ws://127.0.0.1:${closedPort}`);
    bridges.push(b);
    const client = await TcpClient.connect(b.tcpPort);
    const error = await client.auth(alice.accessToken);
    expect(error.op).toBe("error");
    expect(error.d).toMatchObject({ code: "unavailable", retryable: true });
    await client.waitClosed();
    expect(await b.metric('imbridge_upstream_connects_total{result="failed"}')).toBe(1);
    const ready = await (await fetch(`${b.adminUrl}/readyz`)).json();
    expect(ready).toMatchObject({ status: "not_ready", checks: { upstream: false } });
  });

  it("answers AUTH with a retryable timeout when the Worker does not answer the upgrade", async () => {
    const { b, proxy } = await proxiedBridge({ UPSTREAM_CONNECT_TIMEOUT_MS: "300" });
    proxy.blackhole();
    const client = await TcpClient.connect(b.tcpPort);
    const error = await client.auth(alice.accessToken);
    expect(error.d).toMatchObject({ code: "timeout", retryable: true });
    await client.waitClosed();
    expect(await b.metric('imbridge_upstream_connects_total{result="timeout"}')).toBe(1);
  });
});

describe("backpressure towards the Worker", () => {
  /** A PONG frame padded with an unknown protobuf field (field 15, bytes): the UserDO skips it. */
  function paddedPong(bytes: number): Uint8Array {
    const body = new Uint8Array(bytes);
    body[0] = (15 << 3) | 2;
    let len = bytes - 4;
    // Three-byte varint for the padding length.
    body[1] = (len & 0x7f) | 0x80;
    len >>>= 7;
    body[2] = (len & 0x7f) | 0x80;
    len >>>= 7;
    body[3] = len & 0x7f;
    return encodeFrame(TYPE.PONG, body);
  }

  it("stops reading the client while the upstream link is full, without timing it out, and loses nothing", async () => {
    // Short client idle limit; upstream liveness kept long (a stalled link stops pongs too).
    const { b, proxy } = await proxiedBridge({ TCP_HEARTBEAT_MS: "200", UPSTREAM_PING_MS: "30000", TCP_WRITE_HIGH_WATER_BYTES: "16384" });
    const { client } = await TcpClient.authed(b.tcpPort, alice.accessToken, "bulk-up");
    proxy.stall();
    const frame = paddedPong(60_000);
    for (let i = 0; i < 200; i++) client.writeRaw(frame);
    await until(async () => (await b.metric('imbridge_backpressure_pauses_total{direction="up"}')) >= 1, 20_000, "an upstream pause");
    // The pause reaches the client: its own writes back up.
    await until(() => client.socket.writableLength > 0, 10_000, "client-side backpressure");
    // Held three idle limits: the bridge's own pause is not the client's silence.
    await sleep(1_500);
    expect(client.closed).toBeUndefined();
    proxy.unstall();
    // The reply comes after all 200 frames went through, on the same connection.
    const reply = await client.request("sync", {}, 30_000);
    expect(reply.op).toBe("sync_result");
    expect(client.seen("error")).toEqual([]);
    expect(await b.metric('imbridge_frames_total{direction="in",type="pong"}')).toBe(200);
    await client.close();
  });
});

describe("graceful shutdown", () => {
  it("stops accepting, tells clients to reconnect, relays while they leave, then closes the rest", async () => {
    const b = await startTestBridge(worker.wsUrl, { SHUTDOWN_GRACE_MS: "800", SHUTDOWN_TIMEOUT_MS: "3000" });
    const { client: leaver } = await TcpClient.authed(b.tcpPort, alice.accessToken, "leaver");
    const { client: stayer } = await TcpClient.authed(b.tcpPort, alice.accessToken, "stayer");
    const idle = await TcpClient.connect(b.tcpPort);

    const done = b.shutdown();
    const ready = await fetch(`${b.adminUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ checks: { draining: true } });
    for (const c of [leaver, stayer]) {
      const notice = await c.next((p) => p.op === "error");
      expect(notice.d).toMatchObject({ code: "unavailable", retryable: true });
      expect(notice.id).toBeUndefined();
    }
    // An unauthenticated client has nothing to drain: told and closed at once.
    expect(((await idle.next((p) => p.op === "error")).d as ErrorD).code).toBe("unavailable");
    await idle.waitClosed();
    await expect(TcpClient.connect(b.tcpPort)).rejects.toThrow(/ECONNREFUSED/);

    // During the grace period requests are still relayed.
    expect((await stayer.request("sync", {})).op).toBe("sync_result");
    await leaver.close();
    // The one that stays is closed by the bridge with a FIN.
    const closed = await stayer.waitClosed(5_000);
    expect(closed.gotEnd).toBe(true);
    await done;
    expect(b.connectionCount()).toBe(0);
    expect(await b.metric('imbridge_connections_closed_total{reason="shutdown"}')).toBe(2);
  });

  it("shuts the real process down on SIGTERM and exits 0", async () => {
    const root = join(import.meta.dirname, "..", "..");
    // Built by scripts/start.mjs when the local Worker started.
    const child = spawn(process.execPath, [join(root, "tcp-bridge", "dist", "bridge.mjs")], {
      env: { ...process.env, UPSTREAM_URL: worker.wsUrl, TCP_PORT: "0", ADMIN_PORT: "0", SHUTDOWN_GRACE_MS: "300", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines: Array<Record<string, unknown>> = [];
    createInterface({ input: child.stdout! }).on("line", (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      await until(() => lines.some((l) => l["msg"] === "bridge listening"), 10_000, "the bridge to listen");
      const listening = lines.find((l) => l["msg"] === "bridge listening") as { tcp: { port: number } };
      const { client } = await TcpClient.authed(listening.tcp.port, alice.accessToken, "sigterm");
      child.kill("SIGTERM");
      const notice = await client.next((p) => p.op === "error");
      expect(notice.d).toMatchObject({ code: "unavailable", retryable: true });
      expect((await client.waitClosed(5_000)).gotEnd).toBe(true);
      expect(await exited).toBe(0);
      // Every log line is one JSON object from the service.
      expect(lines.every((l) => l["service"] === "tcp-bridge" && typeof l["level"] === "string" && typeof l["time"] === "string")).toBe(true);
      expect(lines.map((l) => l["msg"])).toEqual(expect.arrayContaining(["signal received", "shut down"]));
      expect(JSON.stringify(lines)).not.toContain(alice.accessToken);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
