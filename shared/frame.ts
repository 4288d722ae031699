/**
 * The binary framing shared by TCP and WebSocket binary messages: an 8-byte big-endian
 * header (u32 total length including the header, u16 type, u8 version, u8 flags)
 * followed by a protobuf body. Pure: no runtime APIs, so workerd and Node both use it.
 *
 * The last header byte (the seed's "reserved" byte) carries flags. Bit 0 (`FLAGS.gzip`)
 * marks a gzip-compressed body (shared/compression.ts); every other bit must be 0, so a
 * peer that sets one is refused rather than misread.
 */
import { AppError } from "./errors.js";

export const HEADER_BYTES = 8;
export const PROTOCOL_VERSION = 1;
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024;

/** Header flag bits (byte 7). */
export const FLAGS = {
  /** The body is gzip-compressed; inflate it (with a bound) before protobuf decoding. */
  gzip: 0x01,
} as const;

const KNOWN_FLAGS = FLAGS.gzip;

export interface Frame {
  type: number;
  body: Uint8Array;
  /** Header flags; 0 for a plain frame. */
  flags?: number;
  /**
   * The whole frame as it came off the wire (header included, `body` is its tail); set by
   * the decoders so a relay forwards it without encoding it again. Absent on a built Frame.
   */
  bytes?: Uint8Array;
}

/** A frame read from the wire: the decoders always set `flags` and `bytes`. */
export type DecodedFrame = Required<Frame>;

export interface FrameLimits {
  /** Largest accepted frame, header included. */
  maxFrameBytes: number;
}

const DEFAULT_LIMITS: FrameLimits = { maxFrameBytes: DEFAULT_MAX_FRAME_BYTES };

/** Encodes one frame. Throws `frame_too_large` rather than emit what a peer must refuse. */
export function encodeFrame(type: number, body: Uint8Array, limits: FrameLimits = DEFAULT_LIMITS, flags = 0): Uint8Array {
  const total = HEADER_BYTES + body.length;
  if (total > limits.maxFrameBytes) {
    throw new AppError("frame_too_large", `frame of ${total} bytes exceeds the ${limits.maxFrameBytes}-byte limit`);
  }
  if (!Number.isInteger(type) || type < 0 || type > 0xffff) throw new AppError("invalid_frame", "frame type out of range");
  if ((flags & ~KNOWN_FLAGS) !== 0) throw new AppError("invalid_frame", `unknown frame flags 0x${flags.toString(16)}`);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, total);
  view.setUint16(4, type);
  view.setUint8(6, PROTOCOL_VERSION);
  view.setUint8(7, flags);
  out.set(body, HEADER_BYTES);
  return out;
}

interface Header {
  length: number;
  type: number;
  flags: number;
}

/** Validates a header; throws the coded error a peer gets for it. */
function readHeader(bytes: Uint8Array, offset: number, limits: FrameLimits): Header {
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, HEADER_BYTES);
  const length = view.getUint32(0);
  const type = view.getUint16(4);
  const version = view.getUint8(6);
  const flags = view.getUint8(7);
  if (length < HEADER_BYTES) throw new AppError("invalid_frame", `frame length ${length} is below the 8-byte header`);
  if (version !== PROTOCOL_VERSION) throw new AppError("unsupported_version", `protocol version ${version} is not supported`);
  if ((flags & ~KNOWN_FLAGS) !== 0) throw new AppError("invalid_frame", `unknown frame flags 0x${flags.toString(16)} (only bit 0, gzip, is defined)`);
  if (length > limits.maxFrameBytes) {
    throw new AppError("frame_too_large", `frame of ${length} bytes exceeds the ${limits.maxFrameBytes}-byte limit`);
  }
  return { length, type, flags };
}

/**
 * Decodes exactly one frame that arrived as a whole (a WebSocket binary message).
 * The declared length must equal the message length.
 */
export function decodeFrame(bytes: Uint8Array, limits: FrameLimits = DEFAULT_LIMITS): DecodedFrame {
  if (bytes.length > limits.maxFrameBytes) {
    throw new AppError("frame_too_large", `frame of ${bytes.length} bytes exceeds the ${limits.maxFrameBytes}-byte limit`);
  }
  if (bytes.length < HEADER_BYTES) throw new AppError("invalid_frame", `frame of ${bytes.length} bytes is shorter than its header`);
  const header = readHeader(bytes, 0, limits);
  if (header.length !== bytes.length) {
    throw new AppError("invalid_frame", `header declares ${header.length} bytes but the message has ${bytes.length}`);
  }
  return { type: header.type, body: bytes.subarray(HEADER_BYTES), flags: header.flags, bytes };
}

/**
 * Incremental decoder for a byte stream (TCP). Feed chunks of any size; complete frames
 * come out in order. It never buffers more than one frame's declared length, and rejects
 * a bad header as soon as its 8 bytes are in. After an error the stream is unusable:
 * framing is lost, so the connection must be closed. Frames completed before a bad header
 * in the same chunk still come out (the outcome never depends on how the stream was cut):
 * `push` then returns them and the error waits in `failure` (and is thrown by the next push).
 *
 * Partial frames go into one growable buffer (doubling), so a frame that trickles in byte
 * by byte costs linear copying and memory, not quadratic (a cheap attack on a TCP gateway).
 */
export class FrameDecoder {
  private buf: Uint8Array = new Uint8Array(0);
  private start = 0;
  private end = 0;
  private failed: AppError | undefined;

  constructor(private readonly limits: FrameLimits = DEFAULT_LIMITS) {}

  /** Bytes held waiting for the rest of a frame. */
  get pendingBytes(): number {
    return this.end - this.start;
  }

  /** The error that ended the stream, if any. */
  get failure(): AppError | undefined {
    return this.failed;
  }

  /**
   * Appends a chunk and returns every frame it completes. Throws a coded AppError when the
   * chunk completes no frame before a bad header; otherwise see `failure`.
   */
  push(chunk: Uint8Array): DecodedFrame[] {
    if (this.failed) throw this.failed;
    // With nothing held, complete frames are read straight from the chunk.
    const buffered = this.end > this.start;
    if (buffered) this.append(chunk);
    const data = buffered ? this.buf.subarray(this.start, this.end) : chunk;
    const frames: DecodedFrame[] = [];
    let offset = 0;
    try {
      while (data.length - offset >= HEADER_BYTES) {
        const header = readHeader(data, offset, this.limits);
        if (data.length - offset < header.length) break;
        // Copy the frame out so it does not pin the (possibly large) chunk.
        const bytes = data.slice(offset, offset + header.length);
        frames.push({ type: header.type, body: bytes.subarray(HEADER_BYTES), flags: header.flags, bytes });
        offset += header.length;
      }
    } catch (err) {
      this.failed = err as AppError;
      this.release();
      if (frames.length === 0) throw err;
      return frames;
    }
    if (buffered) {
      this.start += offset;
      if (this.start === this.end) this.release();
    } else {
      this.append(data.subarray(offset));
    }
    return frames;
  }

  private append(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const held = this.end - this.start;
    if (this.end + bytes.length > this.buf.length) {
      if (held + bytes.length <= this.buf.length) {
        this.buf.copyWithin(0, this.start, this.end);
      } else {
        const grown = new Uint8Array(Math.max(held + bytes.length, this.buf.length * 2, 256));
        grown.set(this.buf.subarray(this.start, this.end));
        this.buf = grown;
      }
      this.start = 0;
      this.end = held;
    }
    this.buf.set(bytes, this.end);
    this.end += bytes.length;
  }

  /** Drops the buffer: an idle connection holds no memory for framing. */
  private release(): void {
    this.buf = new Uint8Array(0);
    this.start = 0;
    this.end = 0;
  }
}
