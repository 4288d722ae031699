/**
 * IMServer clients for the workloads: a WebSocket (JSON or binary frames) and a TCP
 * connection through the bridge (binary frames), both speaking through the project's
 * shared codec. Arrival times are taken before decoding, so the client's own decoding cost
 * is not counted against the server.
 */
import { connect as tcpConnect, type Socket } from "node:net";
import WebSocket from "ws";
import { encodeFrame, FrameDecoder, type DecodedFrame, type Frame } from "../../shared/frame.js";
import { decodeBinary, decodeJson, encodePacket, type Encoding, type Packet } from "../../shared/wire.js";

/** Frames from the server can be as large as its limit; the client accepts anything sane. */
const LIMITS = { maxFrameBytes: 1 << 24 };

export type Transport = "ws-json" | "ws-binary" | "tcp";

export interface ImConn {
  readonly transport: Transport;
  /** Time from starting to connect to `auth_ok`, in ms. */
  readonly connectMs: number;
  /** Called for every server push (a packet without id), with its arrival time. */
  onPush: ((packet: Packet, at: number) => void) | undefined;
  /** Sends a request and resolves with its reply (same id), whatever op that is, and its arrival time. */
  request(op: Packet["op"], d: unknown, timeoutMs?: number): Promise<Reply>;
  close(): void;
}

export interface Reply {
  packet: Packet;
  at: number;
}

interface Pending {
  resolve(r: Reply): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

/** Shared request/reply bookkeeping; subclasses only move bytes. */
abstract class Conn implements ImConn {
  onPush: ((packet: Packet, at: number) => void) | undefined;
  connectMs = 0;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private firstFrame: ((p: Packet) => void) | undefined;
  private failed: ((e: Error) => void) | undefined;

  constructor(readonly transport: Transport) {}

  protected abstract write(packet: Packet): void;
  abstract close(): void;

  request(op: Packet["op"], d: unknown, timeoutMs = 30_000): Promise<Reply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${op} #${id} got no reply in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.write({ op, id, d });
    });
  }

  protected received(packet: Packet, at: number): void {
    if (this.firstFrame) {
      const first = this.firstFrame;
      this.firstFrame = undefined;
      first(packet);
      return;
    }
    if (packet.id !== undefined && packet.id !== 0) {
      const p = this.pending.get(packet.id);
      if (p) {
        this.pending.delete(packet.id);
        clearTimeout(p.timer);
        p.resolve({ packet, at });
        return;
      }
    }
    this.onPush?.(packet, at);
  }

  protected lost(error: Error): void {
    this.failed?.(error);
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    this.pending.clear();
  }

  /** Resolves once the first frame is `auth_ok`; rejects on anything else. */
  protected awaitAuth(started: number, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no auth_ok in ${timeoutMs} ms`)), timeoutMs);
      this.failed = (e) => {
        clearTimeout(timer);
        reject(e);
      };
      this.firstFrame = (p) => {
        clearTimeout(timer);
        this.failed = undefined;
        if (p.op !== "auth_ok") return reject(new Error(`expected auth_ok, got ${JSON.stringify(p).slice(0, 300)}`));
        this.connectMs = performance.now() - started;
        resolve();
      };
    });
  }
}

class WsConn extends Conn {
  private ws!: WebSocket;
  private readonly encoding: Encoding;

  constructor(transport: "ws-json" | "ws-binary") {
    super(transport);
    this.encoding = transport === "ws-json" ? "json" : "binary";
  }

  async open(wsBase: string, token: string, deviceId: string, timeoutMs: number): Promise<this> {
    const started = performance.now();
    const params = new URLSearchParams({ token, encoding: this.encoding, deviceId });
    this.ws = new WebSocket(`${wsBase}/v1/ws?${params}`, { perMessageDeflate: false, maxPayload: LIMITS.maxFrameBytes });
    const authed = this.awaitAuth(started, timeoutMs);
    this.ws.on("message", (data: Buffer, isBinary: boolean) => {
      const at = performance.now();
      const decoded = isBinary ? decodeBinary(new Uint8Array(data.buffer, data.byteOffset, data.length), LIMITS) : decodeJson(data.toString(), LIMITS);
      if (decoded.ok) this.received(decoded.packet, at);
      else this.lost(new Error(`undecodable frame from server: ${decoded.error.message}`));
    });
    this.ws.on("unexpected-response", (_req, res) => this.lost(new Error(`upgrade refused: HTTP ${res.statusCode}`)));
    this.ws.on("error", (e) => this.lost(e));
    this.ws.on("close", (code) => this.lost(new Error(`socket closed (${code})`)));
    await authed;
    return this;
  }

  protected write(packet: Packet): void {
    this.ws.send(encodePacket(packet, this.encoding, LIMITS));
  }

  close(): void {
    this.ws.removeAllListeners("close");
    this.ws.on("error", () => undefined);
    if (this.ws.readyState === WebSocket.OPEN) this.ws.close(1000, "bench done");
    else this.ws.terminate();
  }
}

/**
 * A binary frame cut from a TCP stream, as a packet. It goes through `decodeBinary`, the
 * WebSocket binary path, so both transports decode identically by construction.
 */
export function packetOfFrame(frame: Frame): Packet | undefined {
  // A decoded frame carries its bytes; only a frame built by hand is encoded.
  const decoded = decodeBinary(frame.bytes ?? encodeFrame(frame.type, frame.body, LIMITS), LIMITS);
  return decoded.ok ? decoded.packet : undefined;
}

class TcpConn extends Conn {
  private socket!: Socket;

  constructor() {
    super("tcp");
  }

  async open(host: string, port: number, token: string, deviceId: string, timeoutMs: number): Promise<this> {
    const started = performance.now();
    const decoder = new FrameDecoder(LIMITS);
    this.socket = tcpConnect({ host, port, noDelay: true });
    const authed = this.awaitAuth(started, timeoutMs);
    this.socket.on("data", (chunk: Buffer) => {
      const at = performance.now();
      let frames: DecodedFrame[];
      try {
        frames = decoder.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
      } catch (e) {
        this.lost(e as Error);
        return;
      }
      for (const frame of frames) {
        const packet = packetOfFrame(frame);
        if (packet) this.received(packet, at);
      }
    });
    this.socket.on("error", (e) => this.lost(e));
    this.socket.on("close", () => this.lost(new Error("tcp connection closed")));
    this.socket.once("connect", () => this.socket.write(encodePacket({ op: "auth", id: 1, d: { token, deviceId } }, "binary", LIMITS)));
    await authed;
    return this;
  }

  protected write(packet: Packet): void {
    this.socket.write(encodePacket(packet, "binary", LIMITS));
  }

  close(): void {
    this.socket.removeAllListeners("close");
    this.socket.on("error", () => undefined);
    this.socket.end();
  }
}

/** Where a client connects: the Worker's WebSocket base, or the bridge's TCP address. */
export interface Endpoint {
  wsUrl: string;
  tcp?: { host: string; port: number };
}

/** Opens an authenticated connection of the given transport; resolves after `auth_ok`. */
export async function connectIm(endpoint: Endpoint, transport: Transport, token: string, deviceId: string, timeoutMs = 30_000): Promise<ImConn> {
  if (transport === "tcp") {
    if (!endpoint.tcp) throw new Error("no TCP bridge endpoint");
    return new TcpConn().open(endpoint.tcp.host, endpoint.tcp.port, token, deviceId, timeoutMs);
  }
  return new WsConn(transport).open(endpoint.wsUrl, token, deviceId, timeoutMs);
}
