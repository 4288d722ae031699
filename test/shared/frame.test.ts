import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors.js";
import { decodeFrame, encodeFrame, FrameDecoder, HEADER_BYTES, type Frame } from "../../shared/frame.js";
import { rawHeader } from "../helpers/raw-frame.js";

const limits = { maxFrameBytes: 4096 };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err.code;
    return `not an AppError: ${String(err)}`;
  }
  return undefined;
}

/** Splits `bytes` at the given cut points. */
function chunk(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of [...points, bytes.length]) {
    out.push(bytes.subarray(prev, p));
    prev = p;
  }
  return out;
}

const frameArb = fc.record({
  type: fc.integer({ min: 0, max: 0xffff }),
  body: fc.uint8Array({ maxLength: 300 }),
});

describe("encodeFrame / decodeFrame", () => {
  it("writes the 8-byte big-endian header: total length, type, version 1, reserved 0", () => {
    const bytes = encodeFrame(0x0102, new Uint8Array([9, 8, 7]));
    expect([...bytes]).toEqual([0, 0, 0, 11, 1, 2, 1, 0, 9, 8, 7]);
  });

  it("round-trips any frame", () => {
    fc.assert(
      fc.property(frameArb, ({ type, body }) => {
        const decoded = decodeFrame(encodeFrame(type, body, limits), limits);
        expect(decoded.type).toBe(type);
        expect([...decoded.body]).toEqual([...body]);
      }),
    );
  });

  it("refuses to encode a frame above the limit", () => {
    expect(codeOf(() => encodeFrame(1, new Uint8Array(4096 - HEADER_BYTES + 1), limits))).toBe("frame_too_large");
    expect(encodeFrame(1, new Uint8Array(4096 - HEADER_BYTES), limits)).toHaveLength(4096);
  });

  it("rejects each malformed header with its code", () => {
    expect(codeOf(() => decodeFrame(new Uint8Array(3), limits))).toBe("invalid_frame");
    expect(codeOf(() => decodeFrame(rawHeader(7, 1), limits))).toBe("invalid_frame");
    expect(codeOf(() => decodeFrame(rawHeader(8, 1, 2), limits))).toBe("unsupported_version");
    expect(codeOf(() => decodeFrame(rawHeader(8, 1, 0), limits))).toBe("unsupported_version");
    expect(codeOf(() => decodeFrame(rawHeader(8, 1, 1, 2), limits))).toBe("invalid_frame");
    expect(codeOf(() => decodeFrame(rawHeader(12, 1), limits))).toBe("invalid_frame");
    expect(codeOf(() => decodeFrame(new Uint8Array(4097), limits))).toBe("frame_too_large");
  });
});

describe("FrameDecoder (stream)", () => {
  it("decodes any chunking of a valid stream to the same frames", () => {
    fc.assert(
      fc.property(fc.array(frameArb, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 30 }), (frames, cuts) => {
        const stream = frames.map((f) => encodeFrame(f.type, f.body, limits));
        const total = new Uint8Array(stream.reduce((n, s) => n + s.length, 0));
        let offset = 0;
        for (const s of stream) {
          total.set(s, offset);
          offset += s.length;
        }
        const decoder = new FrameDecoder(limits);
        const out: Frame[] = [];
        for (const piece of chunk(total, cuts)) out.push(...decoder.push(piece));
        expect(out.map((f) => ({ type: f.type, body: [...f.body] }))).toEqual(frames.map((f) => ({ type: f.type, body: [...f.body] })));
        expect(decoder.pendingBytes).toBe(0);
      }),
    );
  });

  it("never throws anything but a coded error on random bytes", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 20 }), (chunks) => {
        const decoder = new FrameDecoder(limits);
        for (const c of chunks) {
          try {
            decoder.push(c);
          } catch (err) {
            expect(err).toBeInstanceOf(AppError);
            expect(["invalid_frame", "unsupported_version", "frame_too_large"]).toContain((err as AppError).code);
            return;
          }
        }
      }),
    );
  });

  it("rejects an oversized frame as soon as its header arrives, without buffering the body", () => {
    const decoder = new FrameDecoder(limits);
    expect(codeOf(() => decoder.push(rawHeader(1_000_000, 10)))).toBe("frame_too_large");
    expect(decoder.pendingBytes).toBe(0);
    // Framing is lost after an error: the decoder stays failed.
    expect(codeOf(() => decoder.push(encodeFrame(3, new Uint8Array())))).toBe("frame_too_large");
  });

  it("assembles a largest-size frame fed one byte at a time, holding only what it has", () => {
    const frame = encodeFrame(12, Uint8Array.from({ length: 4096 - HEADER_BYTES }, (_, i) => i & 0xff), limits);
    const decoder = new FrameDecoder(limits);
    for (let i = 0; i < frame.length - 1; i++) {
      expect(decoder.push(frame.subarray(i, i + 1))).toEqual([]);
      expect(decoder.pendingBytes).toBe(i + 1);
    }
    const out = decoder.push(frame.subarray(frame.length - 1));
    expect(out).toHaveLength(1);
    expect([...out[0]!.body]).toEqual([...frame.subarray(HEADER_BYTES)]);
    expect(decoder.pendingBytes).toBe(0);
  });

  it("hands out the frames before a bad header, then reports the error, however the stream was cut", () => {
    const stream = new Uint8Array([...encodeFrame(3, new Uint8Array([1])), ...encodeFrame(4, new Uint8Array()), ...rawHeader(8, 3, 9)]);
    for (let cut = 0; cut <= stream.length; cut++) {
      const decoder = new FrameDecoder(limits);
      const types: number[] = [];
      let code: string | undefined;
      for (const piece of [stream.subarray(0, cut), stream.subarray(cut)]) {
        try {
          types.push(...decoder.push(piece).map((f) => f.type));
        } catch (err) {
          code = (err as AppError).code;
          break;
        }
      }
      expect(types).toEqual([3, 4]);
      expect(code ?? decoder.failure?.code).toBe("unsupported_version");
    }
  });

  it("holds a truncated frame until the rest arrives", () => {
    const frame = encodeFrame(10, new Uint8Array([1, 2, 3, 4]));
    const decoder = new FrameDecoder(limits);
    expect(decoder.push(frame.subarray(0, 5))).toEqual([]);
    expect(decoder.push(frame.subarray(5, 10))).toEqual([]);
    expect(decoder.pendingBytes).toBe(10);
    const [out] = decoder.push(frame.subarray(10));
    expect(out?.type).toBe(10);
    expect([...out!.body]).toEqual([1, 2, 3, 4]);
  });
});
