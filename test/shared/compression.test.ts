/**
 * Compressed binary frames: the flag bit, round trips through both codecs (the server's
 * synchronous node:zlib one and the portable Compression Streams one), and refusal of
 * bombs, corrupt data and unknown flags.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AppError } from "../../shared/errors.js";
import { gunzipBounded, gzip } from "../../shared/compression.js";
import { decodeFrame, encodeFrame, FLAGS, FrameDecoder, HEADER_BYTES } from "../../shared/frame.js";
import { OPS } from "../../shared/ops.js";
import { decodeBinary, encodePacket, type Packet } from "../../shared/wire.js";
import { zlibCompressor } from "../../objects/compression.js";

const limits = { maxFrameBytes: 65_536 };
const compression = { compressor: zlibCompressor, minBytes: 1_024 };

const bigMessage = (text: string): Packet => ({
  op: "message",
  d: { messageId: "01JDX1C3D4E5F6G7H8J9K0M1N2", conversationId: "d:a:b", seq: 7, senderId: "a", clientMsgId: "c1", type: "text", content: { text }, ts: 1767225600000 },
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as AppError).code;
  }
  return undefined;
};

describe("frame flags", () => {
  it("carries the gzip flag in header byte 7 and refuses unknown flag bits", () => {
    const frame = encodeFrame(OPS.ping.code, new Uint8Array([1, 2]), limits, FLAGS.gzip);
    expect(frame[7]).toBe(1);
    expect(decodeFrame(frame, limits)).toMatchObject({ type: OPS.ping.code, flags: FLAGS.gzip });
    expect(new FrameDecoder(limits).push(frame)[0]).toMatchObject({ flags: FLAGS.gzip });
    for (const bad of [0x02, 0x80, 0xff]) {
      const f = encodeFrame(OPS.ping.code, new Uint8Array(), limits);
      f[7] = bad;
      expect(codeOf(() => decodeFrame(f, limits))).toBe("invalid_frame");
    }
    expect(codeOf(() => encodeFrame(3, new Uint8Array(), limits, 0x04))).toBe("invalid_frame");
  });
});

describe("compressed packets", () => {
  it("compresses a large binary packet, and it decodes to the same packet", () => {
    const packet = bigMessage("hello compression ".repeat(500));
    const plain = encodePacket(packet, "binary", limits) as Uint8Array;
    const packed = encodePacket(packet, "binary", limits, compression) as Uint8Array;
    expect(packed[7]).toBe(FLAGS.gzip);
    expect(packed.length).toBeLessThan(plain.length / 10);
    const decoded = decodeBinary(packed, limits, zlibCompressor);
    const reference = decodeBinary(plain, limits);
    expect(reference.ok).toBe(true);
    expect(decoded).toEqual(reference);
  });

  it("leaves small packets, JSON and incompressible bodies alone", () => {
    expect((encodePacket(bigMessage("short"), "binary", limits, compression) as Uint8Array)[7]).toBe(0);
    expect(typeof encodePacket(bigMessage("x".repeat(5_000)), "json", limits, compression)).toBe("string");
    const random = Array.from(crypto.getRandomValues(new Uint8Array(3_000)), (b) => String.fromCharCode(33 + (b % 90))).join("");
    const frame = encodePacket(bigMessage(random), "binary", limits, compression) as Uint8Array;
    expect(decodeBinary(frame, limits, zlibCompressor).ok).toBe(true);
  });

  it("round-trips any text through compression (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 6_000 }), (text) => {
        const packet = bigMessage(text);
        const decoded = decodeBinary(encodePacket(packet, "binary", limits, compression) as Uint8Array, limits, zlibCompressor);
        // proto3 omits an empty string: absent reads as "".
        expect(decoded.ok && ((decoded.packet.d as { content: { text?: string } }).content.text ?? "")).toBe(text);
      }),
      { numRuns: 50 },
    );
  });

  it("interoperates with the portable Compression Streams codec both ways", async () => {
    const body = new TextEncoder().encode("portable ".repeat(400));
    expect(zlibCompressor.inflate(await gzip(body), 100_000)).toEqual(body);
    expect(await gunzipBounded(zlibCompressor.deflate(body), 100_000)).toEqual(body);
  });

  it("refuses a compressed frame where no codec is offered", () => {
    const packed = encodePacket(bigMessage("y".repeat(3_000)), "binary", limits, compression) as Uint8Array;
    expect(decodeBinary(packed, limits)).toMatchObject({ ok: false, error: { code: "invalid_frame" } });
  });
});

describe("bombs and corrupt data", () => {
  // 16 MiB of zeros packs into ~16 KiB: a frame that fits the limit and would inflate 256-fold.
  const bomb = zlibCompressor.deflate(new Uint8Array(16 * 1024 * 1024));

  it("stops inflating at the frame limit (sync codec)", () => {
    expect(bomb.length).toBeLessThan(limits.maxFrameBytes);
    const frame = encodeFrame(OPS.send.code, bomb, limits, FLAGS.gzip);
    expect(decodeBinary(frame, limits, zlibCompressor)).toMatchObject({ ok: false, error: { code: "frame_too_large" } });
    expect(codeOf(() => zlibCompressor.inflate(bomb, 1_000))).toBe("frame_too_large");
  });

  it("stops inflating at the bound (portable codec)", async () => {
    await expect(gunzipBounded(bomb, 1_000_000)).rejects.toMatchObject({ code: "frame_too_large" });
  });

  it("accepts a body that inflates to exactly the limit and refuses one byte more", () => {
    const max = limits.maxFrameBytes - HEADER_BYTES;
    expect(zlibCompressor.inflate(zlibCompressor.deflate(new Uint8Array(max)), max)).toHaveLength(max);
    expect(codeOf(() => zlibCompressor.inflate(zlibCompressor.deflate(new Uint8Array(max + 1)), max))).toBe("frame_too_large");
  });

  it("reports corrupt gzip as invalid_frame", async () => {
    const junk = new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]);
    expect(decodeBinary(encodeFrame(OPS.send.code, junk, limits, FLAGS.gzip), limits, zlibCompressor)).toMatchObject({ ok: false, error: { code: "invalid_frame" } });
    await expect(gunzipBounded(junk, 1_000)).rejects.toMatchObject({ code: "invalid_frame" });
  });
});
