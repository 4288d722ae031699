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
import { groupService } from "../groups.js";
import type { EntryInput } from "../log/message-log.js";
import * as actions from "./actions.js";
import type { DeviceCursors } from "./device-cursors.js";
import type { OpLimiter, Quotas } from "./limits.js";
import type { SendQueue } from "./send-queue.js";
import type { SocketInfo } from "./sockets.js";

/** What a handler may use: the caller's identity and the owning UserDO's parts. */
export interface OpContext extends actions.UserScope {
  socket: SocketInfo;
  sendQueue: SendQueue;
  cursors: DeviceCursors;
  limiter: OpLimiter;
  quotas: Quotas;
  maxFrameBytes: number;
  heartbeatMs: number;
  /** Trace id of the operation being handled (set by dispatch). */
  traceId?: string;
}

type Reply = Omit<Packet, "id"> | undefined;
type Handlers = { [K in InboundOp]: (d: InboundPayload<K>, c: OpContext) => Reply | Promise<Reply> };

/** Operations slower than this are logged (warn) even when they succeed. */
const SLOW_OP_MS = 1_000;

/** Space left in a reply frame for a page of messages or conversations. */
const pageBytes = (c: OpContext) => c.maxFrameBytes - 2_048;

const OK: Reply = { op: "ok" };

/**
 * Queues an entry behind the sender's earlier sends to the same conversation, and acks it.
 * Edits and recalls take this path too, so one pipelined right behind its message never
 * overtakes it.
 */
async function append(c: OpContext, conversationId: string, message: EntryInput): Promise<Reply> {
  const result = await c.sendQueue.enqueue(conversationId, {
    senderId: c.socket.userId,
    senderDevice: c.socket.deviceId,
    message,
    ...(c.traceId ? { traceId: c.traceId } : {}),
  });
  return { op: "ack", d: unwrap(result) };
}

/** The conversation service of a conversation the caller addresses. */
const serviceOf = (c: OpContext, conversationId: string) =>
  conversationService(c.env, resolveConversation(c.socket.userId, { conversationId }), { source: "user", traceId: c.traceId });

const HANDLERS: Handlers = {
  auth: () => {
    throw new AppError("bad_request", "this connection is already authenticated");
  },
  ping: () => ({ op: "pong" }),
  pong: () => undefined,

  send: async (d, c) => {
    const ref = resolveConversation(c.socket.userId, d);
    const { conversationId: _c, to: _t, ...message } = d;
    return append(c, ref.id, message);
  },

  edit: async (d, c) => {
    const ref = resolveConversation(c.socket.userId, d);
    return append(c, ref.id, { clientMsgId: d.clientMsgId, type: "edit", content: d.content, targetId: d.messageId });
  },

  recall: async (d, c) => {
    const ref = resolveConversation(c.socket.userId, d);
    return append(c, ref.id, { clientMsgId: d.clientMsgId, type: "recall", content: {}, targetId: d.messageId });
  },

  history: async (d, c) => {
    const page = await serviceOf(c, d.conversationId).history({
      userId: c.socket.userId,
      ...(d.afterSeq !== undefined ? { afterSeq: d.afterSeq } : {}),
      ...(d.beforeSeq !== undefined ? { beforeSeq: d.beforeSeq } : {}),
      limit: d.limit ?? LIMITS.historyDefault,
      maxBytes: pageBytes(c),
    });
    return { op: "history_result", d: unwrap(page) };
  },

  sync: (d, c) => ({ op: "sync_result", d: c.index.changesSince(d.token, d.limit ?? LIMITS.syncDefault, pageBytes(c)) }),

  read: async (d, c) => {
    await actions.markRead(c, d.conversationId, d.seq, c.socket.deviceId);
    return OK;
  },

  delivered: async (d, c) => {
    const lastSeq = await actions.markDelivered(c, d.conversationId, d.seq);
    // Per device too, for the per-message trace (clamped like the user's own mark).
    c.cursors.delivered(d.conversationId, c.socket.deviceId, Math.min(d.seq, lastSeq), c.now());
    return OK;
  },

  typing: async (d, c) => {
    await actions.typing(c, d.conversationId, d.stop ?? false);
    return OK;
  },

  presence_query: async (d, c) => ({ op: "presence_result", d: { presences: await actions.presenceOf(c.env, d.userIds) } }),

  receipts: async (d, c) => ({ op: "receipts_result", d: unwrap(await serviceOf(c, d.conversationId).receipts(c.socket.userId, d.seqs)) }),
  readers: async (d, c) => ({ op: "readers_result", d: unwrap(await serviceOf(c, d.conversationId).readers(c.socket.userId, d.seq)) }),
  edits: async (d, c) => ({ op: "edits_result", d: unwrap(await serviceOf(c, d.conversationId).edits(c.socket.userId, d.messageId)) }),

  delete: async (d, c) => {
    await actions.deleteForMe(c, d.conversationId, d.messageIds, c.socket.deviceId);
    return OK;
  },

  mentions: (d, c) => ({ op: "mentions_result", d: c.index.mentions.list(d.limit ?? LIMITS.mentionsDefault, d.cursor) }),

  conversation_update: (d, c) => ({ op: "conversation", d: actions.updateConversation(c, d.conversationId, d, c.socket.deviceId) }),

  block: async (d, c) => {
    await actions.block(c, d.userId);
    return OK;
  },

  unblock: async (d, c) => {
    await actions.unblock(c, d.userId);
    return OK;
  },

  blocks: (_d, c) => ({ op: "blocks_result", d: { blocks: c.blocks.list() } }),

  group_create: async (d, c) => {
    // Group creations count against the user's daily quota (GROUPS_PER_DAY).
    c.quotas.consume("group_create", 1, c.now());
    return { op: "group", d: await groupService(c.env, c.traceId).create(c.socket.userId, d) };
  },
  group_get: async (d, c) => ({ op: "group", d: await groupService(c.env, c.traceId).info(c.socket.userId, d.groupId) }),
  group_update: async (d, c) => ({ op: "group", d: await groupService(c.env, c.traceId).updateSettings(c.socket.userId, d.groupId, d.settings) }),
  group_add: async (d, c) => ({ op: "group", d: await groupService(c.env, c.traceId).addMembers(c.socket.userId, d.groupId, d.userIds) }),
  group_remove: async (d, c) => {
    await groupService(c.env, c.traceId).removeMember(c.socket.userId, d.groupId, d.userId);
    return OK;
  },
  group_member_update: async (d, c) => {
    const { groupId, userId, ...patch } = d;
    return { op: "group_member", d: await groupService(c.env, c.traceId).updateMember(c.socket.userId, groupId, userId, patch) };
  },
  group_transfer: async (d, c) => ({ op: "group", d: await groupService(c.env, c.traceId).transfer(c.socket.userId, d.groupId, d.userId) }),
  group_join: async (d, c) => ({ op: "group", d: await groupService(c.env, c.traceId).join(c.socket.userId, d.groupId) }),
  group_dissolve: async (d, c) => {
    await groupService(c.env, c.traceId).dissolve(c.socket.userId, d.groupId);
    return OK;
  },
  group_members: async (d, c) => ({
    op: "group_members_result",
    d: await groupService(c.env, c.traceId).members(c.socket.userId, d.groupId, d.limit ?? LIMITS.groupDefault, d.cursor),
  }),
  groups: async (d, c) => ({ op: "groups_result", d: await groupService(c.env, c.traceId).list(c.socket.userId, d.limit ?? LIMITS.groupDefault, d.cursor) }),
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
