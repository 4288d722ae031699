/**
 * UserDO: one per user. Holds every live connection of the user (all devices) with the
 * Hibernation API, routes their frames to the dispatcher, receives deliveries from
 * conversations and pushes them, and owns the user's conversation index and sync log.
 */
import { DurableObject } from "cloudflare:workers";
import { AppError, ok, resultOf, type Result } from "../shared/errors.js";
import { parseConversationId } from "../shared/ids.js";
import { log } from "../shared/log.js";
import type { Block, ConversationState, Mention, Presence, Receipt } from "../shared/protocol.js";
import { decodeBinary, decodeJson, errorPacket, type Decoded, type Encoding, type Packet } from "../shared/wire.js";
import { configFrom, type Config } from "../workers/config.js";
import { conversationService } from "./conversations.js";
import { toWire, type StoredMessage } from "./log/message-log.js";
import { Meta } from "./meta.js";
import * as actions from "./user/actions.js";
import { Blocks } from "./user/blocks.js";
import { ConversationIndex } from "./user/conversation-index.js";
import { dispatch, type OpContext } from "./user/dispatch.js";
import { announcePresence, PresenceState } from "./user/presence.js";
import { SendQueue } from "./user/send-queue.js";
import { closeQuietly, infoOf, Sockets, type SocketInfo } from "./user/sockets.js";
import { TypingThrottle } from "./user/typing.js";

/** Headers the gateway sets when it hands an authenticated socket to this object. */
export const HANDOFF = {
  user: "x-im-user",
  device: "x-im-device",
  session: "x-im-session",
  encoding: "x-im-encoding",
  protocol: "x-im-protocol",
} as const;

/** Pings answered by the runtime itself, without waking a hibernated object. */
const AUTO_PING = '{"op":"ping"}';
const AUTO_PONG = '{"op":"pong"}';

export class UserDO extends DurableObject<Env> {
  private readonly config: Config;
  private readonly meta: Meta;
  private readonly index: ConversationIndex;
  private readonly sockets: Sockets;
  private readonly sendQueue: SendQueue;
  private readonly blocks: Blocks;
  private readonly presenceState: PresenceState;
  private readonly typing: TypingThrottle;
  private owner: string | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.config = configFrom(env);
    this.meta = new Meta(ctx.storage.sql);
    this.index = new ConversationIndex(ctx.storage.sql, this.meta);
    this.sockets = new Sockets(ctx, this.config.maxFrameBytes);
    this.sendQueue = new SendQueue((conversationId, items) => conversationService(env, parseConversationId(conversationId)!).send(items));
    this.blocks = new Blocks(ctx.storage.sql);
    this.presenceState = new PresenceState(this.meta);
    this.typing = new TypingThrottle(this.config.typingTtlMs);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(AUTO_PING, AUTO_PONG));
  }

  /** The WebSocket hand-off from the gateway, which has already authenticated the user. */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return new Response("expected a WebSocket upgrade", { status: 426 });
    const userId = request.headers.get(HANDOFF.user);
    const deviceId = request.headers.get(HANDOFF.device);
    const sessionId = request.headers.get(HANDOFF.session);
    if (!userId || !deviceId || !sessionId) return new Response("missing identity", { status: 400 });
    this.claim(userId);
    const encoding: Encoding = request.headers.get(HANDOFF.encoding) === "binary" ? "binary" : "json";
    const info: SocketInfo = { userId, deviceId, sessionId, encoding, connectedAt: Date.now() };
    const wasOnline = this.sockets.all().some((ws) => infoOf(ws).deviceId !== deviceId);
    const pair = new WebSocketPair();
    const server = pair[1];
    this.sockets.accept(server, info);
    if (!wasOnline) this.presenceChanged(userId, true);
    this.sockets.send(server, {
      op: "auth_ok",
      d: { userId, deviceId, sessionId, serverTime: info.connectedAt, heartbeatMs: this.config.heartbeatMs, maxFrameBytes: this.config.maxFrameBytes },
    });
    const protocol = request.headers.get(HANDOFF.protocol);
    return new Response(null, { status: 101, webSocket: pair[0], headers: protocol ? { "sec-websocket-protocol": protocol } : {} });
  }

  override async webSocketMessage(ws: WebSocket, data: string | ArrayBuffer): Promise<void> {
    const limits = { maxFrameBytes: this.config.maxFrameBytes };
    const kind: Encoding = typeof data === "string" ? "json" : "binary";
    const decoded: Decoded = typeof data === "string" ? decodeJson(data, limits) : decodeBinary(new Uint8Array(data), limits);
    let info = infoOf(ws);
    if (kind === "binary" && info.encoding !== "binary") {
      // A client that speaks binary wants its pushes in binary too.
      info = { ...info, encoding: "binary" };
      ws.serializeAttachment(info);
    }
    if (!decoded.ok) {
      this.sockets.send(ws, errorPacket(decoded.error, decoded.id), kind);
      return;
    }
    const reply = await dispatch(decoded.packet, this.opContext(info));
    if (reply) this.sockets.send(ws, reply, kind);
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    // Echo the close so the client's handshake completes; 1005/1006 cannot be sent.
    if (code >= 1000 && code <= 4999 && code !== 1005 && code !== 1006 && code !== 1015) closeQuietly(ws, { code, reason });
    this.socketGone(ws);
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    // The runtime closes the socket; the client reconnects and syncs.
    this.socketGone(ws);
  }

  /**
   * Delivery from a conversation's outbox: messages in seq order. Pushes the ones this user
   * has not seen to every device (not back to the sending device) and updates the index.
   * Returns the conversation's last seq as this user now knows it.
   */
  async deliver(userId: string, conversationId: string, messages: StoredMessage[]): Promise<Result<{ lastSeq: number }>> {
    return resultOf(() => {
      this.claim(userId);
      const { fresh, lastSeq } = this.index.applyDelivery(userId, conversationId, messages, Date.now());
      // Runs of messages that skip the same device go out together, keeping seq order per socket.
      let run: StoredMessage[] = [];
      const originOf = (m: StoredMessage) => (m.senderId === userId ? m.senderDevice : undefined);
      const flush = () => {
        const origin = originOf(run[0]!);
        this.sockets.push(
          run.map((m) => ({ op: "message", d: toWire(m) })),
          origin === undefined ? undefined : (s) => s.deviceId === origin,
        );
        run = [];
      };
      for (const m of fresh) {
        if (run.length > 0 && originOf(run[0]!) !== originOf(m)) flush();
        run.push(m);
      }
      if (run.length > 0) flush();
      return { lastSeq };
    });
  }

  /** The other user of a direct conversation read or received more: record it and tell every device. */
  async peerReceipt(userId: string, receipt: Receipt): Promise<Result<null>> {
    return resultOf(() => {
      this.claim(userId);
      const state = this.index.applyPeerReceipt(receipt.conversationId, receipt.userId, receipt.readSeq, receipt.deliveredSeq, Date.now());
      if (state) this.sockets.push([{ op: "receipt", d: { ...receipt, readSeq: state.peerReadSeq ?? 0, deliveredSeq: state.peerDeliveredSeq ?? 0 } }]);
      return null;
    });
  }

  /**
   * Ephemeral pushes (typing, presence) from `fromUserId`: sent to connected devices
   * unless this user blocked the sender; never stored. Returns how many sockets got them.
   */
  async signal(_userId: string, fromUserId: string, packets: Packet[]): Promise<Result<{ sockets: number }>> {
    return resultOf(() => {
      // No claim: a signal to a user who never connected must not create their state.
      const sockets = this.sockets.all().length;
      if (sockets === 0 || this.blocks.has(fromUserId)) return { sockets: 0 };
      this.sockets.push(packets);
      return { sockets };
    });
  }

  /** This user's presence: online while any device is connected, else when last seen. */
  async presence(userId: string): Promise<Result<Presence>> {
    return resultOf(() => this.presenceState.of(userId, this.sockets.all().length > 0, Date.now()));
  }

  /** `POST /v1/conversations/:id/read`. Errors: `not_found`. */
  async markRead(userId: string, conversationId: string, seq: number): Promise<Result<ConversationState>> {
    return resultOf(() => {
      this.claim(userId);
      return actions.markRead(this.scope(userId), conversationId, seq);
    });
  }

  /** `PATCH /v1/conversations/:id` (pin, mute). Errors: `not_found`. */
  async updateConversation(userId: string, conversationId: string, settings: { pinned?: boolean | undefined; muted?: boolean | undefined }): Promise<Result<ConversationState>> {
    return resultOf(() => {
      this.claim(userId);
      return actions.updateConversation(this.scope(userId), conversationId, settings);
    });
  }

  /** Delete for me. Errors: `forbidden`, `not_found`. */
  async deleteForMe(userId: string, conversationId: string, messageIds: string[]): Promise<Result<{ conversationId: string; messageIds: string[] }>> {
    return resultOf(() => {
      this.claim(userId);
      return actions.deleteForMe(this.scope(userId), conversationId, messageIds);
    });
  }

  /** Errors: `bad_request`, `not_found`. */
  async block(userId: string, target: string): Promise<Result<Block>> {
    return resultOf(() => {
      this.claim(userId);
      return actions.block(this.scope(userId), target);
    });
  }

  /** Errors: `bad_request`, `not_found`. */
  async unblock(userId: string, target: string): Promise<Result<null>> {
    return resultOf(async () => {
      this.claim(userId);
      await actions.unblock(this.scope(userId), target);
      return null;
    });
  }

  async listBlocks(userId: string): Promise<Result<{ blocks: Block[] }>> {
    return resultOf(() => {
      this.claim(userId);
      return { blocks: this.blocks.list() };
    });
  }

  async listMentions(userId: string, limit: number, cursor?: number): Promise<Result<{ mentions: Mention[]; nextCursor?: number }>> {
    return resultOf(() => {
      this.claim(userId);
      return this.index.mentions.list(limit, cursor);
    });
  }

  /** The conversation list for `GET /v1/conversations`. */
  async listConversations(userId: string, limit: number, cursor?: number): Promise<Result<{ conversations: ConversationState[]; nextCursor?: number }>> {
    return resultOf(() => {
      this.claim(userId);
      return this.index.list(limit, cursor);
    });
  }

  /** Closes the sockets of a session (logout). Returns how many were open. */
  async closeSession(userId: string, sessionId: string): Promise<Result<{ closed: number }>> {
    this.claim(userId);
    return ok({ closed: this.sockets.closeSession(sessionId) });
  }

  /** Binds this object to its user on first use; a mismatch is a routing bug. */
  private claim(userId: string): void {
    this.owner ??= this.meta.get("user_id");
    if (this.owner === undefined) {
      this.meta.set("user_id", userId);
      this.owner = userId;
    } else if (this.owner !== userId) {
      throw new AppError("internal", "user object addressed with another user's id");
    }
  }

  /** The last device left: record when, and tell peers. */
  private socketGone(ws: WebSocket): void {
    const info = infoOf(ws);
    if (this.sockets.all().some((s) => s !== ws)) return;
    this.presenceChanged(info.userId, false);
  }

  private presenceChanged(userId: string, online: boolean): void {
    const now = Date.now();
    this.presenceState.touch(now);
    const presence = this.presenceState.of(userId, online, now);
    this.ctx.waitUntil(announcePresence(this.env, this.index, presence).catch((err) => log.warn("presence.announce_failed", { err })));
  }

  private scope(userId: string): actions.UserScope {
    return {
      userId,
      env: this.env,
      config: this.config,
      index: this.index,
      sockets: this.sockets,
      blocks: this.blocks,
      typing: this.typing,
      now: Date.now,
    };
  }

  private opContext(socket: SocketInfo): OpContext {
    return {
      ...this.scope(socket.userId),
      socket,
      sendQueue: this.sendQueue,
      maxFrameBytes: this.config.maxFrameBytes,
      heartbeatMs: this.config.heartbeatMs,
    };
  }
}
