/**
 * UserDO: one per user. Holds every live connection of the user (all devices) with the
 * Hibernation API, routes their frames to the dispatcher, receives deliveries from
 * conversations and pushes them, and owns the user's conversation index and sync log.
 */
import { DurableObject } from "cloudflare:workers";
import { AppError, ok, resultOf, type Result } from "../shared/errors.js";
import { parseConversationId } from "../shared/ids.js";
import { log } from "../shared/log.js";
import type { ConversationState } from "../shared/protocol.js";
import { decodeBinary, decodeJson, errorPacket, type Decoded, type Encoding } from "../shared/wire.js";
import { configFrom, type Config } from "../workers/config.js";
import { conversationService } from "./conversations.js";
import { publish } from "../workers/events/publisher.js";
import { EventOutbox } from "./log/event-outbox.js";
import { toWire, type StoredMessage } from "./log/message-log.js";
import { Meta } from "./meta.js";
import { ConversationIndex } from "./user/conversation-index.js";
import { dispatch, type OpContext } from "./user/dispatch.js";
import { PresenceEvents } from "./user/presence-events.js";
import { storedSettings, type RecipientSettings } from "./user/recipient-settings.js";
import { SendQueue } from "./user/send-queue.js";
import { closeQuietly, infoOf, Sockets, type SocketInfo } from "./user/sockets.js";

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

/** What the notification service needs to know about a recipient, for one message. */
export interface NotificationContext {
  /** Devices with an open connection right now. */
  onlineDevices: string[];
  /** The user already read this message (on another device). */
  read: boolean;
  muted: boolean;
  blocked: boolean;
  /** Total unread messages, this one included. */
  badge: number;
}

export class UserDO extends DurableObject<Env> {
  private readonly config: Config;
  private readonly meta: Meta;
  private readonly index: ConversationIndex;
  private readonly sockets: Sockets;
  private readonly sendQueue: SendQueue;
  private readonly events: EventOutbox;
  private readonly presenceEvents: PresenceEvents;
  private readonly settings: RecipientSettings;
  private owner: string | undefined;
  private alarmAt: number | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.config = configFrom(env);
    this.meta = new Meta(ctx.storage.sql);
    this.index = new ConversationIndex(ctx.storage.sql, this.meta);
    this.sockets = new Sockets(ctx, this.config.maxFrameBytes);
    this.sendQueue = new SendQueue((conversationId, items) => conversationService(env, parseConversationId(conversationId)!).send(items));
    this.events = new EventOutbox(ctx.storage.sql, {
      publish: (batch) => publish(env.EVENTS, batch),
      scheduleAlarm: (at) => this.scheduleAlarm(at),
    });
    this.presenceEvents = new PresenceEvents(this.meta, this.events, (fn) => ctx.storage.transactionSync(fn));
    this.settings = storedSettings(ctx.storage.sql);
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
    const pair = new WebSocketPair();
    const server = pair[1];
    this.sockets.accept(server, info);
    this.updatePresence(userId, { deviceId });
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
    this.updatePresence(infoOf(ws).userId, { closing: ws });
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    // The runtime closes the socket; the client reconnects and syncs.
    this.updatePresence(infoOf(ws).userId, { closing: ws });
  }

  override async alarm(): Promise<void> {
    this.alarmAt = undefined;
    await this.events.onAlarm();
  }

  /**
   * For the notification service: whether this user should hear about message `seq` of
   * `conversationId` from `senderId`, and the badge to show. Read-only.
   */
  async notificationContext(userId: string, q: { conversationId: string; seq: number; senderId: string }): Promise<Result<NotificationContext>> {
    return resultOf(() => {
      this.claim(userId);
      const now = Date.now();
      const state = this.index.get(q.conversationId);
      const onlineDevices = [...new Set(this.sockets.all().filter((ws) => ws.readyState === WebSocket.READY_STATE_OPEN).map((ws) => infoOf(ws).deviceId))];
      return {
        onlineDevices,
        read: (state?.readSeq ?? 0) >= q.seq,
        muted: this.settings.isMuted(q.conversationId, now),
        blocked: this.settings.hasBlocked(q.senderId),
        badge: this.index.totalUnread({ conversationId: q.conversationId, seq: q.seq }),
      };
    });
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
    const closed = this.sockets.closeSession(sessionId);
    this.updatePresence(userId);
    return ok({ closed });
  }

  /** Publishes user.online / user.offline when the set of open sockets crossed empty. */
  private updatePresence(userId: string, opts: { closing?: WebSocket; deviceId?: string } = {}): void {
    try {
      if (this.presenceEvents.update(userId, this.sockets.all(), Date.now(), opts)) void this.events.flush();
    } catch (err) {
      // Presence is a hint: never let it break a connection.
      log.error("presence.update_failed", { userId, err });
    }
  }

  private scheduleAlarm(at: number): void {
    if (this.alarmAt !== undefined && this.alarmAt <= at) return;
    this.alarmAt = at;
    void this.ctx.storage.setAlarm(at);
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

  private opContext(socket: SocketInfo): OpContext {
    return {
      socket,
      env: this.env,
      index: this.index,
      sockets: this.sockets,
      sendQueue: this.sendQueue,
      maxFrameBytes: this.config.maxFrameBytes,
      heartbeatMs: this.config.heartbeatMs,
      now: Date.now,
    };
  }
}
