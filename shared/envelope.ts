/**
 * The internal envelope (seed §3.2.1 `InternalMessage`, im.proto): what every call between
 * services and every event carries. On the wire it is the protobuf `im.v1.InternalMessage`;
 * the payload inside is JSON (the arguments of the call), named by `metadata["content-type"]`.
 */
import { AppError } from "./errors.js";
import { im } from "./proto/im.js";

export interface Envelope<P = unknown> {
  /** Unique per logical call; a retry reuses it, so a receiver can recognise a repeat. */
  messageId: string;
  sourceService: string;
  targetService: string;
  /** The route's code in the router's route table. */
  messageType: number;
  /** Epoch milliseconds when the call was first made. */
  timestamp: number;
  payload: P;
  metadata: Record<string, string>;
}

/** Well-known metadata keys. */
export const META = {
  traceId: "trace-id",
  attempt: "attempt",
  contentType: "content-type",
  /** The route name, for logs on the receiving side. */
  route: "route",
} as const;

const JSON_TYPE = "application/json";
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeEnvelope(e: Envelope): Uint8Array {
  return im.v1.InternalMessage.encode({
    messageId: e.messageId,
    sourceService: e.sourceService,
    targetService: e.targetService,
    messageType: e.messageType,
    timestamp: e.timestamp,
    payload: encoder.encode(JSON.stringify(e.payload ?? null)),
    metadata: { ...e.metadata, [META.contentType]: JSON_TYPE },
  }).finish();
}

/** Decodes an envelope. Throws `bad_request` for bytes that are not one. */
export function decodeEnvelope(bytes: Uint8Array): Envelope<unknown> {
  let msg: im.v1.InternalMessage;
  try {
    msg = im.v1.InternalMessage.decode(bytes);
  } catch {
    throw new AppError("bad_request", "not an InternalMessage envelope");
  }
  const metadata = { ...msg.metadata };
  if (!msg.messageId || !msg.messageType) throw new AppError("bad_request", "envelope lacks message_id or message_type");
  const type = metadata[META.contentType] ?? JSON_TYPE;
  if (type !== JSON_TYPE) throw new AppError("bad_request", `unsupported envelope payload type ${type}`);
  let payload: unknown;
  try {
    payload = msg.payload.length === 0 ? null : JSON.parse(decoder.decode(msg.payload));
  } catch {
    throw new AppError("bad_request", "envelope payload is not valid JSON");
  }
  return {
    messageId: msg.messageId,
    sourceService: msg.sourceService,
    targetService: msg.targetService,
    messageType: msg.messageType,
    timestamp: Number(msg.timestamp),
    payload,
    metadata,
  };
}
