/**
 * The few frames the bridge reads or writes itself (AUTH, AUTH_OK, PING/PONG, ERROR),
 * built and parsed with the shared codec; everything else passes through untouched.
 */
import { AppError } from "../../shared/errors.js";
import { encodeFrame, type Frame, type FrameLimits } from "../../shared/frame.js";
import { AuthSchema } from "../../shared/protocol.js";
import { decodeBinary, encodePacket, errorPacket, type Decoded } from "../../shared/wire.js";

/** Byte offset of the u16 type in the header. */
const TYPE_OFFSET = 4;

/**
 * The full wire bytes of a frame (header included, flags byte kept): the received bytes
 * when a decoder kept them, else encoded (a hand-built frame).
 */
export function frameBytes(frame: Frame, limits: FrameLimits): Uint8Array {
  return frame.bytes ?? encodeFrame(frame.type, frame.body, limits, frame.flags ?? 0);
}

/** Type code of a complete frame, without decoding the body. */
export function peekType(bytes: Uint8Array): number {
  return bytes.length >= TYPE_OFFSET + 2 ? (bytes[TYPE_OFFSET]! << 8) | bytes[TYPE_OFFSET + 1]! : -1;
}

/** Decodes a bridge-handled frame into its packet. Never throws. */
export function readPacket(frame: Frame, limits: FrameLimits): Decoded {
  return decodeBinary(frameBytes(frame, limits), limits);
}

export interface AuthRequest {
  id: number | undefined;
  token: string;
  deviceId: string | undefined;
}

export type AuthRead = { ok: true; auth: AuthRequest } | { ok: false; error: AppError; id?: number };

/** Parses an AUTH frame: `invalid_frame` for a body that is not an AuthFrame, `unauthorized` without a token. */
export function readAuth(frame: Frame, limits: FrameLimits): AuthRead {
  const decoded = readPacket(frame, limits);
  if (!decoded.ok) return decoded;
  const { id, d } = decoded.packet;
  const parsed = AuthSchema.safeParse(d ?? {});
  if (!parsed.success) {
    const error = new AppError("unauthorized", "AUTH needs d.token (an access token) and optionally d.deviceId");
    return id === undefined ? { ok: false, error } : { ok: false, error, id };
  }
  return { ok: true, auth: { id, token: parsed.data.token, deviceId: parsed.data.deviceId || undefined } };
}

export function pongFrame(id: number | undefined, limits: FrameLimits): Uint8Array {
  return encodePacket(id === undefined ? { op: "pong", d: {} } : { op: "pong", id, d: {} }, "binary", limits) as Uint8Array;
}

export function errorFrame(error: AppError, id: number | undefined, limits: FrameLimits): Uint8Array {
  return encodePacket(errorPacket(error, id), "binary", limits) as Uint8Array;
}

/**
 * The AUTH_OK answer, made from the UserDO's `auth_ok` frame: same user, device and
 * session, but the request id of the client's AUTH, and the TCP heartbeat and frame limit
 * this bridge enforces (the Worker's describe its WebSocket side).
 */
export function authOkFrame(upstreamAuthOk: Uint8Array, id: number | undefined, overrides: { heartbeatMs: number; maxFrameBytes: number }, limits: FrameLimits): Uint8Array {
  const decoded = decodeBinary(upstreamAuthOk, limits);
  if (!decoded.ok || decoded.packet.op !== "auth_ok") throw new AppError("internal", "upstream did not start with auth_ok");
  const d = { ...(decoded.packet.d as Record<string, unknown>) };
  d["heartbeatMs"] = overrides.heartbeatMs;
  const upstreamMax = typeof d["maxFrameBytes"] === "number" && d["maxFrameBytes"] > 0 ? d["maxFrameBytes"] : overrides.maxFrameBytes;
  d["maxFrameBytes"] = Math.min(upstreamMax, overrides.maxFrameBytes);
  return encodePacket(id === undefined ? { op: "auth_ok", d } : { op: "auth_ok", id, d }, "binary", limits) as Uint8Array;
}
