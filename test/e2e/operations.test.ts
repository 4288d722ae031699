/**
 * Operations against a real local Worker (`npm start`) with real WebSocket clients: the
 * first API key minted with scripts/admin-key.mjs, force logout closing live sockets,
 * metrics for real traffic, readiness, docs, compressed frames over a real socket, a
 * limit overridden with IM_VAR_*, and a server that stops when the process that started
 * it dies (IM_EXIT_WITH_PARENT).
 */
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLAGS } from "../../shared/frame.js";
import { http, registerUser, WsClient } from "../helpers/node/client.js";
import { freePort, makeStateDir, startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";

let worker: LocalWorker;
let adminKey: string;

beforeAll(async () => {
  worker = await startLocalWorker({ env: { IM_VAR_MAX_DEVICES_PER_USER: "2" } });
  const script = join(import.meta.dirname, "..", "..", "scripts", "admin-key.mjs");
  const minted = spawnSync(process.execPath, [script, "--name", "e2e", "--scopes", "*", "--local", "--persist-to", worker.persistDir], { encoding: "utf8" });
  expect(minted.status, minted.stderr).toBe(0);
  adminKey = /imk_\S+/.exec(minted.stdout)![0];
});

afterAll(async () => {
  await worker?.stop();
});

describe("operations on a running server", () => {
  it("reports ready, serves the docs and the OpenAPI document", async () => {
    const ready = await http(worker.baseUrl, "/readyz");
    expect(ready.status).toBe(200);
    expect(ready.body.checks.find((c: { name: string }) => c.name === "durable_objects")).toMatchObject({ status: "ok" });
    expect((await http(worker.baseUrl, "/openapi.json")).body.openapi).toBe("3.1.0");
    const docs = await http(worker.baseUrl, "/docs");
    expect(docs.status).toBe(200);
    expect(docs.body).toContain("/docs/app.js");
  });

  it("force logout through the admin API closes the user's live sockets", async () => {
    const u = await registerUser(worker.baseUrl);
    const a = await WsClient.connect(worker.wsUrl, u.accessToken, { deviceId: "one" });
    const b = await WsClient.connect(worker.wsUrl, u.accessToken, { deviceId: "two" });
    const res = await http(worker.baseUrl, `/v1/admin/users/${u.user.id}/logout`, { method: "POST", headers: { "x-api-key": adminKey } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ closedSockets: 2, revokedSessions: 1 });
    expect(await Promise.all([a.closedByServer(), b.closedByServer()])).toEqual([4003, 4003]);
    await expect(WsClient.connect(worker.wsUrl, u.accessToken)).rejects.toThrow(/401/);
  });

  it("applies a limit overridden with IM_VAR_* (at most 2 devices)", async () => {
    const u = await registerUser(worker.baseUrl);
    const one = await WsClient.connect(worker.wsUrl, u.accessToken, { deviceId: "one" });
    const two = await WsClient.connect(worker.wsUrl, u.accessToken, { deviceId: "two" });
    await expect(WsClient.connect(worker.wsUrl, u.accessToken, { deviceId: "three" })).rejects.toThrow(/429/);
    await Promise.all([one.close(), two.close()]);
  });

  it("compresses large binary pushes on a real socket and counts the traffic in /metrics", async () => {
    const a = await registerUser(worker.baseUrl);
    const b = await registerUser(worker.baseUrl);
    const id = a.user.id < b.user.id ? `d:${a.user.id}:${b.user.id}` : `d:${b.user.id}:${a.user.id}`;
    const sender = await WsClient.connect(worker.wsUrl, a.accessToken);
    const receiver = await WsClient.connect(worker.wsUrl, b.accessToken, { encoding: "binary", compress: true });
    const text = "a long and repetitive message ".repeat(200);
    expect((await sender.request("send", { conversationId: id, clientMsgId: "big-1", type: "text", content: { text } })).op).toBe("ack");
    const pushed = await receiver.next((p) => p.op === "message");
    expect((pushed.d as { content: { text: string } }).content.text).toBe(text);
    const frame = receiver.frames.at(-1)!;
    expect(frame[7]).toBe(FLAGS.gzip);
    expect(frame.length).toBeLessThan(text.length / 5);

    const metrics = await http(worker.baseUrl, "/metrics", { headers: { "x-api-key": adminKey } });
    expect(metrics.status).toBe(200);
    const body = metrics.body as string;
    expect(body).toMatch(/imserver_ws_ops_total\{op="send",outcome="ok"\} [1-9]/);
    expect(body).toMatch(/imserver_router_calls_total\{route="user.deliver",outcome="ok"\} [1-9]/);
    expect(body).toMatch(/imserver_compressed_frames_total\{direction="out"\} [1-9]/);
    expect((await http(worker.baseUrl, "/metrics")).status).toBe(401);
    await Promise.all([sender.close(), receiver.close()]);
  });
});

describe("a server started with IM_EXIT_WITH_PARENT=1", () => {
  it("stops by itself when the process that started it is killed", async () => {
    const root = join(import.meta.dirname, "..", "..");
    const persist = makeStateDir();
    const [port, tcpPort, adminPort] = [await freePort(), await freePort(), await freePort()];
    // The parent starts the server in its own process group (as the test helpers do), so
    // killing the parent leaves the server running unless it notices on its own.
    const parentScript = `
      import { spawn } from "node:child_process";
      const server = spawn(process.execPath, [${JSON.stringify(join(root, "scripts", "start.mjs"))}], {
        env: { ...process.env, PORT: "${port}", TCP_PORT: "${tcpPort}", ADMIN_PORT: "${adminPort}", IM_PERSIST_DIR: ${JSON.stringify(persist)}, IM_EXIT_WITH_PARENT: "1" },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      });
      server.stdout.on("data", (d) => { if (String(d).includes("IMSERVER_READY")) console.log("SERVER " + server.pid); });
      server.stderr.resume();
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ["--input-type=module", "-e", parentScript], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let serverPid: number | undefined;
    try {
      serverPid = await new Promise<number>((resolve, reject) => {
        let out = "";
        const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
        parent.stdout!.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /SERVER (\d+)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(Number(m[1]));
          }
        });
      });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      parent.kill("SIGKILL");
      const alive = (pid: number) => {
        try {
          process.kill(pid, 0);
          return true;
        } catch {
          return false;
        }
      };
      const deadline = Date.now() + 20_000;
      while (alive(serverPid!) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(alive(serverPid!), "the orphaned server stopped").toBe(false);
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    } finally {
      parent.kill("SIGKILL");
      // Never leave a server behind, whatever failed above.
      if (serverPid) {
        try {
          process.kill(-serverPid, "SIGKILL");
        } catch {
          // already gone
        }
      }
      rmSync(persist, { recursive: true, force: true });
    }
  });
});
