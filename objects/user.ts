/**
 * UserDO: one per user. Holds every live connection of the user (all devices) with the
 * Hibernation API, routes their frames to the dispatcher, receives deliveries from
 * conversations and pushes them, and owns the user's conversation index and sync log.
 * Other services reach it through the message router (`receive`), never directly.
 */
import { abortSelf, pushDropRate, hookRandom } from "../workers/test-hooks.js";
import { AppError, fail, resultOf, type Result } from "../shared/errors.js";
import { decodeEnvelope } from "../shared/envelope.js";
import { parseConversationId } from "../shared/ids.js";
import { log } from "../shared/log.js";
import type { Block, ConversationState, Mention, Presence, Receipt } from "../shared/protocol.js";
import { decodeBinary, decodeJson, errorPacket, type Decoded, type Encoding, type Packet } from "../shared/wire.js";
import { configFrom, type Config } from "../workers/config.js";
import { METRICS } from "../workers/observability/catalog.js";
import { Inbox } from "../workers/router/inbox.js";
import { receiveEnvelope } from "../workers/router/receive.js";
import { handoffEnvelope, type Handoff } from "../workers/router/router.js";
import { CONNECT_ROUTE } from "../workers/router/routes.js";
import { zlibCompressor } from "./compression.js";
import { conversationService } from "./conversations.js";
import { publish } from "../workers/events/publisher.js";
import { EventOutbox } from "./log/event-outbox.js";
import { toWire, type StoredMessage } from "./log/message-log.js";
import { StoredObject } from "./stored-object.js";
import * as actions from "./user/actions.js";
import { Blocks } from "./user/blocks.js";
import { ConversationIndex } from "./user/conversation-index.js";
import { DeviceCursors, type DevicePosition } from "./user/device-cursors.js";
import { dispatch, type OpContext } from "./user/dispatch.js";
import { isQuotaName, OpLimiter, Quotas } from "./user/limits.js";
import { announcePresence, PresenceState } from "./user/presence.js";
import { PresenceEvents } from "./user/presence-events.js";
import { storedSettings, type RecipientSettings } from "./user/recipient-settings.js";
import { SendQueue } from "./user/send-queue.js";
import { CLOSE, closeQuietly, infoOf, Sockets, type SocketInfo } from "./user/sockets.js";
import { TypingThrottle } from "./user/typing.js";

/** Pings answered by the runtime itself, without waking a hibernated object. */
const AUTO_PING = '{"op":"ping"}';
const AUTO_PONG = '{"op":"pong"}';

/** A live connection, as the admin API lists it. */
export interface Connection {
  deviceId: string;
  sessionId: string;
  encoding: Encoding;
  compress: boolean;
  connectedAt: number;
}

/** This user's side of a message, for the per-message trace. */
export interface UserTrace {
  userId: string;
  /** Highest seq of the conversation this user's object has received. */
  lastSeq: number;
  readSeq: number;
  /** Highest seq any device of the user acknowledged. */
  deliveredSeq: number;
  devices: Array<DevicePosition & { connected: boolean }>;
}

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

export class UserDO extends StoredObject {
  private readonly config: Config;
  private readonly index: ConversationIndex;
  private readonly sockets: Sockets;
  private readonly sendQueue: SendQueue;
  private readonly events: EventOutbox;
  private readonly presenceEvents: PresenceEvents;
  private readonly settings: RecipientSettings;
  private readonly cursors: DeviceCursors;
  private readonly quotas: Quotas;
  private readonly inbox: Inbox;
  private readonly limiter: OpLimiter;
  private readonly blocks: Blocks;
  private readonly presenceState: PresenceState;
  private readonly typing: TypingThrottle;
  private owner: string | undefined;
  /** Test configurations only: the share of pushes dropped on purpose (0 in production). */
  private readonly pushDrop: number;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.config = configFrom(env);
    this.index = new ConversationIndex(ctx.storage.sql, this.meta);
    this.cursors = new DeviceCursors(ctx.storage.sql);
    this.quotas = new Quotas(ctx.storage.sql, this.config.limits);
    this.inbox = new Inbox(ctx.storage.sql);
    this.limiter = new OpLimiter(this.config.limits, Date.now());
    this.sockets = new Sockets(ctx, this.config.maxFrameBytes, { compressor: zlibCompressor, minBytes: this.config.compressMinBytes });
    this.sendQueue = new SendQueue((conversationId, items) =>
      conversationService(env, parseConversationId(conversationId)!, { source: "user", traceId: items[0]?.traceId }).send(items),
    );
    this.events = new EventOutbox(ctx.storage.sql, {
      publish: (batch) => publish(env.EVENTS, batch),
      scheduleAlarm: (at) => this.alarms.schedule(at),
    });
    this.presenceEvents = new PresenceEvents(this.meta, this.events, (fn) => ctx.storage.transactionSync(fn));
    this.blocks = new Blocks(ctx.storage.sql);
    this.presenceState = new PresenceState(this.meta);
    this.typing = new TypingThrottle(this.config.typingTtlMs);
    this.settings = storedSettings(this.index, this.blocks);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(AUTO_PING, AUTO_PONG));
    this.pushDrop = pushDropRate(env);
  }

  /** The router's entry: every call from another service arrives here as an envelope. */
  async receive(envelope: Uint8Array): Promise<Result<unknown>> {
    return receiveEnvelope(this, "user", envelope, this.inbox);
  }

  /** The WebSocket hand-off from the gateway, which has already authenticated the user. */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return new Response("expected a WebSocket upgrade", { status: 426 });
    const handoff = readHandoff(request);
    if (!handoff) return new Response("missing or malformed hand-off envelope", { status: 400 });
    const { userId, deviceId, sessionId, encoding } = handoff;
    this.claim(userId);
    // One socket per device (a reconnect replaces it), and at most maxDevices devices.
    const devices = new Set(this.sockets.all().map((ws) => infoOf(ws).deviceId));
    devices.delete(deviceId);
    if (devices.size >= this.config.limits.maxDevices) {
      METRICS.wsRefused.inc({ reason: "max_devices" });
      METRICS.rateLimited.inc({ limit: "devices" });
      const body = { error: { code: "rate_limited", message: `at most ${this.config.limits.maxDevices} devices may be connected at once; close another device`, retryAfterMs: 60_000 } };
      return new Response(JSON.stringify(body), { status: 429, headers: { "content-type": "application/json; charset=utf-8", "retry-after": "60" } });
    }
    const info: SocketInfo = { userId, deviceId, sessionId, encoding, connectedAt: Date.now(), ...(handoff.compress ? { compress: true } : {}) };
    const pair = new WebSocketPair();
    const server = pair[1];
    this.sockets.accept(server, info);
    METRICS.wsConnections.inc({ encoding });
    this.updatePresence(userId, { deviceId });
    this.sockets.send(server, {
      op: "auth_ok",
      d: {
        userId,
        deviceId,
        sessionId,
        serverTime: info.connectedAt,
        heartbeatMs: this.config.heartbeatMs,
        maxFrameBytes: this.config.maxFrameBytes,
        ...(info.compress ? { compression: "gzip" } : {}),
      },
    });
    return new Response(null, { status: 101, webSocket: pair[0], headers: handoff.protocol ? { "sec-websocket-protocol": handoff.protocol } : {} });
  }

  override async webSocketMessage(ws: WebSocket, data: string | ArrayBuffer): Promise<void> {
    // Frames still queued from a socket this object closed (replaced, logged out, flooding)
    // are dropped: nobody is left to answer.
    if (ws.readyState !== WebSocket.OPEN) return;
    const limits = { maxFrameBytes: this.config.maxFrameBytes };
    const kind: Encoding = typeof data === "string" ? "json" : "binary";
    let decoded: Decoded;
    if (typeof data === "string") {
      decoded = decodeJson(data, limits);
    } else {
      const bytes = new Uint8Array(data);
      if (bytes.length >= 8 && bytes[7] !== 0) METRICS.compressedFrames.inc({ direction: "in" });
      decoded = decodeBinary(bytes, limits, zlibCompressor);
    }
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
    if (this.limiter.flooding) {
      log.warn("ws.flood_closed", { userId: info.userId, deviceId: info.deviceId });
      closeQuietly(ws, CLOSE.flooding);
    }
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
    this.alarms.fired();
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
      const position = this.index.position(q.conversationId);
      const onlineDevices = [...new Set(this.sockets.all().filter((ws) => ws.readyState === WebSocket.READY_STATE_OPEN).map((ws) => infoOf(ws).deviceId))];
      return {
        onlineDevices,
        read: (position?.readSeq ?? 0) >= q.seq,
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
      const now = Date.now();
      const { fresh, lastSeq } = this.index.applyDelivery(userId, conversationId, messages, now);
      // Runs of messages that skip the same device go out together, keeping seq order per socket.
      let run: StoredMessage[] = [];
      const pushedTo = new Set<string>();
      const originOf = (m: StoredMessage) => (m.senderId === userId ? m.senderDevice : undefined);
      const flush = () => {
        const origin = originOf(run[0]!);
        const devices = this.sockets.push(
          run.map((m) => ({ op: "message", d: toWire(m) })),
          origin === undefined ? undefined : (s) => s.deviceId === origin,
        );
        for (const d of devices) pushedTo.add(d);
        run = [];
      };
      for (const m of fresh) {
        // A push is a hint: the chaos suite drops some to prove clients pull what they miss.
        if (this.pushDrop > 0 && hookRandom.next() < this.pushDrop) continue;
        if (run.length > 0 && originOf(run[0]!) !== originOf(m)) flush();
        run.push(m);
      }
      if (run.length > 0) flush();
      if (pushedTo.size > 0) this.cursors.pushed(conversationId, pushedTo, lastSeq, now);
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
    return resultOf(() => this.presenceState.of(userId, this.openSockets().length > 0, Date.now()));
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
    return resultOf(() => {
      this.claim(userId);
      const closed = this.sockets.closeSession(sessionId);
      this.updatePresence(userId);
      return { closed };
    });
  }

  /** Closes every socket of the user (force logout: 4003; ban: 4004). Returns how many were open. */
  async closeAll(userId: string, reason: "logout" | "banned"): Promise<Result<{ closed: number }>> {
    return resultOf(() => {
      this.claim(userId);
      const closed = this.sockets.closeAll(reason === "banned" ? CLOSE.banned : CLOSE.sessionEnded);
      this.updatePresence(userId);
      return { closed };
    });
  }

  /** The user's live connections. */
  async devices(userId: string): Promise<Result<{ connections: Connection[] }>> {
    return resultOf(() => {
      this.claim(userId);
      const connections = this.sockets.all().map((ws): Connection => {
        const i = infoOf(ws);
        return { deviceId: i.deviceId, sessionId: i.sessionId, encoding: i.encoding, compress: i.compress === true, connectedAt: i.connectedAt };
      });
      return { connections };
    });
  }

  /** Where a conversation stands for this user and each of their devices (per-message trace). */
  async traceMessage(userId: string, conversationId: string): Promise<Result<UserTrace>> {
    return resultOf(() => {
      this.claim(userId);
      const state = this.index.get(conversationId);
      const live = new Set(this.sockets.all().map((ws) => infoOf(ws).deviceId));
      const devices = this.cursors.of(conversationId).map((d) => ({ ...d, connected: live.has(d.deviceId) }));
      return { userId, lastSeq: state?.lastSeq ?? 0, readSeq: state?.readSeq ?? 0, deliveredSeq: state?.deliveredSeq ?? 0, devices };
    });
  }

  /**
   * Takes `cost` from one of the user's long-window quotas (e.g. `group_create`, per day).
   * Fails with `rate_limited` + retryAfterMs when exhausted. Deduplicated per call by the
   * router's inbox, so a retried call is not charged twice.
   */
  async consumeQuota(userId: string, name: string, cost = 1): Promise<Result<{ remaining: number }>> {
    if (!isQuotaName(name)) return fail("bad_request", `unknown quota ${name}`);
    return resultOf(() => {
      this.claim(userId);
      return this.quotas.consume(name, cost, Date.now());
    });
  }

  /** Test configurations only (the TEST_HOOKS var): resets this object as a crash would. */
  async testAbort(): Promise<void> {
    return abortSelf(this.ctx, this.env);
  }

  /** A round trip for readiness checks; touches storage so a broken object fails it. */
  async ping(): Promise<Result<{ at: number }>> {
    return resultOf(() => {
      this.meta.get("user_id");
      return { at: Date.now() };
    });
  }

  /**
   * When the set of open sockets crossed empty: publishes user.online / user.offline on the
   * bus, records when the user was last seen, and pushes the change to recent 1:1 peers and
   * small groups.
   */
  private updatePresence(userId: string, opts: { closing?: WebSocket; deviceId?: string } = {}): void {
    try {
      const now = Date.now();
      if (!this.presenceEvents.update(userId, this.sockets.all(), now, opts)) return;
      void this.events.flush();
      this.presenceState.touch(now);
      const online = this.openSockets(opts.closing).length > 0;
      const presence = this.presenceState.of(userId, online, now);
      this.ctx.waitUntil(announcePresence(this.env, this.index, presence).catch((err) => log.warn("presence.announce_failed", { err })));
    } catch (err) {
      // Presence is a hint: never let it break a connection.
      log.error("presence.update_failed", { userId, err });
    }
  }

  private openSockets(closing?: WebSocket): WebSocket[] {
    return this.sockets.all().filter((ws) => ws !== closing && ws.readyState === WebSocket.READY_STATE_OPEN);
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
      ...this.scope(socket.userId),
      socket,
      sendQueue: this.sendQueue,
      cursors: this.cursors,
      limiter: this.limiter,
      quotas: this.quotas,
      maxFrameBytes: this.config.maxFrameBytes,
      heartbeatMs: this.config.heartbeatMs,
    };
  }
}

/** The hand-off the gateway sent through the router, or undefined when it is not one. */
function readHandoff(request: Request): Handoff | undefined {
  const bytes = handoffEnvelope(request);
  if (!bytes) return undefined;
  try {
    const envelope = decodeEnvelope(bytes);
    if (envelope.messageType !== CONNECT_ROUTE.code) return undefined;
    const h = envelope.payload as Partial<Handoff> | null;
    if (!h || typeof h.userId !== "string" || typeof h.deviceId !== "string" || typeof h.sessionId !== "string") return undefined;
    return { ...h, encoding: h.encoding === "binary" ? "binary" : "json" } as Handoff;
  } catch {
    return undefined;
  }
}

