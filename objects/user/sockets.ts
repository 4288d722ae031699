/**
 * The live connections of one user (every device), held with the WebSocket Hibernation
 * API. Per-connection facts live in the socket attachment so they survive hibernation.
 */
import { CLOSE } from "../../shared/close.js";
import type { CompressionOptions } from "../../shared/compression.js";
import { log } from "../../shared/log.js";
import { encodePacket, type Encoding, type Packet } from "../../shared/wire.js";
import { METRICS } from "../../workers/observability/catalog.js";

export interface SocketInfo {
  userId: string;
  deviceId: string;
  sessionId: string;
  /** Encoding of pushes; replies mirror the frame kind of their request. */
  encoding: Encoding;
  connectedAt: number;
  /** Binary pushes above the threshold go gzip-compressed (`/v1/ws?compress=gzip`). */
  compress?: boolean;
}

export const deviceTag = (deviceId: string) => `device:${deviceId}`;
export const sessionTag = (sessionId: string) => `session:${sessionId}`;

export { CLOSE };

export function infoOf(ws: WebSocket): SocketInfo {
  return ws.deserializeAttachment() as SocketInfo;
}

export class Sockets {
  constructor(
    private readonly ctx: DurableObjectState,
    private readonly maxFrameBytes: number,
    private readonly compression?: CompressionOptions,
  ) {}

  /** Encodes for one socket: binary sockets that asked for it get compressed large frames. */
  private encode(packet: Packet, encoding: Encoding, compress: boolean | undefined): string | Uint8Array {
    const frame = encodePacket(packet, encoding, { maxFrameBytes: this.maxFrameBytes }, compress ? this.compression : undefined);
    if (typeof frame !== "string" && frame[7] !== 0) METRICS.compressedFrames.inc({ direction: "out" });
    return frame;
  }

  all(): WebSocket[] {
    return this.ctx.getWebSockets();
  }

  /** Accepts a new socket; an older socket of the same device is closed as replaced. */
  accept(ws: WebSocket, info: SocketInfo): void {
    for (const old of this.ctx.getWebSockets(deviceTag(info.deviceId))) closeQuietly(old, CLOSE.replaced);
    this.ctx.acceptWebSocket(ws, [deviceTag(info.deviceId), sessionTag(info.sessionId)]);
    ws.serializeAttachment(info);
  }

  /** Sends one packet to one socket, in `encoding` (default: the socket's push encoding). */
  send(ws: WebSocket, packet: Packet, encoding: Encoding = infoOf(ws).encoding): void {
    try {
      ws.send(this.encode(packet, encoding, infoOf(ws).compress));
    } catch (err) {
      // A socket closing under us is routine; the client catches up by sync.
      log.warn("socket.send_failed", { op: packet.op, err });
    }
  }

  /**
   * Pushes packets to every socket except `skip`, encoding each packet once per encoding
   * (and compression choice). Returns the devices it pushed to.
   */
  push(packets: Packet[], skip?: (info: SocketInfo) => boolean): string[] {
    const devices: string[] = [];
    if (packets.length === 0) return devices;
    const encoded = new Map<string, Array<string | Uint8Array>>();
    for (const ws of this.ctx.getWebSockets()) {
      const info = infoOf(ws);
      if (skip?.(info)) continue;
      const variant = `${info.encoding}:${info.encoding === "binary" && info.compress === true}`;
      let frames = encoded.get(variant);
      if (!frames) {
        frames = packets.map((p) => this.encode(p, info.encoding, info.compress));
        encoded.set(variant, frames);
      }
      try {
        for (const frame of frames) ws.send(frame);
        devices.push(info.deviceId);
      } catch (err) {
        log.warn("socket.push_failed", { deviceId: info.deviceId, err });
      }
    }
    return devices;
  }

  /** Closes every socket of the user. Returns how many were open. */
  closeAll(close: { code: number; reason: string }): number {
    const sockets = this.ctx.getWebSockets();
    for (const ws of sockets) closeQuietly(ws, close);
    return sockets.length;
  }

  closeSession(sessionId: string): number {
    const sockets = this.ctx.getWebSockets(sessionTag(sessionId));
    for (const ws of sockets) closeQuietly(ws, CLOSE.sessionEnded);
    return sockets.length;
  }
}

/** Valid close codes only: echoing 1005/1006 throws InvalidAccessError in workerd. */
export function closeQuietly(ws: WebSocket, close: { code: number; reason: string }): void {
  try {
    ws.close(close.code, close.reason);
  } catch {
    // Already closed.
  }
}
