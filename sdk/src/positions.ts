/**
 * Read and delivered positions on their way to the server. Reads are kept until the
 * server confirms them (a read made offline is sent after the reconnect; only the furthest
 * per conversation matters); delivered marks (this device received up to seq: the basis
 * of delivery receipts) are coalesced and sent at most every 200 ms.
 */
import type { OpName } from "../../shared/ops.js";
import type { Clock, TimerHandle } from "./clock.js";
import { toChatError } from "./connection.js";
import type { ChatError } from "./errors.js";

const DELIVERED_DELAY_MS = 200;

export interface PositionsDeps {
  clock: Clock;
  request(op: OpName, d: unknown): Promise<unknown>;
  open(): boolean;
  error(err: ChatError): void;
}

export class Positions {
  private readonly reads = new Map<string, number>();
  private readonly sending = new Map<string, number>();
  private readonly deliveredMarks = new Map<string, number>();
  private timer: TimerHandle | undefined;

  constructor(private readonly d: PositionsDeps) {}

  read(conversationId: string, seq: number): void {
    this.reads.set(conversationId, Math.max(this.reads.get(conversationId) ?? 0, seq));
    this.flush();
  }

  delivered(conversationId: string, seq: number): void {
    this.deliveredMarks.set(conversationId, Math.max(this.deliveredMarks.get(conversationId) ?? 0, seq));
    if (this.timer !== undefined) return;
    this.timer = this.d.clock.setTimeout(() => {
      this.timer = undefined;
      if (!this.d.open()) return;
      for (const [conversationId, seq] of this.deliveredMarks) this.d.request("delivered", { conversationId, seq }).catch(() => undefined);
      this.deliveredMarks.clear();
    }, DELIVERED_DELAY_MS);
  }

  /** Sends the reads not yet confirmed (after connecting). */
  flush(): void {
    if (!this.d.open()) return;
    for (const [conversationId, seq] of this.reads) {
      if (this.sending.get(conversationId) === seq) continue;
      this.sending.set(conversationId, seq);
      this.d.request("read", { conversationId, seq }).then(
        () => this.settle(conversationId, seq),
        (err: unknown) => {
          const error = toChatError(err);
          if (this.sending.get(conversationId) === seq) this.sending.delete(conversationId);
          if (error.code === "disconnected") return;
          this.settle(conversationId, seq);
          this.d.error(error);
        },
      );
    }
  }

  stop(): void {
    if (this.timer !== undefined) this.d.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private settle(conversationId: string, seq: number): void {
    if (this.sending.get(conversationId) === seq) this.sending.delete(conversationId);
    if (this.reads.get(conversationId) === seq) this.reads.delete(conversationId);
  }
}
