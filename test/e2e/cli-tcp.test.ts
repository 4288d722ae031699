/**
 * `imserver --transport tcp`: the real binary through the TCP bridge `npm start` runs in
 * front of the real local Worker (and, for TLS and heartbeats, a second bridge in this
 * process with a certificate and a short heartbeat). TCP and WebSocket clients talk to
 * each other; history, live tail, NDJSON and the exit codes match the WebSocket transport.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestBridge, type TestBridge } from "../helpers/node/bridge.js";
import { cliRunner, lines } from "../helpers/node/cli.js";
import { freePort, startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";

const PASSWORD = "correct horse battery";

let worker: LocalWorker;
let tcp: string;
const dir = mkdtempSync(join(tmpdir(), "imserver-cli-tcp-"));

beforeAll(async () => {
  worker = await startLocalWorker();
  tcp = `tcp://127.0.0.1:${worker.tcpPort}`;
});

afterAll(async () => {
  await worker?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const { cli, follow } = cliRunner({
  dir,
  get url() {
    return worker.baseUrl;
  },
});

const s = Date.now().toString(36);
const alice = `tcp_alice_${s}`;
const bob = `tcp_bob_${s}`;
const texts = (out: string) => lines(out).map((m) => [m["seq"], m["content"].text]);

describe("imserver over the TCP bridge", () => {
  it("saves the bridge given at login (--tcp or IMSERVER_TCP) beside the server URL", async () => {
    const reg = await cli("alice", ["register", alice, "--password", PASSWORD, "--tcp", `127.0.0.1:${worker.tcpPort}`, "--json"]);
    expect(reg.code).toBe(0);
    expect(lines(reg.stdout)[0]).toMatchObject({ record: "session", user: { username: alice }, url: worker.baseUrl, tcp });
    expect(JSON.parse(readFileSync(join(dir, "alice.json"), "utf8"))).toMatchObject({ url: worker.baseUrl, tcp });

    expect((await cli("bob", ["register", bob, "--password", PASSWORD], { env: { IMSERVER_TCP: tcp } })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "bob.json"), "utf8"))).toMatchObject({ tcp });
  });

  it("a send over TCP reaches a WebSocket tail, and a WebSocket send a TCP tail, with the same seqs", async () => {
    const bobWs = follow("bob", ["tail", `@${alice}`, "--since-seq", "0", "--json", "--transport", "ws"]);
    const aliceTcp = follow("alice", ["tail", `@${bob}`, "--since-seq", "0", "--json", "--transport", "tcp"]);
    try {
      await bobWs.waitFor(() => bobWs.stderr().includes("following"), "the WebSocket tail");
      await aliceTcp.waitFor(() => aliceTcp.stderr().includes("following"), "the TCP tail");

      const overTcp = await cli("alice", ["send", `@${bob}`, "hello", "over", "tcp", "--transport", "tcp", "--json"]);
      expect(overTcp).toMatchObject({ code: 0, stderr: "" });
      expect(lines(overTcp.stdout)).toEqual([expect.objectContaining({ record: "ack", seq: 1, conversationId: expect.stringMatching(/^d:/) })]);
      const overWs = await cli("bob", ["send", `@${alice}`, "-", "--json"], { input: "hello over ws\n" });
      expect(lines(overWs.stdout)[0]).toMatchObject({ record: "ack", seq: 2 });
      // stdin and plain text output over TCP too
      const stdin = await cli("alice", ["send", lines(overTcp.stdout)[0]!["conversationId"], "-", "--transport", "tcp"], { input: "from stdin\n" });
      expect(stdin).toMatchObject({ code: 0, stdout: `sent: seq 3 in ${lines(overTcp.stdout)[0]!["conversationId"]}\n` });

      const all = [
        [1, "hello over tcp"],
        [2, "hello over ws"],
        [3, "from stdin"],
      ];
      await bobWs.waitFor(() => lines(bobWs.stdout()).length === 3, "three messages on the WebSocket tail");
      await aliceTcp.waitFor(() => lines(aliceTcp.stdout()).length === 3, "three messages on the TCP tail");
      expect(texts(bobWs.stdout())).toEqual(all);
      expect(texts(aliceTcp.stdout())).toEqual(all);
      expect(lines(aliceTcp.stdout())).toEqual(lines(bobWs.stdout()));
      expect(await aliceTcp.stop()).toBe(0);
      expect(await bobWs.stop()).toBe(0);
    } finally {
      await Promise.all([bobWs.stop("SIGKILL"), aliceTcp.stop("SIGKILL")]);
    }
  });

  it("tail over TCP prints the history since a seq (as over WebSocket), then a live message", async () => {
    const overWs = await cli("bob", ["tail", `@${alice}`, "--since-seq", "1", "--no-follow"]);
    const overTcp = await cli("bob", ["tail", `@${alice}`, "--since-seq", "1", "--no-follow", "--transport", "tcp"]);
    expect(overTcp).toMatchObject({ code: 0, stderr: "" });
    expect(overTcp.stdout.trim().split("\n")).toHaveLength(2);
    expect(overTcp.stdout).toBe(overWs.stdout);

    const tail = follow("bob", ["tail", `@${alice}`, "--since-seq", "2", "--json", "--transport", "tcp"]);
    try {
      await tail.waitFor(() => tail.stderr().includes("following"), "the history");
      expect(texts(tail.stdout())).toEqual([[3, "from stdin"]]);
      expect((await cli("alice", ["send", `@${bob}`, "live one"])).code).toBe(0);
      await tail.waitFor(() => lines(tail.stdout()).length === 2, "the live message");
      expect(texts(tail.stdout())).toEqual([
        [3, "from stdin"],
        [4, "live one"],
      ]);
      expect(await tail.stop("SIGTERM")).toBe(0);
    } finally {
      await tail.stop("SIGKILL");
    }
  });

  it("a refused token gives the auth exit code, as over WebSocket", async () => {
    const saved = JSON.parse(readFileSync(join(dir, "alice.json"), "utf8")) as { session: Record<string, unknown> };
    const forged = JSON.stringify({ ...saved, session: { ...saved.session, accessToken: "not.a.token", refreshToken: "not-a-refresh-token" } });
    const results = [];
    for (const transport of ["tcp", "ws"]) {
      // A failed refresh deletes the session file: each run gets its own copy.
      writeFileSync(join(dir, "forged.json"), forged);
      results.push(await cli("forged", ["send", `@${bob}`, "x", "--transport", transport, "--json"]));
    }
    const [overTcp, overWs] = results;
    expect(overTcp).toMatchObject({ code: 3, stdout: "" });
    expect(lines(overTcp!.stderr)).toEqual([{ record: "error", code: "unauthorized", message: expect.stringContaining("run `imserver login` again"), exitCode: 3 }]);
    expect(overTcp).toEqual(overWs);
  });

  it("an unreachable bridge gives the unreachable exit code; bad addresses and flag mixes are usage errors", async () => {
    const port = await freePort();
    const down = await cli("bob", ["send", `@${alice}`, "x", "--tcp", `127.0.0.1:${port}`]);
    expect(down.code).toBe(5);
    expect(down.stderr).toMatch(new RegExp(`^imserver: cannot connect to the TCP bridge at tcp://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`));
    // Without a bridge saved at login, IMSERVER_TCP names it.
    const saved = JSON.parse(readFileSync(join(dir, "bob.json"), "utf8")) as { tcp?: string };
    delete saved.tcp;
    writeFileSync(join(dir, "bob-no-tcp.json"), JSON.stringify(saved));
    const env = await cli("bob-no-tcp", ["send", `@${alice}`, "x", "--transport", "tcp", "--json"], { env: { IMSERVER_TCP: `tcp://127.0.0.1:${port}` } });
    expect(env).toMatchObject({ code: 5, stdout: "" });
    expect(lines(env.stderr)).toEqual([{ record: "error", code: "unavailable", message: expect.stringContaining(`the TCP bridge at tcp://127.0.0.1:${port}`), exitCode: 5 }]);

    expect(await cli("bob", ["send", `@${alice}`, "x", "--tcp", "ftp://127.0.0.1:21"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--tcp must look like tcp://host:port") });
    expect(await cli("bob", ["send", `@${alice}`, "x", "--tcp", "127.0.0.1:99999"])).toMatchObject({ code: 2 });
    expect(await cli("bob", ["send", `@${alice}`, "x", "--transport", "tcp", "--encoding", "json"])).toMatchObject({ code: 2, stderr: expect.stringContaining("always carries binary frames") });
    expect(await cli("bob", ["send", `@${alice}`, "x", "--transport", "ws", "--tcp", tcp])).toMatchObject({ code: 2, stderr: expect.stringContaining("goes with --transport tcp") });
    expect(await cli("bob", ["login", bob, "--password", PASSWORD, "--tcp", "tcp://"])).toMatchObject({ code: 2 });
  });

  describe("through a TLS bridge with a short heartbeat", () => {
    let bridge: TestBridge;
    let cert: string;
    let tls: string;

    beforeAll(async () => {
      const certDir = mkdtempSync(join(tmpdir(), "imserver-cli-tls-"));
      execFileSync("openssl", [
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", join(certDir, "key.pem"), "-out", join(certDir, "cert.pem"), "-days", "1",
        "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
      ], { stdio: "ignore" });
      cert = join(dir, "bridge-ca.pem");
      writeFileSync(cert, readFileSync(join(certDir, "cert.pem")));
      bridge = await startTestBridge(worker.baseUrl, {
        TLS_CERT: join(certDir, "cert.pem"),
        TLS_KEY: join(certDir, "key.pem"),
        // A client that stayed silent for 0.75 s would be closed.
        TCP_HEARTBEAT_MS: "250",
        TCP_IDLE_TIMEOUT_MS: "750",
      });
      rmSync(certDir, { recursive: true, force: true });
      tls = `tls://127.0.0.1:${bridge.tcpPort}`;
    });

    afterAll(async () => {
      await bridge?.shutdown();
    });

    it("sends over TLS when the certificate is trusted, and refuses an untrusted one as unreachable", async () => {
      const ok = await cli("alice", ["send", `@${bob}`, "over tls", "--tcp", tls, "--json"], { env: { NODE_EXTRA_CA_CERTS: cert } });
      expect(ok.code).toBe(0);
      expect(lines(ok.stdout)[0]).toMatchObject({ record: "ack", seq: 5 });
      const untrusted = await cli("alice", ["send", `@${bob}`, "x", "--tcp", tls]);
      expect(untrusted.code).toBe(5);
      expect(untrusted.stderr).toMatch(/cannot connect to the TCP bridge at tls:\/\/127\.0\.0\.1:\d+: .*certificate/);
    });

    it("pings at the heartbeat from auth_ok, so an idle TCP tail outlives the bridge's idle limit", async () => {
      const pings = () => bridge.metric('imbridge_frames_total{direction="in",type="ping"}');
      const before = await pings();
      const tail = follow("bob", ["tail", `@${alice}`, "--since-seq", "5", "--json", "--tcp", tls], { env: { NODE_EXTRA_CA_CERTS: cert } });
      try {
        await tail.waitFor(() => tail.stderr().includes("following"), "the tail to follow");
        // Four idle limits without a message: only the pings keep the connection.
        await new Promise((r) => setTimeout(r, 3_000));
        expect(await pings()).toBeGreaterThanOrEqual(before + 8);
        expect(await bridge.metric('imbridge_connections_closed_total{reason="idle_timeout"}')).toBe(0);
        expect(tail.stderr()).not.toMatch(/connection lost|reconnect/);
        expect((await cli("alice", ["send", `@${bob}`, "still there?"])).code).toBe(0);
        await tail.waitFor(() => lines(tail.stdout()).length === 1, "the message after the idle time");
        expect(texts(tail.stdout())).toEqual([[6, "still there?"]]);
        expect(await tail.stop()).toBe(0);
      } finally {
        await tail.stop("SIGKILL");
      }
    });
  });

  it("a TCP tail ends as a WebSocket one does: replaced by its device (exit 5), then the session logged out (exit 3)", async () => {
    const replaced = follow("bob", ["tail", `@${alice}`, "--json", "--transport", "tcp", "--device-id", "tcp-dev"]);
    await replaced.waitFor(() => replaced.stderr().includes("following"), "the tail");
    expect((await cli("bob", ["send", `@${alice}`, "from the same device", "--device-id", "tcp-dev"])).code).toBe(0);
    expect(await replaced.exited).toBe(5);
    expect(lines(replaced.stderr().split("\n").filter((l) => l.startsWith("{")).join("\n"))).toEqual([
      { record: "error", code: "closed", message: "connection ended: replaced", exitCode: 5 },
    ]);

    const ended = follow("alice", ["tail", `@${bob}`, "--transport", "tcp"]);
    await ended.waitFor(() => ended.stderr().includes("following"), "the tail");
    expect((await cli("alice", ["logout"])).code).toBe(0);
    expect(await ended.exited).toBe(3);
    expect(ended.stderr()).toContain("imserver: connection ended: session_ended\n");
  });
});
