/**
 * The dispatcher every client transport reaches: WebSocket JSON, WebSocket binary and TCP
 * (through the bridge) all decode to a Packet and come here. One handler per inbound op.
 */
import { AppError, toAppError, unwrap } from "../../shared/errors.js";
import { ulid } from "../../shared/ids.js";
import { log } from "../../shared/log.js";
import { INBOUND, LIMITS, type InboundOp, type InboundPayload } from "../../shared/protocol.js";
import { validate } from "../../shared/validate.js";
import { errorPacket, type Packet } from "../../shared/wire.js";
import { METRICS } from "../../workers/observability/catalog.js";
import { conversationService, resolveConversation } from "../conversations.js";
import type { ConversationIndex } from "./conversation-index.js";
import type { DeviceCursors } from "./device-cursors.js";
import type { OpLimiter } from "./limits.js";
import type { SendQueue } from "./send-queue.js";
import type { SocketInfo, Sockets } from "./sockets.js";

/** What a handler may use: the caller's identity and the owning UserDO's parts. */
export interface OpContext {
  socket: SocketInfo;
  env: Env;
  index: ConversationIndex;
  sockets: Sockets;
  sendQueue: SendQueue;
  cursors: DeviceCursors;
  limiter: OpLimiter;
  maxFrameBytes: number;
  heartbeatMs: number;
  now(): number;
  /** Trace id of the operation being handled (set by dispatch). */
  traceId?: string;
}

type Reply = Omit<Packet, "id"> | undefined;
type Handlers = { [K in InboundOp]: (d: InboundPayload<K>, c: OpContext) => Reply | Promise<Reply> };

/** Operations slower than this are logged (warn) even when they succeed. */
const SLOW_OP_MS = 1_000;

/** Space left in a reply frame for a page of messages or conversations. */
const pageBytes = (c: OpContext) => c.maxFrameBytes - 2_048;

const HANDLERS: Handlers = {
  auth: () => {
    throw new AppError("bad_request", "this connection is already authenticated");
  },
  ping: () => ({ op: "pong" }),
  pong: () => undefined,

  send: async (d, c) => {
    const ref = resolveConversation(c.socket.userId, d);
    const { conversationId: _c, to: _t, ...message } = d;
    const result = await c.sendQueue.enqueue(ref.id, {
      senderId: c.socket.userId,
      senderDevice: c.socket.deviceId,
      message,
      ...(c.traceId ? { traceId: c.traceId } : {}),
    });
    return { op: "ack", d: unwrap(result) };
  },

  history: async (d, c) => {
    const ref = resolveConversation(c.socket.userId, { conversationId: d.conversationId });
    const page = await conversationService(c.env, ref, { source: "user", traceId: c.traceId }).history({
      userId: c.socket.userId,
      ...(d.afterSeq !== undefined ? { afterSeq: d.afterSeq } : {}),
      ...(d.beforeSeq !== undefined ? { beforeSeq: d.beforeSeq } : {}),
      limit: d.limit ?? LIMITS.historyDefault,
      maxBytes: pageBytes(c),
    });
    return { op: "history_result", d: unwrap(page) };
  },

  sync: (d, c) => ({ op: "sync_result", d: c.index.changesSince(d.token, d.limit ?? LIMITS.syncDefault, pageBytes(c)) }),

  read: (d, c) => {
    const state = c.index.markRead(d.conversationId, d.seq, c.now());
    // The user's other devices learn the new read position (their unread badges drop).
    if (state) c.sockets.push([{ op: "conversation", d: state }], (s) => s.deviceId === c.socket.deviceId);
    return { op: "ok" };
  },

  delivered: (d, c) => {
    c.index.markDelivered(d.conversationId, d.seq);
    // Per device too, for the per-message trace (clamped like the user's own mark).
    const lastSeq = c.index.get(d.conversationId)?.lastSeq ?? 0;
    c.cursors.delivered(d.conversationId, c.socket.deviceId, Math.min(d.seq, lastSeq), c.now());
    return { op: "ok" };
  },
};

/**
 * Runs one decoded packet and returns the reply to send back (undefined: none). Charges the
 * user's rate limits first, and counts the op (outcome, latency) in the metrics.
 */
export async function dispatch(packet: Packet, c: OpContext): Promise<Packet | undefined> {
  const { op, id } = packet;
  const started = c.now();
  const traceId = ulid(started);
  let outcome = "ok";
  try {
    if (!Object.hasOwn(INBOUND, op)) throw new AppError("unknown_op", `op ${op} cannot be sent by clients`);
    const inbound = op as InboundOp;
    c.limiter.charge(inbound, started);
    const payload = validate(INBOUND[inbound], packet.d ?? {}, `${op} payload`);
    const reply = await (HANDLERS[inbound] as (d: unknown, c: OpContext) => Reply | Promise<Reply>)(payload, { ...c, traceId });
    if (!reply) return undefined;
    return id === undefined ? reply : { op: reply.op, id, d: reply.d };
  } catch (err) {
    const { error, unexpected } = toAppError(err);
    outcome = error.code;
    if (error.code === "rate_limited") METRICS.rateLimited.inc({ limit: op === "send" ? "messages" : "operations" });
    if (unexpected !== undefined) log.error("ws.op_failed", { op, traceId, userId: c.socket.userId, deviceId: c.socket.deviceId, err: unexpected });
    return errorPacket(error, id);
  } finally {
    const label = Object.hasOwn(INBOUND, op) ? op : "unknown";
    const ms = c.now() - started;
    METRICS.wsOps.inc({ op: label, outcome });
    METRICS.wsOpDuration.observe({ op: label }, ms);
    // Every operation is counted in the metrics; the log gets the ones worth reading: refused
    // or failed ones (with their code) and slow ones. A line per successful message would
    // cost more than it tells.
    if (outcome !== "ok" || ms >= SLOW_OP_MS) {
      const d = packet.d as { conversationId?: unknown } | undefined;
      const fields = { op: label, outcome, ms, traceId, userId: c.socket.userId, deviceId: c.socket.deviceId, conversationId: typeof d?.conversationId === "string" ? d.conversationId : undefined };
      if (ms >= SLOW_OP_MS) log.warn("ws.op_slow", fields);
      else log.info("ws.op", fields);
    }
  }
}
