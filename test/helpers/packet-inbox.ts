/**
 * The received-packet log and waiters shared by the test clients (node `ws`, node TCP,
 * and the workerd TestSocket). Runtime-neutral: only timers, no node or workerd APIs.
 */
import type { Packet } from "../../shared/wire.js";

export class PacketInbox {
  /** Packets received and not yet taken by `next` (in arrival order). */
  readonly received: Packet[] = [];
  private waiters: Array<{ match: (p: Packet) => boolean; resolve: (p: Packet) => void }> = [];

  constructor(
    private readonly defaultTimeoutMs: number,
    private readonly timeoutMessage = "timeout; received ",
    private readonly excerptChars = 400,
  ) {}

  /** Hands the packet to the first waiter it matches, or keeps it in `received`. */
  deliver(packet: Packet): void {
    const w = this.waiters.find((x) => x.match(packet));
    if (w) {
      this.waiters = this.waiters.filter((x) => x !== w);
      w.resolve(packet);
    } else {
      this.received.push(packet);
    }
  }

  /** Resolves with (and takes) the first packet, already received or future, matching `match`. */
  next(match: (p: Packet) => boolean, timeoutMs = this.defaultTimeoutMs): Promise<Packet> {
    const i = this.received.findIndex(match);
    if (i >= 0) return Promise.resolve(this.received.splice(i, 1)[0]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(this.timeoutMessage + JSON.stringify(this.received).slice(0, this.excerptChars))), timeoutMs);
      this.waiters.push({
        match,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  /** Packets of `op` received so far (not taken). */
  seen(op: Packet["op"]): Packet[] {
    return this.received.filter((p) => p.op === op);
  }
}
