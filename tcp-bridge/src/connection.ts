/**
 * One TCP client and its upstream WebSocket. The bridge reads frames with the shared
 * FrameDecoder, answers PING itself, turns the first AUTH into an authenticated upstream
 * socket, then relays frames both ways byte for byte with backpressure in each direction.
 * Every failure ends in an ERROR frame (when the client can still read one) and a close of
 * this connection only.
 */
import type { Socket } from "node:net";
import { performance } from "node:perf_hooks";
import type { Logger } from "pino";
import type WebSocket from "ws";
import { AppError } from "../../shared/errors.js";
import { decodeFrame, FrameDecoder, type DecodedFrame, type FrameLimits } from "../../shared/frame.js";
import { TYPE } from "../../shared/ops.js";
import type { BridgeConfig } from "./config.js";
import { authOkFrame, errorFrame, peekType, pongFrame, readAuth, readPacket } from "./frames.js";
import type { BridgeMetrics, CloseReason } from "./metrics.js";
import { connectUpstream, upstreamCloseOutcome, type UpstreamError } from "./upstream.js";

type State = "awaiting_auth" | "authenticating" | "open" | "closing" | "closed";

/**
 * Why reading from the client is paused; it resumes when no reason is left. `drain`: the
 * client is not reading what we send it (relayed frames, or PONGs to a PING flood).
 */
type PauseReason = "auth" | "upstream" | "drain";

export interface ConnectionDeps {
  config: BridgeConfig;
  metrics: BridgeMetrics;
  log: Logger;
  /** Called once, when the socket has closed. */
  onClosed(connection: ClientConnection): void;
}

const EMPTY_PONG = pongFrame(undefined, { maxFrameBytes: 64 });

/** How long a closing client may take to read its ERROR frame before it is cut. */
const LINGER_MS = 2_000;

export class ClientConnection {
  private state: State = "awaiting_auth";
  private readonly decoder: FrameDecoder;
  private readonly limits: FrameLimits;
  private readonly log: Logger;
  private readonly abort = new AbortController();
  private upstream: WebSocket | undefined;
  /** Frames read while the upstream was opening; the socket is paused, so at most one read. */
  private pendingUp: Uint8Array[] = [];
  /** Upstream frames that arrived in the same read as `auth_ok`. */
  private pendingDown: Buffer[] = [];
  private readonly paused = new Set<PauseReason>();
  /** Bytes given to the upstream socket and not yet flushed. */
  private upBuffered = 0;
  private lastUpstreamSeen = 0;
  private pingSentAt: number | undefined;
  private frameStarted = false;
  private closeReason: CloseReason | undefined;
  private readonly timers: {
    idle: NodeJS.Timeout;
    auth: NodeJS.Timeout | undefined;
    frame: NodeJS.Timeout | undefined;
    slow: NodeJS.Timeout | undefined;
    ping: NodeJS.Timeout | undefined;
    linger: NodeJS.Timeout | undefined;
  };

  constructor(
    readonly socket: Socket,
    readonly id: string,
    private readonly deps: ConnectionDeps,
  ) {
    const { config } = deps;
    this.limits = { maxFrameBytes: config.maxFrameBytes };
    this.decoder = new FrameDecoder(this.limits);
    this.log = deps.log.child({ conn: id, remote: socket.remoteAddress });
    this.timers = {
      idle: setTimeout(() => this.onIdle(), config.idleTimeoutMs),
      auth: setTimeout(
        () => this.fail(new AppError("timeout", `no AUTH frame within ${config.authTimeoutMs} ms`), "auth_timeout"),
        config.authTimeoutMs,
      ),
      frame: undefined,
      slow: undefined,
      ping: undefined,
      linger: undefined,
    };
    socket.setNoDelay(true);
    socket.setKeepAlive(true, config.heartbeatMs);
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    socket.on("drain", () => this.onDrain());
    socket.on("error", (err: NodeJS.ErrnoException) => this.log.debug({ err: err.code ?? err.message }, "client socket error"));
    socket.on("close", (hadError: boolean) => this.onSocketClose(hadError));
    this.log.debug("connected");
  }

  get isAuthenticated(): boolean {
    return this.state === "open";
  }

  /** Closing or closed: nothing more is read, relayed or answered. */
  private get ending(): boolean {
    return this.state === "closing" || this.state === "closed";
  }

  /** Tells the client the bridge is going away; it keeps relaying until `close`. */
  notifyShutdown(): void {
    if (this.ending) return;
    const notice = new AppError("unavailable", "the bridge is shutting down: reconnect (another instance will take you)");
    if (this.state !== "open") {
      this.fail(notice, "shutdown");
      return;
    }
    this.write(errorFrame(notice, undefined, this.limits), TYPE.ERROR);
  }

  /** Ends the connection: the upstream socket closes and the client gets a FIN. */
  close(reason: CloseReason): void {
    if (this.ending) return;
    const wasOpen = this.state === "open";
    this.state = "closing";
    this.closeReason = reason;
    for (const key of ["idle", "auth", "frame", "slow", "ping"] as const) clearTimeout(this.timers[key]);
    this.abort.abort();
    if (wasOpen) this.deps.metrics.authenticated.dec();
    const ws = this.upstream;
    if (ws && ws.readyState === ws.OPEN) ws.close(reason === "shutdown" ? 1001 : 1000, reason);
    else ws?.terminate();
    this.pendingUp = [];
    this.pendingDown = [];
    // A paused upstream would never read the Worker's close frame.
    ws?.resume();
    if (this.socket.destroyed) return;
    // Half-close after what is queued, keep reading (and discarding) to see the client's
    // FIN, and cut a client that never reads or never closes.
    this.socket.end();
    this.socket.resume();
    this.timers.linger = setTimeout(() => this.socket.destroy(), LINGER_MS);
  }

  private onData(chunk: Buffer): void {
    if (this.ending) return;
    // Everything written while handling one read (PONGs, ERRORs) leaves in one syscall.
    this.socket.cork();
    try {
      this.handleData(chunk);
    } finally {
      this.socket.uncork();
    }
    this.checkDownstream();
  }

  private handleData(chunk: Buffer): void {
    this.timers.idle.refresh();
    let frames: DecodedFrame[];
    try {
      frames = this.decoder.push(chunk);
    } catch (err) {
      // A bad header: framing is lost, the connection cannot continue.
      this.fail(err instanceof AppError ? err : new AppError("invalid_frame", "undecodable frame"), "protocol_error");
      return;
    }
    this.trackFrameDeadline(frames.length > 0);
    for (const frame of frames) {
      if (this.ending) return;
      this.onFrame(frame);
    }
    // Frames before a bad header in the same read were handled; now the header's error.
    const failure = this.decoder.failure;
    if (failure) this.fail(failure, "protocol_error");
  }

  /**
   * Starts the deadline when a frame begins and stops it when none is partial. A trickle
   * never moves it: only a completed frame starts the clock again for the next one.
   */
  private trackFrameDeadline(completedAny: boolean): void {
    const partial = this.decoder.pendingBytes > 0;
    if (!partial || completedAny) {
      clearTimeout(this.timers.frame);
      this.frameStarted = false;
    }
    if (partial && !this.frameStarted) {
      this.frameStarted = true;
      const { frameDeadlineMs } = this.deps.config;
      this.timers.frame = setTimeout(() => this.onFrameDeadline(), frameDeadlineMs);
    }
  }

  private onFrameDeadline(): void {
    // Our own pause (backpressure) is not the client's slowness.
    if (this.paused.size > 0) {
      this.timers.frame?.refresh();
      return;
    }
    const { frameDeadlineMs } = this.deps.config;
    this.fail(new AppError("timeout", `frame not completed within ${frameDeadlineMs} ms`), "frame_deadline");
  }

  private onIdle(): void {
    if (this.paused.size > 0) {
      this.timers.idle.refresh();
      return;
    }
    const { idleTimeoutMs, heartbeatMs } = this.deps.config;
    this.fail(new AppError("timeout", `nothing received for ${idleTimeoutMs} ms: send PING every ${heartbeatMs} ms`), "idle_timeout");
  }

  private onFrame(frame: DecodedFrame): void {
    this.deps.metrics.frame("in", frame.type, frame.bytes.length);
    if (frame.type === TYPE.PING) return this.answerPing(frame);
    switch (this.state) {
      case "awaiting_auth":
        if (frame.type === TYPE.AUTH) return this.startAuth(frame);
        return this.fail(new AppError("unauthorized", "the first frame must be AUTH (type 1); only PING may come before it"), "protocol_error");
      case "authenticating":
        this.pendingUp.push(frame.bytes);
        return;
      case "open":
        // A second AUTH goes upstream too: the UserDO answers it with a coded error.
        // Relayed as received, flags byte included: the UserDO inflates a gzip body itself.
        return this.relayUp(frame.bytes, performance.now());
    }
  }

  private answerPing(frame: DecodedFrame): void {
    if (frame.body.length === 0) {
      // The contract's bare PING (probes, load balancers): a constant answer, no decoding.
      this.write(EMPTY_PONG, TYPE.PONG);
      return;
    }
    const decoded = readPacket(frame, this.limits);
    // A malformed PING body leaves framing intact: answer the error, keep the connection.
    if (!decoded.ok) this.write(errorFrame(decoded.error, decoded.id, this.limits), TYPE.ERROR);
    else this.write(pongFrame(decoded.packet.id, this.limits), TYPE.PONG);
  }

  private startAuth(frame: DecodedFrame): void {
    clearTimeout(this.timers.auth);
    const read = readAuth(frame, this.limits);
    if (!read.ok) return this.authFailed(read.error, read.id);
    const { auth } = read;
    this.state = "authenticating";
    this.pause("auth");
    const started = performance.now();
    const { config, metrics } = this.deps;
    connectUpstream(
      { url: config.upstream.url, connectTimeoutMs: config.upstream.connectTimeoutMs, maxFrameBytes: config.maxFrameBytes },
      { token: auth.token, deviceId: auth.deviceId },
      {
        onMessage: (data) => this.onUpstreamMessage(data),
        onText: () => this.log.warn("upstream sent a text message; dropped"),
        onPong: () => this.onUpstreamPong(),
        onClose: (code, reason) => this.onUpstreamClose(code, reason),
      },
      this.abort.signal,
    ).then(
      ({ ws, authOk }) => {
        if (this.state !== "authenticating") {
          ws.terminate();
          return;
        }
        metrics.upstreamConnects.inc({ result: "ok" });
        let answer: Uint8Array;
        try {
          answer = authOkFrame(authOk, auth.id, { heartbeatMs: config.heartbeatMs, maxFrameBytes: config.maxFrameBytes }, this.limits);
        } catch (err) {
          ws.terminate();
          return this.authFailed(err instanceof AppError ? err : new AppError("internal", "bad auth_ok"), auth.id);
        }
        metrics.authSeconds.observe((performance.now() - started) / 1000);
        this.upstream = ws;
        this.state = "open";
        metrics.authenticated.inc();
        this.lastUpstreamSeen = performance.now();
        this.write(answer, TYPE.AUTH_OK);
        this.log.debug({ deviceId: auth.deviceId }, "authenticated");
        const down = this.pendingDown;
        const up = this.pendingUp;
        this.pendingDown = [];
        this.pendingUp = [];
        for (const data of down) this.relayDown(data, performance.now());
        for (const bytes of up) this.relayUp(bytes, performance.now());
        this.timers.ping = setInterval(() => this.pingUpstream(), config.upstream.pingMs);
        this.resume("auth");
      },
      (err: UpstreamError) => {
        if (this.state !== "authenticating") return;
        metrics.upstreamConnects.inc({ result: err.result });
        if (err.result !== "refused") this.log.warn({ err: err.message }, "upstream connect failed");
        this.authFailed(err.error, auth.id);
      },
    );
  }

  private authFailed(error: AppError, id: number | undefined): void {
    this.deps.metrics.authFailures.inc({ code: error.code });
    this.fail(error, "auth_failed", id);
  }

  private relayUp(bytes: Uint8Array, arrived: number): void {
    const ws = this.upstream!;
    const { config, metrics } = this.deps;
    this.upBuffered += bytes.length;
    ws.send(bytes, { binary: true }, (err) => {
      this.upBuffered -= bytes.length;
      if (!err) metrics.relaySeconds.observe({ direction: "up" }, (performance.now() - arrived) / 1000);
      if (this.paused.has("upstream") && this.upBuffered <= config.writeHighWaterBytes / 2) this.resume("upstream");
    });
    if (this.upBuffered > config.writeHighWaterBytes && !this.paused.has("upstream")) {
      metrics.backpressure.inc({ direction: "up" });
      this.pause("upstream");
    }
  }

  private onUpstreamMessage(data: Buffer): void {
    if (this.state === "authenticating") this.pendingDown.push(data);
    else if (this.state === "open") this.relayDown(data, performance.now());
  }

  private relayDown(data: Buffer, arrived: number): void {
    this.lastUpstreamSeen = arrived;
    try {
      decodeFrame(data, this.limits);
    } catch {
      // Never pass on bytes that would corrupt the client's framing.
      return this.upstreamLost(new AppError("unavailable", "the server sent an invalid frame; reconnect and sync"), "invalid_frame");
    }
    this.write(data, peekType(data), arrived);
    this.checkDownstream();
  }

  /**
   * After a write to the client: when its buffer is full, stop producing for it (pause the
   * upstream socket and reading its requests) until it drains; cut it if it never does, or
   * at once past the hard cap (frames already read from upstream before the pause).
   */
  private checkDownstream(): void {
    const { config, metrics } = this.deps;
    const queued = this.socket.writableLength;
    if (queued > config.maxWriteBufferBytes) return this.cutSlowClient();
    // At or past the high-water mark some write returned false, so 'drain' will come.
    if (queued < config.writeHighWaterBytes || this.paused.has("drain") || this.ending) return;
    metrics.backpressure.inc({ direction: "down" });
    this.upstream?.pause();
    this.pause("drain");
    this.timers.slow = setTimeout(() => this.cutSlowClient(), config.slowClientTimeoutMs);
  }

  private onDrain(): void {
    if (!this.paused.has("drain")) return;
    clearTimeout(this.timers.slow);
    if (this.state === "open") this.upstream?.resume();
    this.resume("drain");
  }

  private cutSlowClient(): void {
    if (this.ending) return;
    this.log.warn({ buffered: this.socket.writableLength }, "slow client cut off");
    // It does not read: an ERROR frame would sit in the same full buffer. Reset it.
    this.close("slow_client");
    this.socket.destroy();
  }

  private pingUpstream(): void {
    const ws = this.upstream;
    if (!ws || this.state !== "open") return;
    const now = performance.now();
    if (now - this.lastUpstreamSeen > this.deps.config.upstream.idleTimeoutMs) {
      // Half-open upstream (no FIN, no answers): give up on it.
      ws.terminate();
      return this.upstreamLost(new AppError("unavailable", "the server stopped answering; reconnect and sync"), "ping_timeout");
    }
    if (this.pingSentAt === undefined) {
      this.pingSentAt = now;
      ws.ping();
    }
  }

  private onUpstreamPong(): void {
    const now = performance.now();
    this.lastUpstreamSeen = now;
    if (this.pingSentAt !== undefined) this.deps.metrics.upstreamRtt.observe((now - this.pingSentAt) / 1000);
    this.pingSentAt = undefined;
  }

  private onUpstreamClose(code: number, reason: string): void {
    if (this.state !== "open") return;
    const outcome = upstreamCloseOutcome(code);
    if (outcome.drop) {
      this.log.info({ code, reason }, "upstream closed");
      return this.upstreamLost(outcome.error, outcome.drop);
    }
    this.fail(outcome.error, "upstream_closed");
  }

  private upstreamLost(error: AppError, cause: string): void {
    this.deps.metrics.upstreamDrops.inc({ cause });
    this.fail(error, "upstream_lost");
  }

  /** Sends an ERROR frame (replying to `id` if given) and closes. */
  private fail(error: AppError, reason: CloseReason, id?: number): void {
    if (this.ending) return;
    this.log.info({ code: error.code, reason, message: error.message }, "closing client");
    this.write(errorFrame(error, id, this.limits), TYPE.ERROR);
    this.close(reason);
  }

  private write(bytes: Uint8Array, type: number, arrived?: number): void {
    if (this.socket.destroyed || !this.socket.writable) return;
    const { metrics } = this.deps;
    metrics.frame("out", type, bytes.length);
    if (arrived === undefined) this.socket.write(bytes);
    else this.socket.write(bytes, () => metrics.relaySeconds.observe({ direction: "down" }, (performance.now() - arrived) / 1000));
  }

  private pause(reason: PauseReason): void {
    this.paused.add(reason);
    this.socket.pause();
  }

  private resume(reason: PauseReason): void {
    this.paused.delete(reason);
    // Never after close: refresh() would re-arm the cleared idle timer.
    if (this.paused.size === 0 && !this.ending) {
      this.socket.resume();
      this.timers.idle.refresh();
    }
  }

  private onSocketClose(hadError: boolean): void {
    if (this.state === "closed") return;
    if (this.state !== "closing") this.close(hadError ? "client_error" : "client_closed");
    clearTimeout(this.timers.linger);
    this.state = "closed";
    this.deps.metrics.closed.inc({ reason: this.closeReason ?? "client_closed" });
    this.log.debug({ reason: this.closeReason }, "closed");
    this.deps.onClosed(this);
  }
}
