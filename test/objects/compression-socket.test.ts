/**
 * Compression on live sockets: a binary connection that asks for gzip gets large pushes
 * compressed (and says so in auth_ok); any binary client may send compressed frames; a
 * zip bomb gets an error and the socket keeps working.
 */
import { describe, expect, it } from "vitest";
import { encodeFrame, FLAGS } from "../../shared/frame.js";
import { OPS } from "../../shared/ops.js";
import { encodePacket } from "../../shared/wire.js";
import { zlibCompressor } from "../../objects/compression.js";
import { directId, register, TestSocket } from "../helpers/worker/client.js";

const big = (clientMsgId: string, conversationId: string) => ({ conversationId, clientMsgId, type: "text", content: { text: "compress me please ".repeat(300) } });

describe("compressed frames on sockets", () => {
  it("announces gzip in auth_ok and compresses large pushes only for sockets that asked", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    const gz = await TestSocket.open(b.accessToken, { encoding: "binary", compress: true, deviceId: "gz" });
    const plain = await TestSocket.open(b.accessToken, { encoding: "binary", deviceId: "plain" });
    expect(gz.frames[0]![7]).toBe(0); // auth_ok itself is small
    const sender = await TestSocket.open(a.accessToken);
    await sender.request("send", big("c1", id));
    const [viaGz, viaPlain] = await Promise.all([gz.next((p) => p.op === "message"), plain.next((p) => p.op === "message")]);
    expect(viaGz).toEqual(viaPlain);
    const pushedGz = gz.frames.at(-1)!;
    const pushedPlain = plain.frames.at(-1)!;
    expect(pushedGz[7]).toBe(FLAGS.gzip);
    expect(pushedPlain[7]).toBe(0);
    expect(pushedGz.length).toBeLessThan(pushedPlain.length / 5);
    // Small pushes stay plain even on a gzip socket.
    await sender.request("send", { conversationId: id, clientMsgId: "small", type: "text", content: { text: "hi" } });
    await gz.next((p) => p.op === "message");
    expect(gz.frames.at(-1)![7]).toBe(0);
    for (const s of [gz, plain, sender]) s.close();
  });

  it("reports compression in auth_ok", async () => {
    const a = await register();
    const gz = await TestSocket.open(a.accessToken, { encoding: "binary", compress: true });
    // TestSocket consumed auth_ok; decode the raw first frame again.
    const first = gz.frames[0]!;
    expect(first[7]).toBe(0);
    const { decodeBinary } = await import("../../shared/wire.js");
    const decoded = decodeBinary(first, { maxFrameBytes: 65_536 });
    expect(decoded.ok && decoded.packet.d).toMatchObject({ compression: "gzip" });
    gz.close();
  });

  it("accepts compressed frames from a client and refuses a bomb without closing the socket", async () => {
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    const ws = await TestSocket.open(a.accessToken, { encoding: "binary" });
    const frame = encodePacket({ op: "send", id: 7, d: big("from-client", id) }, "binary", { maxFrameBytes: 65_536 }, { compressor: zlibCompressor, minBytes: 1_024 }) as Uint8Array;
    expect(frame[7]).toBe(FLAGS.gzip);
    const reply = ws.next((p) => p.id === 7);
    ws.sendRaw(frame);
    expect(await reply).toMatchObject({ op: "ack", d: { seq: 1, clientMsgId: "from-client" } });

    const bomb = encodeFrame(OPS.send.code, zlibCompressor.deflate(new Uint8Array(8 * 1024 * 1024)), { maxFrameBytes: 65_536 }, FLAGS.gzip);
    ws.sendRaw(bomb);
    expect((await ws.next((p) => p.op === "error")).d).toMatchObject({ code: "frame_too_large" });
    expect((await ws.request("ping")).op).toBe("pong");
    expect(ws.closed).toBeUndefined();
    ws.close();
  });
});
