/**
 * The dispatcher every client transport reaches: WebSocket JSON, WebSocket binary and TCP
 * (through the bridge) all decode to a Packet and come here. One handler per inbound op.
 */
import { AppError, toAppError, unwrap } from "../../shared/errors.js";
import { log } from "../../shared/log.js";
import { INBOUND, LIMITS, type InboundOp, type InboundPayload } from "../../shared/protocol.js";
import { validate } from "../../shared/validate.js";
import { errorPacket, type Packet } from "../../shared/wire.js";
import { conversationService, resolveConversation } from "../conversations.js";
import { groupService } from "../groups.js";
import * as actions from "./actions.js";
import type { SendQueue } from "./send-queue.js";
import type { SocketInfo } from "./sockets.js";

/** What a handler may use: the caller's identity and the owning UserDO's parts. */
export interface OpContext extends actions.UserScope {
  socket: SocketInfo;
  sendQueue: SendQueue;
  maxFrameBytes: number;
  heartbeatMs: number;
}

type Reply = Omit<Packet, "id"> | undefined;
type Handlers = { [K in InboundOp]: (d: InboundPayload<K>, c: OpContext) => Reply | Promise<Reply> };

/** Space left in a reply frame for a page of messages or conversations. */
const pageBytes = (c: OpContext) => c.maxFrameBytes - 2_048;

const OK: Reply = { op: "ok", d: {} };

/** Queues an entry behind the sender's earlier sends to the same conversation, and acks it. */
async function append(c: OpContext, conversationId: string, message: Parameters<SendQueue["enqueue"]>[1]["message"]): Promise<Reply> {
  const result = await c.sendQueue.enqueue(conversationId, { senderId: c.socket.userId, senderDevice: c.socket.deviceId, message });
  return { op: "ack", d: unwrap(result) };
}

const HANDLERS: Handlers = {
  auth: () => {
    throw new AppError("bad_request", "this connection is already authenticated");
  },
  ping: () => ({ op: "pong", d: {} }),
  pong: () => undefined,

  send: async (d, c) => {
    const ref = resolveConversation(c.socket.userId, d);
    const { conversationId: _c, to: _t, ...message } = d;
    return append(c, ref.id, message);
  },

  // Edits and recalls go through the same per-conversation queue as sends, so an edit
  // pipelined right after its message never overtakes it.
  edit: async (d, c) => {
    const ref = resolveConversation(c.socket.userId, d);
    return append(c, ref.id, { clientMsgId: d.clientMsgId, type: "edit", content: d.content, targetId: d.messageId });
  },

  recall: async (d, c) => {
    const ref = resolveConversation(c.socket.userId, d);
    return append(c, ref.id, { clientMsgId: d.clientMsgId, type: "recall", content: {}, targetId: d.messageId });
  },

  history: async (d, c) => {
    const ref = resolveConversation(c.socket.userId, { conversationId: d.conversationId });
    const page = await conversationService(c.env, ref).history({
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
    await actions.markDelivered(c, d.conversationId, d.seq);
    return OK;
  },

  typing: async (d, c) => {
    await actions.typing(c, d.conversationId, d.stop ?? false);
    return OK;
  },

  presence_query: async (d, c) => ({ op: "presence_result", d: { presences: await actions.presenceOf(c.env, d.userIds) } }),

  receipts: async (d, c) => {
    const ref = resolveConversation(c.socket.userId, d);
    return { op: "receipts_result", d: unwrap(await conversationService(c.env, ref).receipts(c.socket.userId, d.seqs)) };
  },

  readers: async (d, c) => {
    const ref = resolveConversation(c.socket.userId, d);
    return { op: "readers_result", d: unwrap(await conversationService(c.env, ref).readers(c.socket.userId, d.seq)) };
  },

  edits: async (d, c) => {
    const ref = resolveConversation(c.socket.userId, d);
    return { op: "edits_result", d: unwrap(await conversationService(c.env, ref).edits(c.socket.userId, d.messageId)) };
  },

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

  group_create: async (d, c) => ({ op: "group", d: await groupService(c.env).create(c.socket.userId, d) }),
  group_get: async (d, c) => ({ op: "group", d: await groupService(c.env).info(c.socket.userId, d.groupId) }),
  group_update: async (d, c) => ({ op: "group", d: await groupService(c.env).updateSettings(c.socket.userId, d.groupId, d.settings) }),
  group_add: async (d, c) => ({ op: "group", d: await groupService(c.env).addMembers(c.socket.userId, d.groupId, d.userIds) }),
  group_remove: async (d, c) => {
    await groupService(c.env).removeMember(c.socket.userId, d.groupId, d.userId);
    return OK;
  },
  group_member_update: async (d, c) => {
    const { groupId, userId, ...patch } = d;
    return { op: "group_member", d: await groupService(c.env).updateMember(c.socket.userId, groupId, userId, patch) };
  },
  group_transfer: async (d, c) => ({ op: "group", d: await groupService(c.env).transfer(c.socket.userId, d.groupId, d.userId) }),
  group_join: async (d, c) => ({ op: "group", d: await groupService(c.env).join(c.socket.userId, d.groupId) }),
  group_dissolve: async (d, c) => {
    await groupService(c.env).dissolve(c.socket.userId, d.groupId);
    return OK;
  },
  group_members: async (d, c) => ({
    op: "group_members_result",
    d: await groupService(c.env).members(c.socket.userId, d.groupId, d.limit ?? LIMITS.groupDefault, d.cursor),
  }),
  groups: async (d, c) => ({ op: "groups_result", d: await groupService(c.env).list(c.socket.userId, d.limit ?? LIMITS.groupDefault, d.cursor) }),
};

/** Runs one decoded packet and returns the reply to send back (undefined: none). */
export async function dispatch(packet: Packet, c: OpContext): Promise<Packet | undefined> {
  const { op, id } = packet;
  try {
    if (!Object.hasOwn(INBOUND, op)) throw new AppError("unknown_op", `op ${op} cannot be sent by clients`);
    const inbound = op as InboundOp;
    const payload = validate(INBOUND[inbound], packet.d ?? {}, `${op} payload`);
    const reply = await (HANDLERS[inbound] as (d: unknown, c: OpContext) => Reply | Promise<Reply>)(payload, c);
    if (!reply) return undefined;
    return id === undefined ? reply : { op: reply.op, id, d: reply.d };
  } catch (err) {
    const { error, unexpected } = toAppError(err);
    if (unexpected !== undefined) log.error("ws.op_failed", { op, userId: c.socket.userId, err: unexpected });
    return errorPacket(error, id);
  }
}
