/**
 * The live connections of one user (every device), held with the WebSocket Hibernation
 * API. Per-connection facts live in the socket attachment so they survive hibernation.
 */
import { CLOSE } from "../../shared/close.js";
import { log } from "../../shared/log.js";
import { encodePacket, type Encoding, type Packet } from "../../shared/wire.js";

export interface SocketInfo {
  userId: string;
  deviceId: string;
  sessionId: string;
  /** Encoding of pushes; replies mirror the frame kind of their request. */
  encoding: Encoding;
  connectedAt: number;
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
  ) {}

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
      ws.send(encodePacket(packet, encoding, { maxFrameBytes: this.maxFrameBytes }));
    } catch (err) {
      // A socket closing under us is routine; the client catches up by sync.
      log.warn("socket.send_failed", { op: packet.op, err });
    }
  }

  /** Pushes packets to every socket except `skip`, encoding each packet once per encoding. */
  push(packets: Packet[], skip?: (info: SocketInfo) => boolean): void {
    if (packets.length === 0) return;
    const encoded = new Map<Encoding, Array<string | Uint8Array>>();
    for (const ws of this.ctx.getWebSockets()) {
      const info = infoOf(ws);
      if (skip?.(info)) continue;
      let frames = encoded.get(info.encoding);
      if (!frames) {
        frames = packets.map((p) => encodePacket(p, info.encoding, { maxFrameBytes: this.maxFrameBytes }));
        encoded.set(info.encoding, frames);
      }
      try {
        for (const frame of frames) ws.send(frame);
      } catch (err) {
        log.warn("socket.push_failed", { deviceId: info.deviceId, err });
      }
    }
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
