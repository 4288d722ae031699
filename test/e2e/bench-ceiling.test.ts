/**
 * The benchmark's ceiling Worker (bench/ceiling), started the way the benchmark starts it
 * (built with wrangler, run under Miniflare from its wrangler.toml): every path answers as
 * the workloads expect, since a ceiling that silently does less would flatter IMServer.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { http } from "../../bench/lib/accounts.js";
import { CeilingSocket } from "../../bench/lib/ceiling-client.js";
import { ceilingFrame, ceilingIndex } from "../../bench/lib/payload.js";
import { rssBytes } from "../../bench/lib/proc.js";
import { buildWorker, ROOT, startServer, type Server } from "../../bench/lib/servers.js";

let server: Server;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bench-ceiling-test-"));
  const config = join(ROOT, "bench", "ceiling", "wrangler.toml");
  server = await startServer({ config, script: buildWorker(config, join(dir, "build")), persist: join(dir, "state"), migrate: false, bindings: {}, logFile: join(dir, "log") });
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The next frame a socket receives. */
function next(socket: CeilingSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no frame within 10 s")), 10_000);
    socket.onMessage = (text) => {
      clearTimeout(timer);
      resolve(text);
    };
  });
}

describe("ceiling Worker", () => {
  it("runs in its own workerd process whose memory can be read", () => {
    expect(server.pid).toBeGreaterThan(0);
    expect(rssBytes(server.pid!)).toBeGreaterThan(1_000_000);
  });

  it("(a) echoes to the sender only", async () => {
    const a = await CeilingSocket.connect(server.wsUrl, "/room/echo");
    const b = await CeilingSocket.connect(server.wsUrl, "/room/echo");
    let bGot = 0;
    b.onMessage = () => bGot++;
    const frame = ceilingFrame("e", 7);
    const got = next(a);
    a.send(frame);
    expect(await got).toBe(frame);
    expect(ceilingIndex(frame)).toBe(7);
    a.close();
    b.close();
    expect(bGot).toBe(0);
  });

  it("(b) broadcasts and (c) stores then broadcasts, to every socket of the object, sender included", async () => {
    const sockets = await Promise.all([1, 2, 3].map(() => CeilingSocket.connect(server.wsUrl, "/room/bcast")));
    for (const op of ["b", "s"]) {
      const got = Promise.all(sockets.map(next));
      sockets[0]!.send(ceilingFrame(op, 1));
      expect(await got).toEqual(sockets.map(() => ceilingFrame(op, 1)));
    }
    for (const s of sockets) s.close();
  });

  it("(d) goes through the sender's member object to the sequencer, which acks the sender and fans out to the others", async () => {
    const members = ["g1-a", "g1-b", "g1-c"];
    expect((await http(server.url, "/group/g1", { body: { members } })).body).toEqual({ size: 3 });
    const sockets = await Promise.all(members.map((m) => CeilingSocket.connect(server.wsUrl, `/member/${m}?group=g1&member=${m}`)));
    const got = Promise.all(sockets.map(next));
    sockets[0]!.send(ceilingFrame("g", 5));
    expect(await got).toEqual(sockets.map(() => ceilingFrame("g", 5)));
    for (const s of sockets) s.close();
  });

  it("(d) batches what piles up per member and still delivers every message exactly once", async () => {
    const members = ["g2-a", "g2-b", "g2-c"];
    await http(server.url, "/group/g2", { body: { members } });
    const [sender, ...receivers] = await Promise.all(members.map((m) => CeilingSocket.connect(server.wsUrl, `/member/${m}?group=g2&member=${m}`)));
    const got = receivers.map(() => [] as number[]);
    const all = Promise.all(
      receivers.map(
        (r, k) =>
          new Promise<void>((resolve) => {
            r.onMessage = (text) => {
              got[k]!.push(ceilingIndex(text));
              if (got[k]!.length === 50) resolve();
            };
          }),
      ),
    );
    for (let i = 0; i < 50; i++) sender!.send(ceilingFrame("g", i));
    await all;
    for (const seen of got) expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    for (const s of [sender!, ...receivers]) s.close();
  });

  it("stores rows in bulk and reads them back in pages, in order", async () => {
    const s = await CeilingSocket.connect(server.wsUrl, "/room/catchup");
    let reply = next(s);
    s.send("f250|body");
    expect(await reply).toBe("F250");
    reply = next(s);
    s.send("r100|50");
    const rows = JSON.parse((await reply).slice(1)) as Array<{ id: number; body: string }>;
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 50 }, (_, i) => 101 + i));
    expect(rows[0]!.body).toBe("body");
    s.close();
  });

  it("refuses what it does not serve", async () => {
    expect((await fetch(`${server.url}/room/x`)).status).toBe(426);
    expect((await fetch(`${server.url}/nothing`)).status).toBe(404);
    expect((await http(server.url, "/group/g2", { body: { members: [1] } })).status).toBe(400);
  });
});
