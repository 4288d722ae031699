/**
 * One logical connection that survives any number of sockets: drives the state machine
 * (state.ts), opens sockets with a fresh token each time, decodes frames with the shared
 * codec, runs heartbeats and matches replies to requests. What the frames *mean* is the
 * client's business (client.ts); this file only moves them.
 */
import type { AuthOk } from "../../shared/protocol.js";
import type { OpName } from "../../shared/ops.js";
import { decodeBinary, decodeJson, encodePacket, type Encoding, type Packet } from "../../shared/wire.js";
import type { BackoffOptions } from "./backoff.js";
import type { Clock, TimerHandle } from "./clock.js";
import { ChatError, errorFromPayload } from "./errors.js";
import * as normalize from "./normalize.js";
import { Requests } from "./requests.js";
import { OPEN, type SocketConstructor, type SocketLike } from "./socket.js";
import { INITIAL, step, type ConnectionState, type Effect, type MachineEvent, type MachineState } from "./state.js";

/** Why the SDK asks for a token: the app's provider refreshes when `failedBefore` says so. */
export interface TokenRequest {
  /** 0 for the first connect, then the reconnect attempt number. */
  attempt: number;
  /** The previous socket failed before the server accepted it: the token may be stale. */
  failedBefore: boolean;
  /** The server refused the token outright (seen where the platform exposes the 401). */
  rejected: boolean;
}
export type TokenProvider = (request: TokenRequest) => string | Promise<string>;

export interface StateChange {
  state: ConnectionState;
  previous: ConnectionState;
  reason?: string;
  /** While reconnecting: the delay before the next attempt. */
  retryInMs?: number;
  attempt: number;
}

export interface ConnectionOptions {
  url: string;
  token: TokenProvider;
  WebSocket: SocketConstructor;
  encoding: Encoding;
  deviceId?: string;
  /** Where the token travels: a subprotocol entry (kept out of URLs and logs) or `?token=`. */
  tokenIn: "protocol" | "query";
  backoff: BackoffOptions;
  /** Ping interval; 0 takes the server's `heartbeatMs` from auth_ok. */
  heartbeatMs: number;
  /** How long after a ping without any frame the socket counts as dead. */
  pongTimeoutMs: number;
  /** Time allowed from opening a socket to `auth_ok`. */
  connectTimeoutMs: number;
  clock: Clock;
  random: () => number;
}

export interface ConnectionHandlers {
  state(change: StateChange): void;
  /** The server accepted a socket (auth_ok): sync and flush queues now. */
  open(auth: AuthOk): void;
  /** A push (a packet without a request id). */
  push(packet: Packet): void;
  /** A failure not tied to a request (bad frame, fatal close). */
  error(err: ChatError): void;
}

/** Close codes the server uses (objects/user/sockets.ts); both end the connection for good. */
const FATAL_CLOSES: Record<number, { reason: string; error: ChatError }> = {
  4001: { reason: "replaced", error: new ChatError("conflict", "this device connected again elsewhere; this connection was replaced") },
  4003: { reason: "session_ended", error: new ChatError("unauthorized", "the session has ended (logged out or revoked)") },
};

/** Inbound frames are bounded by the server's own limit; this only guards against garbage. */
const INBOUND_LIMIT = { maxFrameBytes: 4 * 1024 * 1024 };

const SUBPROTOCOL = "imserver.v1";

export class Connection {
  private machine: MachineState = INITIAL;
  private socket: SocketLike | undefined;
  private generation = 0;
  private authed = false;
  private auth: AuthOk | undefined;
  private retryTimer: TimerHandle | undefined;
  private pingTimer: TimerHandle | undefined;
  private deadTimer: TimerHandle | undefined;
  private connectTimer: TimerHandle | undefined;
  private failedBefore = false;
  private rejected = false;
  readonly requests: Requests;

  constructor(
    private readonly o: ConnectionOptions,
    private readonly on: ConnectionHandlers,
  ) {
    this.requests = new Requests(o.clock);
  }

  get state(): ConnectionState {
    return this.machine.state;
  }

  get isOpen(): boolean {
    return this.machine.state === "connected" && this.authed;
  }

  get session(): AuthOk | undefined {
    return this.auth;
  }

  get maxFrameBytes(): number {
    return this.auth?.maxFrameBytes || 65_536;
  }

  connect(): void {
    this.dispatch({ type: "connect" });
  }

  close(reason = "closed by the app"): void {
    this.dispatch({ type: "close", reason });
  }

  /** Drops the current socket and reconnects through the normal backoff path. */
  drop(reason = "dropped by the app"): void {
    this.dispatch({ type: "lost", reason });
  }

  /** The network is back: retry now rather than after the remaining delay. */
  online(): void {
    this.dispatch({ type: "online" });
  }

  /** Sends a request and resolves with its reply; rejects with a ChatError. */
  async request(op: OpName, d: unknown, timeoutMs: number): Promise<{ op: OpName; d: unknown }> {
    if (!this.isOpen) throw new ChatError("disconnected", `cannot ${op}: not connected`);
    const { id, reply } = this.requests.start(op, timeoutMs);
    try {
      this.write({ op, id, d });
    } catch (err) {
      this.requests.settle(id, op, undefined, toChatError(err));
    }
    return reply;
  }

  /** Sends a packet that expects no reply. Returns false when there is no open socket. */
  post(packet: Packet): boolean {
    if (!this.isOpen) return false;
    this.write(packet);
    return true;
  }

  private write(packet: Packet): void {
    const frame = encodePacket(packet, this.o.encoding, { maxFrameBytes: this.maxFrameBytes });
    this.socket!.send(frame);
  }

  private dispatch(event: MachineEvent): void {
    const before = this.machine;
    const { next, effects } = step(before, event, { now: this.o.clock.now(), backoff: this.o.backoff, random: this.o.random });
    this.machine = next;
    for (const effect of effects) this.run(effect);
    if (next.state !== before.state || (next.state === "reconnecting" && next.retryInMs !== before.retryInMs && !next.socket)) {
      const change: StateChange = { state: next.state, previous: before.state, attempt: next.attempt };
      if (next.reason) change.reason = next.reason;
      if (next.retryInMs !== undefined && !next.socket) change.retryInMs = next.retryInMs;
      this.on.state(change);
    }
  }

  private run(effect: Effect): void {
    switch (effect.type) {
      case "openSocket":
        void this.openSocket();
        return;
      case "closeSocket":
        this.teardown(effect.reason);
        return;
      case "scheduleRetry":
        this.clearTimer("retryTimer");
        this.retryTimer = this.o.clock.setTimeout(() => {
          this.retryTimer = undefined;
          this.dispatch({ type: "retry" });
        }, effect.delayMs);
        return;
      case "cancelRetry":
        this.clearTimer("retryTimer");
        return;
    }
  }

  private async openSocket(): Promise<void> {
    const generation = ++this.generation;
    let token: string;
    try {
      token = await this.o.token({ attempt: this.machine.attempt, failedBefore: this.failedBefore, rejected: this.rejected });
    } catch (err) {
      if (generation !== this.generation) return;
      const error = toChatError(err);
      this.on.error(error);
      // An app that cannot produce a token (refresh refused) cannot connect at all.
      this.dispatch(error.code === "unauthorized" || error.code === "token_expired" ? { type: "fatal", reason: error.code } : { type: "lost", reason: `no token: ${error.message}` });
      return;
    }
    if (generation !== this.generation || !this.machine.socket) return;
    const params = new URLSearchParams({ encoding: this.o.encoding });
    if (this.o.deviceId) params.set("deviceId", this.o.deviceId);
    if (this.o.tokenIn === "query") params.set("token", token);
    const url = `${wsBase(this.o.url)}/v1/ws?${params}`;
    let socket: SocketLike;
    try {
      socket = this.o.tokenIn === "protocol" ? new this.o.WebSocket(url, [SUBPROTOCOL, token]) : new this.o.WebSocket(url);
    } catch (err) {
      this.on.error(new ChatError("bad_request", `cannot open a WebSocket to ${url.split("?")[0]}: ${(err as Error).message}`));
      this.dispatch({ type: "fatal", reason: "invalid url" });
      return;
    }
    socket.binaryType = "arraybuffer";
    this.socket = socket;
    this.authed = false;
    this.connectTimer = this.o.clock.setTimeout(() => {
      if (generation === this.generation) this.lost(generation, "connect timeout", true);
    }, this.o.connectTimeoutMs);
    socket.onmessage = (event) => {
      if (generation === this.generation) this.receive(event.data);
    };
    socket.onerror = (event) => {
      // Node's `ws` tells us when the upgrade was refused with 401; browsers never do.
      const message = (event as { message?: unknown } | null)?.message;
      if (generation === this.generation && typeof message === "string" && /\b401\b/.test(message)) this.rejected = true;
    };
    socket.onclose = (event) => {
      if (generation !== this.generation) return;
      const fatal = FATAL_CLOSES[event.code];
      if (fatal) {
        this.on.error(fatal.error);
        this.dispatch({ type: "fatal", reason: fatal.reason });
        return;
      }
      this.lost(generation, `socket closed (${event.code}${event.reason ? ` ${event.reason}` : ""})`, !this.authed);
    };
  }

  private lost(generation: number, reason: string, beforeAuth: boolean): void {
    if (generation !== this.generation) return;
    if (beforeAuth) this.failedBefore = true;
    this.dispatch({ type: "lost", reason });
  }

  private receive(data: unknown): void {
    this.armDeadline();
    const decoded = typeof data === "string" ? decodeJson(data, INBOUND_LIMIT) : decodeBinary(toBytes(data), INBOUND_LIMIT);
    if (!decoded.ok) {
      // An op this SDK version does not know (a newer server) is skipped, not fatal.
      if (decoded.error.code !== "unknown_op") this.on.error(new ChatError("bad_response", `unreadable frame: ${decoded.error.message}`));
      return;
    }
    const packet = decoded.packet;
    if (packet.op === "auth_ok") return this.accepted(packet.d);
    if (packet.op === "pong" || packet.op === "ping") {
      if (packet.op === "ping") this.post({ op: "pong", ...(packet.id ? { id: packet.id } : {}), d: {} });
      return;
    }
    const error = packet.op === "error" ? errorFromPayload(normalize.errorPayload(packet.d)) : undefined;
    if (packet.id !== undefined && this.requests.settle(packet.id, packet.op, packet.d, error)) return;
    if (error) {
      // An error no request waits for (no id, or its request already timed out).
      this.on.error(error);
      return;
    }
    this.on.push(packet);
  }

  private accepted(d: unknown): void {
    const auth = normalize.authOk(d);
    if (!auth) {
      this.on.error(new ChatError("bad_response", "auth_ok without a user id"));
      return;
    }
    this.clearTimer("connectTimer");
    this.auth = auth;
    this.authed = true;
    this.failedBefore = false;
    this.rejected = false;
    this.dispatch({ type: "authOk" });
    this.schedulePing();
    this.on.open(auth);
  }

  private schedulePing(): void {
    const interval = this.o.heartbeatMs || this.auth?.heartbeatMs || 60_000;
    const generation = this.generation;
    this.clearTimer("pingTimer");
    this.pingTimer = this.o.clock.setTimeout(() => {
      if (generation !== this.generation || !this.isOpen) return;
      // The exact text the server's runtime answers without waking the user's object.
      this.socket?.send('{"op":"ping"}');
      this.armDeadline(true);
      this.schedulePing();
    }, interval);
  }

  /** Any frame proves the socket alive; after a ping, silence past the timeout kills it. */
  private armDeadline(afterPing = false): void {
    if (!afterPing) {
      this.clearTimer("deadTimer");
      return;
    }
    if (this.deadTimer !== undefined) return;
    const generation = this.generation;
    this.deadTimer = this.o.clock.setTimeout(() => {
      this.deadTimer = undefined;
      this.lost(generation, "heartbeat timeout", false);
    }, this.o.pongTimeoutMs);
  }

  private teardown(reason: string): void {
    this.generation++;
    this.authed = false;
    for (const t of ["pingTimer", "deadTimer", "connectTimer"] as const) this.clearTimer(t);
    const socket = this.socket;
    this.socket = undefined;
    if (socket) {
      socket.onmessage = socket.onclose = socket.onerror = socket.onopen = null;
      try {
        if (socket.readyState <= OPEN) socket.close(1000, reason.slice(0, 100));
      } catch {
        // Already closing.
      }
    }
    this.requests.failAll(new ChatError("disconnected", `connection lost: ${reason}`));
  }

  private clearTimer(name: "retryTimer" | "pingTimer" | "deadTimer" | "connectTimer"): void {
    const t = this[name];
    if (t !== undefined) this.o.clock.clearTimeout(t);
    this[name] = undefined;
  }
}

/** `http(s)://host[/base]` → `ws(s)://host[/base]`; ws URLs pass through. */
export function wsBase(url: string): string {
  const trimmed = url.replace(/\/+$/, "");
  if (/^wss?:\/\//i.test(trimmed)) return trimmed;
  if (/^https:\/\//i.test(trimmed)) return `wss://${trimmed.slice(8)}`;
  if (/^http:\/\//i.test(trimmed)) return `ws://${trimmed.slice(7)}`;
  throw new ChatError("bad_request", `server url must start with http(s):// or ws(s)://, got ${url}`);
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (Array.isArray(data)) {
    // `ws` may hand over fragments as Buffer[] when binaryType is "fragments".
    const parts = data as Uint8Array[];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let offset = 0;
    for (const p of parts) {
      out.set(p, offset);
      offset += p.byteLength;
    }
    return out;
  }
  return new Uint8Array(0);
}

export function toChatError(err: unknown): ChatError {
  if (err instanceof ChatError) return err;
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e?.code === "string" && typeof e.message === "string") return errorFromPayload({ code: e.code, message: e.message });
  return new ChatError("internal", err instanceof Error ? err.message : String(err));
}
