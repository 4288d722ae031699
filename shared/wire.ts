/**
 * Packets: one operation as it travels. JSON text frames are `{"op","id","d"}`; binary
 * frames are the 8-byte header (type = op code) + the op's protobuf frame `{id, d}`.
 * Both decode to the same Packet, so every transport reaches the same dispatcher.
 */
import { AppError, ERRORS } from "./errors.js";
import type { CompressionOptions, Compressor } from "./compression.js";
import { decodeFrame, encodeFrame, FLAGS, HEADER_BYTES, type FrameLimits } from "./frame.js";
import { OPS, isOpName, opByCode, type FrameCodec, type OpName } from "./ops.js";
import { hasLoneSurrogate, mayHoldSurrogateEscape } from "./unicode.js";

export type Encoding = "json" | "binary";

export interface Packet {
  op: OpName;
  /** Request id; replies carry their request's id, pushes carry none. */
  id?: number;
  d?: unknown;
}

/** A packet that could not be decoded, with the request id when it was readable. */
export interface DecodeFailure {
  error: AppError;
  id?: number;
}

export type Decoded = { ok: true; packet: Packet } | ({ ok: false } & DecodeFailure);

const MAX_ID = 0xffff_ffff;

function validId(id: unknown): id is number {
  return typeof id === "number" && Number.isInteger(id) && id >= 0 && id <= MAX_ID;
}

const fail = (code: keyof typeof ERRORS, message: string, id?: number): Decoded =>
  id === undefined ? { ok: false, error: new AppError(code, message) } : { ok: false, error: new AppError(code, message), id };

/** Decodes a WebSocket text frame. Never throws. */
export function decodeJson(text: string, limits: FrameLimits): Decoded {
  // Measured in UTF-16 units first (cheap), then bytes only when it could matter.
  if (text.length > limits.maxFrameBytes || (text.length * 3 > limits.maxFrameBytes && new TextEncoder().encode(text).length > limits.maxFrameBytes)) {
    return fail("frame_too_large", `message exceeds the ${limits.maxFrameBytes}-byte limit`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail("bad_json", "message is not valid JSON");
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("bad_request", 'expected an object {"op","id","d"}');
  const { op, id, d } = raw as Record<string, unknown>;
  if (id !== undefined && !validId(id)) return fail("bad_request", "id must be an integer from 0 to 4294967295");
  if (!isOpName(op)) return fail("unknown_op", `unknown op ${JSON.stringify(op)?.slice(0, 64)}`, id);
  if (d !== undefined && (typeof d !== "object" || d === null || Array.isArray(d))) return fail("bad_request", "d must be an object", id);
  if (mayHoldSurrogateEscape(text) && hasLoneSurrogate(d)) return fail("bad_json", "strings must be valid Unicode (a lone surrogate cannot be encoded)", id);
  return { ok: true, packet: id === undefined ? { op, d } : { op, id, d } };
}

/**
 * Decodes a binary frame (header + protobuf body). Never throws. A gzip-flagged body is
 * inflated with `compressor`, bounded by the maximum frame size; without a compressor such
 * frames are refused.
 */
export function decodeBinary(bytes: Uint8Array, limits: FrameLimits, compressor?: Compressor): Decoded {
  let frame;
  let body: Uint8Array;
  try {
    frame = decodeFrame(bytes, limits);
    body = frame.body;
    if (((frame.flags ?? 0) & FLAGS.gzip) !== 0) {
      if (!compressor) throw new AppError("invalid_frame", "compressed frames are not accepted on this connection");
      body = compressor.inflate(frame.body, limits.maxFrameBytes - HEADER_BYTES);
    }
  } catch (err) {
    return { ok: false, error: err instanceof AppError ? err : new AppError("invalid_frame", "frame could not be read") };
  }
  const op = opByCode(frame.type);
  if (!op) return fail("unknown_op", `unknown frame type ${frame.type}`);
  const codec: FrameCodec = OPS[op].frame;
  let obj: Record<string, unknown>;
  try {
    obj = codec.toObject(codec.decode(body) as never, { longs: Number });
  } catch {
    return fail("invalid_frame", `frame body is not a valid ${op} message`);
  }
  const id = obj["id"] as number | undefined;
  const packet: Packet = { op };
  if (id) packet.id = id;
  if (obj["d"] !== undefined && !isEmpty(obj["d"])) packet.d = obj["d"];
  return { ok: true, packet };
}

function isEmpty(d: unknown): boolean {
  return typeof d === "object" && d !== null && Object.keys(d).length === 0;
}

/**
 * Encodes a packet for the wire. An empty payload is left out in both encodings, so PING
 * and PONG are bare (`{"op":"pong"}`; an 8-byte frame when there is no request id).
 * Throws `frame_too_large` if the result would be refused. With `compression`, a binary
 * body of at least `minBytes` is gzipped when that makes it smaller; the uncompressed
 * frame must still fit the limit (the peer inflates with it).
 */
export function encodePacket(packet: Packet, encoding: Encoding, limits?: FrameLimits, compression?: CompressionOptions): string | Uint8Array {
  const d = packet.d === undefined || isEmpty(packet.d) ? undefined : packet.d;
  if (encoding === "json") {
    // Built field by field so the JSON always reads {"op","id","d"}.
    const out: Record<string, unknown> = { op: packet.op };
    if (packet.id !== undefined) out["id"] = packet.id;
    if (d !== undefined) out["d"] = d;
    return JSON.stringify(out);
  }
  const codec: FrameCodec = OPS[packet.op].frame;
  const body = codec.encode(codec.fromObject(d === undefined ? { id: packet.id ?? 0 } : { id: packet.id ?? 0, d })).finish();
  const plain = encodeFrame(OPS[packet.op].code, body, limits);
  if (!compression || body.length < compression.minBytes) return plain;
  const packed = compression.compressor.deflate(body);
  return packed.length < body.length ? encodeFrame(OPS[packet.op].code, packed, limits, FLAGS.gzip) : plain;
}

/** The `error` packet for an AppError, replying to `id` when there was one. */
export function errorPacket(error: AppError, id?: number): Packet {
  const d = {
    code: error.code,
    message: error.message,
    status: error.status,
    retryable: error.retryable,
    ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
  };
  return id === undefined ? { op: "error", d } : { op: "error", id, d };
}
