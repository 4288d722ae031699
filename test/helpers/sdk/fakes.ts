/**
 * Deterministic stand-ins for SDK unit tests: a manual clock (timers run only when the test
 * advances time) and an in-memory socket the test drives as the server would, speaking the
 * real shared codec. End-to-end tests use the real Worker and `ws` instead.
 */
import type { Clock } from "../../../sdk/src/clock.js";
import type { SocketCloseEvent, SocketLike, SocketMessageEvent } from "../../../sdk/src/socket.js";
import { decodeBinary, decodeJson, encodePacket, type Encoding, type Packet } from "../../../shared/wire.js";

export class ManualClock implements Clock {
  private t = 1_000_000;
  private seq = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): number {
    const id = ++this.seq;
    this.timers.set(id, { at: this.t + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get pending(): number {
    return this.timers.size;
  }

  /** Moves time forward, running due timers in order (and the microtasks they queue). */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.t = next[1].at;
      next[1].fn();
      await flush();
    }
    this.t = end;
    await flush();
  }
}

/** Lets pending promise callbacks run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
}

const LIMITS = { maxFrameBytes: 1 << 20 };

export class FakeSocket implements SocketLike {
  static instances: FakeSocket[] = [];
  static reset(): void {
    FakeSocket.instances = [];
  }
  static get last(): FakeSocket {
    const s = FakeSocket.instances[FakeSocket.instances.length - 1];
    if (!s) throw new Error("no socket was opened");
    return s;
  }

  readyState = 0;
  binaryType = "blob";
  readonly sent: Packet[] = [];
  closedWith: { code?: number; reason?: string } | undefined;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: SocketMessageEvent) => void) | null = null;
  onclose: ((event: SocketCloseEvent) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(
    readonly url: string,
    readonly protocols?: string | string[],
  ) {
    FakeSocket.instances.push(this);
  }

  send(data: string | ArrayBufferLike | Uint8Array): void {
    if (this.readyState !== 1) throw new Error("send on a socket that is not open");
    const decoded = typeof data === "string" ? decodeJson(data, LIMITS) : decodeBinary(data instanceof Uint8Array ? data : new Uint8Array(data), LIMITS);
    if (!decoded.ok) throw new Error(`client sent an undecodable frame: ${decoded.error.message}`);
    this.sent.push(decoded.packet);
  }

  close(code?: number, reason?: string): void {
    this.closedWith = { ...(code !== undefined ? { code } : {}), ...(reason !== undefined ? { reason } : {}) };
    this.readyState = 3;
  }

  // --- the server's side ---

  /** Accepts the connection: open, then `auth_ok` as the server's first frame. */
  accept(userId = "U1", opts: { heartbeatMs?: number } = {}): void {
    this.readyState = 1;
    this.onopen?.({});
    this.push({ op: "auth_ok", d: { userId, deviceId: "dev", sessionId: "S1", serverTime: 0, heartbeatMs: opts.heartbeatMs ?? 60_000, maxFrameBytes: 65_536 } });
  }

  push(packet: Packet, encoding: Encoding = "json"): void {
    const frame = encodePacket(packet, encoding, LIMITS);
    this.onmessage?.({ data: typeof frame === "string" ? frame : frame.buffer.slice(frame.byteOffset, frame.byteOffset + frame.byteLength) });
  }

  /** Replies to the most recent request of `op` not answered yet. */
  reply(op: Packet["op"], replyOp: Packet["op"], d: unknown, encoding: Encoding = "json"): Packet {
    const req = this.takeRequest(op);
    this.push({ op: replyOp, id: req.id!, d }, encoding);
    return req;
  }

  /** The oldest unanswered request of `op`; throws if there is none. */
  takeRequest(op: Packet["op"]): Packet {
    const req = this.sent.find((p) => p.op === op && p.id !== undefined && !this.answered.has(p.id));
    if (!req) throw new Error(`no unanswered ${op} request; sent: ${JSON.stringify(this.sent.map((p) => p.op))}`);
    this.answered.add(req.id!);
    return req;
  }

  requests(op: Packet["op"]): Packet[] {
    return this.sent.filter((p) => p.op === op);
  }

  drop(code = 1006, reason = ""): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }

  private readonly answered = new Set<number>();
}

export const emptySync = (token = "tok-epoch.1") => ({ token, conversations: [], reset: false, hasMore: false });
