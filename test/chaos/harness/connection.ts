/**
 * One client connection over any transport the server speaks (WebSocket JSON, WebSocket
 * binary, TCP through the bridge), with the same surface: requests matched by id, pushes
 * to a callback, and the faults a real network produces (abrupt drop, stop reading).
 */
import { connect as netConnect, type Socket } from "node:net";
import WebSocket from "ws";
import { zlibCompressor } from "../../../objects/compression.js";
import { FrameDecoder, encodeFrame } from "../../../shared/frame.js";
import { decodeBinary, encodePacket, type Packet } from "../../../shared/wire.js";
import type { Transport } from "../checker/history.js";

const LIMITS = { maxFrameBytes: 1 << 20 };

export class RequestLost extends Error {
  constructor(readonly why: string) {
    super(`request lost: ${why}`);
  }
}

/** What a transport provides a Connection. */
interface Io {
  write(p: Packet): void;
  /** Abrupt: no close handshake. */
  kill(): void;
  close(): void;
  pause(): void;
  resume(): void;
}

interface Pending {
  resolve: (p: Packet) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export interface ConnectOptions {
  transport: Exclude<Transport, "http">;
  /** ws://host:port for WebSocket transports. */
  wsUrl: string;
  /** The bridge's TCP port for `tcp`. */
  tcpPort: number;
  token: string;
  deviceId: string;
  timeoutMs?: number;
}

export class Connection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closedWith: string | undefined;
  private closeListeners: Array<(reason: string) => void> = [];
  onPush: (p: Packet) => void = () => {};

  constructor(
    readonly transport: ConnectOptions["transport"],
    private readonly io: Io,
  ) {}

  /** Stops reading (a slow consumer): the peer's writes back up. */
  pause(): void {
    this.io.pause();
  }

  resume(): void {
    this.io.resume();
  }

  get closed(): boolean {
    return this.closedWith !== undefined;
  }

  onClose(fn: (reason: string) => void): void {
    if (this.closedWith !== undefined) fn(this.closedWith);
    else this.closeListeners.push(fn);
  }

  /** Sends a request; resolves with its reply (an `error` op included), rejects RequestLost. */
  request(op: Packet["op"], d: unknown, timeoutMs = 10_000): Promise<Packet> {
    if (this.closedWith !== undefined) return Promise.reject(new RequestLost(`closed: ${this.closedWith}`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new RequestLost("timeout"));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      try {
        this.io.write({ op, id, d });
      } catch (err) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(new RequestLost(`write failed: ${String(err)}`));
      }
    });
  }

  /** An abrupt drop: no close frame, no FIN handshake (what a dying network looks like). */
  terminate(): void {
    this.io.kill();
    this.ended("terminated");
  }

  close(): void {
    this.io.close();
  }

  /** A packet arrived from the transport. */
  received(p: Packet): void {
    if (p.id !== undefined && p.id !== 0) {
      const w = this.pending.get(p.id);
      if (w) {
        this.pending.delete(p.id);
        clearTimeout(w.timer);
        w.resolve(p);
        return;
      }
    }
    if (p.op === "message" || p.op === "conversation" || p.op === "error") this.onPush(p);
  }

  /** The transport closed. */
  ended(reason: string): void {
    if (this.closedWith !== undefined) return;
    this.closedWith = reason;
    for (const [, w] of this.pending) {
      clearTimeout(w.timer);
      w.reject(new RequestLost(`closed: ${reason}`));
    }
    this.pending.clear();
    for (const fn of this.closeListeners.splice(0)) fn(reason);
  }

  /** Opens a connection and waits for `auth_ok`. */
  static open(o: ConnectOptions): Promise<Connection> {
    return o.transport === "tcp" ? openTcp(o) : openWs(o);
  }
}

function openWs(o: ConnectOptions): Promise<Connection> {
  const encoding = o.transport === "ws-binary" ? "binary" : "json";
  const params = new URLSearchParams({ token: o.token, encoding, deviceId: o.deviceId });
  const ws = new WebSocket(`${o.wsUrl}/v1/ws?${params}`);
  const raw = () => (ws as unknown as { _socket?: Socket })._socket;
  const conn = new Connection(o.transport, {
    write: (p) => ws.send(encodePacket(p, encoding, LIMITS)),
    kill: () => ws.terminate(),
    close: () => ws.close(1000, "bye"),
    pause: () => raw()?.pause(),
    resume: () => raw()?.resume(),
  });
  return new Promise((resolve, reject) => {
    let authed = false;
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error("auth_ok timeout"));
    }, o.timeoutMs ?? 15_000);
    ws.on("message", (data: Buffer, isBinary: boolean) => {
      let p: Packet;
      if (!isBinary) p = JSON.parse(data.toString()) as Packet;
      else {
        const decoded = decodeBinary(new Uint8Array(data), LIMITS, zlibCompressor);
        if (!decoded.ok) return;
        p = decoded.packet;
      }
      if (!authed && p.op === "auth_ok") {
        authed = true;
        clearTimeout(timer);
        resolve(conn);
        return;
      }
      conn.received(p);
    });
    ws.on("error", (err) => {
      if (!authed) {
        clearTimeout(timer);
        reject(err);
      }
    });
    ws.on("unexpected-response", (_req, res) => {
      clearTimeout(timer);
      reject(new Error(`upgrade refused: ${res.statusCode}`));
      ws.terminate();
    });
    ws.on("close", (code) => conn.ended(`close ${code}`));
  });
}

function openTcp(o: ConnectOptions): Promise<Connection> {
  const socket = netConnect({ host: "127.0.0.1", port: o.tcpPort });
  socket.setNoDelay(true);
  const decoder = new FrameDecoder(LIMITS);
  const conn = new Connection("tcp", {
    write: (p) => socket.write(encodePacket(p, "binary", LIMITS) as Uint8Array),
    kill: () => socket.resetAndDestroy(),
    close: () => socket.end(),
    pause: () => socket.pause(),
    resume: () => socket.resume(),
  });
  return new Promise((resolve, reject) => {
    let authed = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("auth_ok timeout"));
    }, o.timeoutMs ?? 15_000);
    socket.on("data", (chunk: Buffer) => {
      let frames;
      try {
        frames = decoder.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      for (const frame of frames) {
        const decoded = decodeBinary(encodeFrame(frame.type, frame.body, LIMITS, frame.flags ?? 0), LIMITS, zlibCompressor);
        if (!decoded.ok) continue;
        const p = decoded.packet;
        if (!authed) {
          clearTimeout(timer);
          if (p.op === "auth_ok") {
            authed = true;
            resolve(conn);
          } else {
            reject(new Error(`auth refused: ${JSON.stringify(p.d)}`));
            socket.destroy();
          }
          continue;
        }
        conn.received(p);
      }
    });
    socket.on("error", (err) => {
      if (!authed) {
        clearTimeout(timer);
        reject(err);
      }
    });
    socket.on("close", () => {
      if (!authed) {
        clearTimeout(timer);
        reject(new Error("closed before auth_ok"));
      }
      conn.ended("tcp closed");
    });
    socket.once("connect", () => socket.write(encodePacket({ op: "auth", id: 1, d: { token: o.token, deviceId: o.deviceId } }, "binary", LIMITS) as Uint8Array));
  });
}
