/**
 * The offline queue. Every message the app sends gets a client-generated id and waits here
 * until the server acknowledges it; after a reconnect it is sent again with the same id
 * (the server deduplicates by sender + clientMsgId, so a message whose ack was lost is not
 * stored twice). Status per message: pending → sent, or pending → failed (a non-retryable
 * error, or too many unanswered attempts); `retry` puts a failed one back, same id.
 * Pure bookkeeping: the client decides when to send.
 */
import type { OutgoingMessage, SendAck } from "../../shared/protocol.js";
import type { ChatError } from "./errors.js";
import { readJson, writeJson, type KeyValueStorage } from "./storage.js";

export type OutboxStatus = "pending" | "sent" | "failed";

/** Where a message goes: a conversation id, or a user id meaning the direct conversation. */
export type SendTarget = { conversationId: string; to?: undefined } | { to: string; conversationId?: undefined };

export interface OutboxEntry {
  clientMsgId: string;
  /** What goes on the wire. */
  target: SendTarget;
  /** The conversation, when known before the ack (always for conversation targets). */
  conversationId?: string;
  message: OutgoingMessage;
  status: OutboxStatus;
  createdAt: number;
  /** Attempts that reached the server without an answer or with a retryable error. */
  attempts: number;
  /** Not sent again before this time (a rate limit's retry-after). */
  notBefore?: number;
  error?: { code: string; message: string };
  ack?: SendAck;
}

export interface OutboxOptions {
  /** Unanswered or retryable-failed attempts before a message is marked failed. */
  maxAttempts: number;
  storage?: KeyValueStorage;
  storageKey: string;
}

export class Outbox {
  private readonly entries = new Map<string, OutboxEntry>();
  private readonly inFlight = new Set<string>();

  constructor(private readonly o: OutboxOptions) {
    if (o.storage) {
      const saved = readJson<OutboxEntry[]>(o.storage, o.storageKey) ?? [];
      for (const e of saved) if (e && typeof e.clientMsgId === "string" && (e.status === "pending" || e.status === "failed")) this.entries.set(e.clientMsgId, e);
    }
  }

  get(clientMsgId: string): OutboxEntry | undefined {
    return this.entries.get(clientMsgId);
  }

  /** Unacknowledged messages (pending and failed), oldest first, optionally of one conversation. */
  list(conversationId?: string): OutboxEntry[] {
    const all = [...this.entries.values()];
    return conversationId === undefined ? all : all.filter((e) => (e.conversationId ?? e.target.conversationId) === conversationId);
  }

  get pendingCount(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.status === "pending") n++;
    return n;
  }

  add(entry: OutboxEntry): OutboxEntry {
    this.entries.set(entry.clientMsgId, entry);
    this.persist();
    return entry;
  }

  /** Pending messages ready to go now, oldest first, up to `limit` in flight in total. */
  ready(now: number, limit: number): OutboxEntry[] {
    const out: OutboxEntry[] = [];
    let room = limit - this.inFlight.size;
    for (const e of this.entries.values()) {
      if (room <= 0) break;
      if (e.status !== "pending" || this.inFlight.has(e.clientMsgId)) continue;
      if (e.notBefore !== undefined && e.notBefore > now) continue;
      out.push(e);
      room--;
    }
    return out;
  }

  /** Earliest `notBefore` among waiting messages, to schedule the next flush. */
  nextWakeAt(now: number): number | undefined {
    let at: number | undefined;
    for (const e of this.entries.values()) {
      if (e.status === "pending" && !this.inFlight.has(e.clientMsgId) && e.notBefore !== undefined && e.notBefore > now) at = at === undefined ? e.notBefore : Math.min(at, e.notBefore);
    }
    return at;
  }

  markInFlight(clientMsgId: string): void {
    this.inFlight.add(clientMsgId);
  }

  isInFlight(clientMsgId: string): boolean {
    return this.inFlight.has(clientMsgId);
  }

  /** The server stored it: the entry leaves the queue. Returns the entry, or undefined if unknown. */
  acked(clientMsgId: string, ack: SendAck): OutboxEntry | undefined {
    const e = this.entries.get(clientMsgId);
    this.inFlight.delete(clientMsgId);
    if (!e) return undefined;
    this.entries.delete(clientMsgId);
    this.persist();
    const { error: _error, notBefore: _notBefore, ...rest } = e;
    return { ...rest, status: "sent", ack };
  }

  /**
   * An attempt failed. The socket dropping costs nothing (resent after reconnect);
   * a retryable error waits (retry-after, else `retryDelayMs`) and counts as an attempt;
   * anything else, or running out of attempts, fails the message.
   */
  failed(clientMsgId: string, error: ChatError, now: number, retryDelayMs: number): OutboxEntry | undefined {
    const e = this.entries.get(clientMsgId);
    this.inFlight.delete(clientMsgId);
    if (!e || e.status !== "pending") return undefined;
    if (error.code === "disconnected") return undefined;
    const attempts = e.attempts + 1;
    if (error.retryable && attempts < this.o.maxAttempts) {
      const next: OutboxEntry = { ...e, attempts, notBefore: now + (error.retryAfterMs ?? retryDelayMs), error: { code: error.code, message: error.message } };
      this.entries.set(clientMsgId, next);
      this.persist();
      return next;
    }
    const { notBefore: _notBefore, ...rest } = e;
    const next: OutboxEntry = { ...rest, attempts, status: "failed", error: { code: error.code, message: error.message } };
    this.entries.set(clientMsgId, next);
    this.persist();
    return next;
  }

  /** The socket is gone: whatever was in flight is sent again on the next connection. */
  connectionLost(): void {
    this.inFlight.clear();
  }

  /** A failed message goes back to pending with the same clientMsgId. */
  retry(clientMsgId: string): OutboxEntry | undefined {
    const e = this.entries.get(clientMsgId);
    if (!e || e.status !== "failed") return undefined;
    const { error: _error, notBefore: _notBefore, ...rest } = e;
    const next: OutboxEntry = { ...rest, status: "pending", attempts: 0 };
    this.entries.set(clientMsgId, next);
    this.persist();
    return next;
  }

  /** Drops a message the app gave up on. Returns true when it existed and was not in flight. */
  discard(clientMsgId: string): boolean {
    if (this.inFlight.has(clientMsgId)) return false;
    const had = this.entries.delete(clientMsgId);
    if (had) this.persist();
    return had;
  }

  private persist(): void {
    if (this.o.storage) writeJson(this.o.storage, this.o.storageKey, [...this.entries.values()]);
  }
}
