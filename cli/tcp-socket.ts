/**
 * The SDK's `SocketLike` over a TCP (or TLS) connection to the TCP bridge
 * (docs/tcp-bridge.md), so `ChatClient` and every command built on it run over TCP
 * unchanged: the same requests, pushes, catch-up and reconnects as over the WebSocket.
 *
 * What a WebSocket gets from its upgrade, this gets from the bridge's first answer: the
 * `auth` frame (type 1, `{token, deviceId}`) goes out on connect; `auth_ok` makes the socket
 * open, an `error` instead is the refused upgrade (reported to `onerror` with its HTTP-like
 * status, as Node's `ws` reports a refused upgrade, so a 401 makes the SDK refresh the
 * token), followed by the close. Bytes in are cut into frames by the shared FrameDecoder;
 * strings the SDK sends (its heartbeat `{"op":"ping"}`) are re-encoded as binary frames with
 * the shared codec. Nothing here defines a wire shape.
 */
import { connect as netConnect, isIP, type Socket } from "node:net";
import { connect as tlsConnect } from "node:tls";
import { CLOSE } from "../shared/close.js";
import { FrameDecoder, type DecodedFrame } from "../shared/frame.js";
import { TYPE } from "../shared/ops.js";
import type { ErrorPayload } from "../shared/protocol.js";
import { decodeBinary, decodeJson, encodePacket, type Packet } from "../shared/wire.js";
import type { SocketConstructor, SocketLike } from "../sdk/src/index.js";
import type { TcpAddress } from "./tcp-address.js";

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;

/** Frames from the server are bounded by its own limit; this only guards against garbage (as the SDK's). */
const INBOUND = { maxFrameBytes: 4 * 1024 * 1024 };
/** Until `auth_ok` names the bridge's limit. */
const DEFAULT_OUTBOUND = { maxFrameBytes: 64 * 1024 };
/** The SDK offers the token as the second subprotocol entry after this one (or `?token=`). */
const SUBPROTOCOL = "imserver.v1";
const AUTH_ID = 1;
/** How long a closing socket may wait for the bridge's FIN before it is cut. */
const LINGER_MS = 1_000;

/**
 * After `auth`, the bridge turns the Worker's close codes into `error` frames without an
 * id (tcp-bridge/src/upstream.ts); turned back here, the SDK sees exactly the close a
 * WebSocket client sees (replaced → 4001, session ended → 4003: both final).
 */
const CLOSE_OF_ERROR = new Map<string, { code: number; reason: string }>([
  ["conflict", CLOSE.replaced],
  ["unauthorized", CLOSE.sessionEnded],
]);

type On<K extends "onopen" | "onmessage" | "onclose" | "onerror"> = SocketLike[K];

/** A `SocketConstructor` (what ChatClient takes as `WebSocket`) connecting to the bridge at `address`. */
export function bridgeSocket(address: TcpAddress): SocketConstructor {
  return class extends BridgeSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(address, url, protocols);
    }
  };
}

export class BridgeSocket implements SocketLike {
  binaryType = "arraybuffer";
  onopen: On<"onopen"> = null;
  onmessage: On<"onmessage"> = null;
  onclose: On<"onclose"> = null;
  onerror: On<"onerror"> = null;
  private state = CONNECTING;
  private readonly socket: Socket;
  private readonly decoder = new FrameDecoder(INBOUND);
  private outbound = DEFAULT_OUTBOUND;
  private connected = false;
  /** Why the connection ended, as far as we know: the close the SDK gets. */
  private ending: { code: number; reason: string } | undefined;
  /** The last failure the bridge or the network reported, for the close reason. */
  private lastError: string | undefined;

  constructor(address: TcpAddress, url: string, protocols?: string | string[]) {
    // The SDK builds its WebSocket URL with the device id (and the token, with tokenIn
    // "query"); only the query matters here: the bridge is `address`, not the URL's host.
    const query = new URL(url).searchParams;
    const token = query.get("token") ?? [protocols ?? []].flat().find((p) => p !== SUBPROTOCOL);
    if (!token) throw new Error("no access token to authenticate with");
    const deviceId = query.get("deviceId");
    const auth = encodePacket({ op: "auth", id: AUTH_ID, d: deviceId ? { token, deviceId } : { token } }, "binary", DEFAULT_OUTBOUND) as Uint8Array;

    const onConnect = () => {
      this.connected = true;
      this.socket.write(auth);
    };
    const { host, port } = address;
    // TLS verifies the bridge's certificate against the system CAs (plus NODE_EXTRA_CA_CERTS).
    this.socket = address.tls ? tlsConnect({ host, port, ...(isIP(host) ? {} : { servername: host }) }, onConnect) : netConnect({ host, port }, onConnect);
    this.socket.setNoDelay(true);
    this.socket.setKeepAlive(true);
    this.socket.on("data", (chunk: Buffer) => this.onData(chunk));
    this.socket.on("error", (err: NodeJS.ErrnoException) => {
      // The first failure is the cause; later ones (a write racing the bridge's FIN) are not.
      this.lastError ??= err.message;
      // Only the code: a port number in the message must not read as an HTTP status to the SDK.
      this.onerror?.({ type: "error", message: `tcp ${err.code ?? "error"}`, error: err });
    });
    this.socket.on("close", () => this.onClosed());
  }

  get readyState(): number {
    return this.state;
  }

  send(data: string | ArrayBufferLike | Uint8Array): void {
    if (this.state === CONNECTING) throw new Error("not open: the bridge has not accepted the connection yet");
    // Like a WebSocket: sending on a closing socket (or one the bridge ended) is silently dropped.
    if (this.state !== OPEN || !this.socket.writable) return;
    this.socket.write(this.toFrame(data));
  }

  close(code = 1000, reason = ""): void {
    if (this.state === CLOSING || this.state === CLOSED) return;
    this.state = CLOSING;
    this.ending ??= { code, reason };
    if (!this.connected) {
      this.socket.destroy();
      return;
    }
    // FIN after what is queued; the bridge answers with its own (allowHalfOpen is off).
    this.socket.end();
    setTimeout(() => this.socket.destroy(), LINGER_MS).unref();
  }

  private toFrame(data: string | ArrayBufferLike | Uint8Array): Uint8Array {
    if (typeof data !== "string") return data instanceof Uint8Array ? data : new Uint8Array(data);
    const decoded = decodeJson(data, this.outbound);
    if (!decoded.ok) throw new Error(`cannot send over TCP: ${decoded.error.message}`);
    return encodePacket(decoded.packet, "binary", this.outbound) as Uint8Array;
  }

  private onData(chunk: Buffer): void {
    if (this.state === CLOSED) return;
    let frames: DecodedFrame[];
    try {
      frames = this.decoder.push(chunk);
    } catch (err) {
      return this.protocolError((err as Error).message);
    }
    for (const frame of frames) {
      if (this.state === CLOSED) return;
      this.onFrame(frame);
    }
    // Frames completed before a bad header were handled; framing is lost after it.
    if (this.decoder.failure) this.protocolError(this.decoder.failure.message);
  }

  private onFrame(frame: DecodedFrame): void {
    const bytes = frame.bytes;
    if (frame.type === TYPE.ERROR) {
      const packet = readPacket(bytes);
      const error = (packet?.d ?? {}) as Partial<ErrorPayload>;
      const message = `${error.code ?? "error"}: ${error.message ?? "refused"}`;
      this.lastError = message;
      if (this.state === CONNECTING) {
        // The refused upgrade: the bridge closes next. The status is what the Worker
        // answered the upgrade with (401 for a refused token), as `ws` reports it.
        this.ending = { code: 1006, reason: message };
        this.onerror?.({ type: "error", message: `the TCP bridge refused the connection: ${error.status ?? 0} ${message}`, error });
        return;
      }
      const close = packet?.id === undefined && typeof error.code === "string" ? CLOSE_OF_ERROR.get(error.code) : undefined;
      if (close) {
        this.ending = close;
        return;
      }
    } else if (frame.type === TYPE.AUTH_OK && this.state === CONNECTING) {
      const limit = (readPacket(bytes)?.d as { maxFrameBytes?: unknown } | undefined)?.maxFrameBytes;
      if (typeof limit === "number" && limit > 0) this.outbound = { maxFrameBytes: limit };
      this.state = OPEN;
      this.onopen?.({ type: "open" });
    }
    // The SDK sets binaryType "arraybuffer"; the decoder's copy of a frame owns its whole buffer.
    this.onmessage?.({ data: this.binaryType === "arraybuffer" ? bytes.buffer : bytes });
  }

  private protocolError(message: string): void {
    this.lastError = `unreadable data from the TCP bridge: ${message}`;
    this.ending ??= { code: 1002, reason: this.lastError };
    this.socket.destroy();
  }

  private onClosed(): void {
    if (this.state === CLOSED) return;
    const wasConnecting = this.state === CONNECTING;
    this.state = CLOSED;
    const ending = this.ending ?? { code: 1006, reason: this.lastError ?? (wasConnecting ? "the TCP bridge closed before accepting the connection" : "the TCP bridge closed the connection") };
    this.onclose?.({ code: ending.code, reason: ending.reason });
  }
}

function readPacket(bytes: Uint8Array): Packet | undefined {
  const decoded = decodeBinary(bytes, INBOUND);
  return decoded.ok ? decoded.packet : undefined;
}
