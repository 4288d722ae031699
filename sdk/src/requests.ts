/**
 * Requests in flight on one socket: ids, reply matching and timeouts. A reply carries its
 * request's id (`ack`, `ok`, `sync_result`, `history_result`, or `error`).
 */
import type { OpName } from "../../shared/ops.js";
import type { Clock, TimerHandle } from "./clock.js";
import { ChatError } from "./errors.js";

interface Pending {
  op: OpName;
  resolve: (reply: { op: OpName; d: unknown }) => void;
  reject: (err: ChatError) => void;
  timer: TimerHandle;
}

const MAX_ID = 0xffff_ffff;

export class Requests {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly clock: Clock) {}

  get size(): number {
    return this.pending.size;
  }

  /** Registers a request; returns its id and the promise of its reply. */
  start(op: OpName, timeoutMs: number): { id: number; reply: Promise<{ op: OpName; d: unknown }> } {
    const id = this.allocate();
    const reply = new Promise<{ op: OpName; d: unknown }>((resolve, reject) => {
      const timer = this.clock.setTimeout(() => {
        this.pending.delete(id);
        reject(new ChatError("timeout", `no reply to ${op} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { op, resolve, reject, timer });
    });
    return { id, reply };
  }

  /** Settles the request a reply answers. Returns false for an id nobody waits for. */
  settle(id: number, op: OpName, d: unknown, error?: ChatError): boolean {
    const p = this.pending.get(id);
    if (!p) return false;
    this.pending.delete(id);
    this.clock.clearTimeout(p.timer);
    if (error) p.reject(error);
    else p.resolve({ op, d });
    return true;
  }

  /** Rejects everything in flight (the socket is gone). */
  failAll(error: ChatError): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) {
      this.clock.clearTimeout(p.timer);
      p.reject(error);
    }
  }

  private allocate(): number {
    // Ids are per socket but we never reuse one still pending, even across wrap-around.
    for (;;) {
      const id = this.nextId;
      this.nextId = id >= MAX_ID ? 1 : id + 1;
      if (!this.pending.has(id)) return id;
    }
  }
}
