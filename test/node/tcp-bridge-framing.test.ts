/**
 * Property tests at the bridge level (real TCP sockets to a bridge in this process; no
 * Worker needed before AUTH): any chunking of a PING stream gives every PONG back in
 * order; random garbage only ever gets PONG/ERROR frames and a clean close, and never
 * takes the bridge down for anyone else.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFrame } from "../../shared/frame.js";
import { TYPE } from "../../shared/ops.js";
import { encodePacket } from "../../shared/wire.js";
import { startTestBridge, type TestBridge } from "../helpers/node/bridge.js";
import { freePort } from "../helpers/node/local-worker.js";
import { TcpClient } from "../helpers/node/tcp-client.js";

let bridge: TestBridge;

beforeAll(async () => {
  // No Worker behind it: these tests never get past AUTH.
  bridge = await startTestBridge(`ws://127.0.0.1:${await freePort()}`, { TCP_MAX_FRAME_BYTES: "4096", TCP_MAX_CONNECTIONS_PER_IP: "1000" });
});

afterAll(async () => {
  await bridge?.shutdown();
});

/** Splits `bytes` at the given cut points. */
function slices(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of [...points, bytes.length]) {
    if (p > prev) out.push(bytes.subarray(prev, p));
    prev = p;
  }
  return out;
}

/** Writes each slice as its own TCP write, letting it leave before the next. */
async function writeSlices(client: TcpClient, parts: Uint8Array[]): Promise<void> {
  for (const part of parts) {
    if (client.closed) return;
    await new Promise<void>((resolve) => client.socket.write(part, () => resolve()));
    await new Promise((r) => setImmediate(r));
  }
}

const SETTINGS = { numRuns: 100, seed: 4_242, endOnFailure: true };

describe("bridge framing under arbitrary chunking", () => {
  it("answers every PING of any sliced stream with its PONG, in order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 0xffff_ffff }), { minLength: 1, maxLength: 25 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        async (ids, cuts) => {
          const stream = Buffer.concat(ids.map((id) => encodePacket({ op: "ping", id, d: {} }, "binary") as Uint8Array));
          const client = await TcpClient.connect(bridge.tcpPort);
          await writeSlices(client, slices(stream, cuts));
          const pongs = [];
          for (let i = 0; i < ids.length; i++) pongs.push(await client.next((p) => p.op === "pong", 5_000));
          expect(pongs.map((p) => p.id)).toEqual(ids);
          expect(client.closed).toBeUndefined();
          await client.close();
        },
      ),
      SETTINGS,
    );
  });

  it("meets random bytes with PONG and ERROR frames only, closes cleanly, and stays up for others", async () => {
    const ping = encodeFrame(TYPE.PING, new Uint8Array());
    await fc.assert(
      fc.asyncProperty(
        // Garbage, sometimes behind a few valid PINGs so the decoder is mid-stream.
        fc.nat({ max: 3 }),
        fc.uint8Array({ minLength: 8, maxLength: 600 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        async (validFirst, garbage, cuts) => {
          const stream = Buffer.concat([...Array.from({ length: validFirst }, () => ping), garbage]);
          const client = await TcpClient.connect(bridge.tcpPort);
          await writeSlices(client, slices(stream, cuts));
          // Either the bridge closes (after an ERROR) or, if the garbage happened to frame
          // validly, it is still waiting: end our side, and it must close too.
          await Promise.race([client.waitClosed(1_000).catch(() => undefined), new Promise((r) => setTimeout(r, 300))]);
          if (!client.closed) client.socket.end();
          const closed = await client.waitClosed(5_000);
          expect(closed.hadError).toBe(false);
          for (const p of client.received) expect(["pong", "error"]).toContain(p.op);
          expect(client.seen("pong").length).toBeGreaterThanOrEqual(validFirst);
          const errors = client.seen("error");
          if (errors.length > 0) {
            expect(["invalid_frame", "unsupported_version", "frame_too_large", "unauthorized", "unavailable", "timeout"]).toContain((errors.at(-1)!.d as { code: string }).code);
          }
        },
      ),
      SETTINGS,
    );
    // Still serving, and nothing leaked: every connection was released.
    const after = await TcpClient.connect(bridge.tcpPort);
    expect((await after.request("ping")).op).toBe("pong");
    await after.close();
    const deadline = Date.now() + 5_000;
    while (bridge.connectionCount() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(bridge.connectionCount()).toBe(0);
  });
});
