/**
 * Presence changes for the bus: `user.online` when the first connection of a user opens,
 * `user.offline` when the last one goes. The last published state and a per-user version
 * are stored, so a repeated check publishes nothing and consumers can order events that
 * arrive out of order (by `version`).
 */
import { makeEvent } from "../../shared/events.js";
import type { EventOutbox } from "../log/event-outbox.js";
import type { Meta } from "../meta.js";

export class PresenceEvents {
  constructor(
    private readonly meta: Meta,
    private readonly events: EventOutbox,
    private readonly transaction: <T>(fn: () => T) => T,
  ) {}

  /**
   * Compares the user's open sockets (minus `closing`) with the last published state and
   * stages an event when it flipped. `deviceId` names the device that just connected.
   * Returns true when an event was staged (the caller flushes the outbox).
   */
  update(userId: string, sockets: WebSocket[], now: number, opts: { closing?: WebSocket; deviceId?: string } = {}): boolean {
    const online = sockets.some((ws) => ws !== opts.closing && ws.readyState === WebSocket.READY_STATE_OPEN);
    const last = this.meta.get("presence") ?? "offline";
    if (online === (last === "online")) return false;
    this.transaction(() => {
      const version = Number(this.meta.get("presence_version") ?? "0") + 1;
      this.meta.set("presence_version", String(version));
      this.meta.set("presence", online ? "online" : "offline");
      const id = `user.presence:${userId}:${version}`;
      this.events.stage(
        online
          ? makeEvent("user.online", id, `user:${userId}`, { userId, deviceId: opts.deviceId ?? "unknown", version, at: now }, now)
          : makeEvent("user.offline", id, `user:${userId}`, { userId, version, at: now }, now),
      );
    });
    return true;
  }
}
