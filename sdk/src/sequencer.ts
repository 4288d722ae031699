/**
 * Exactly once, in order, per conversation. Pushes are a hint and pulls by seq are the
 * truth: for each conversation the sequencer keeps the cursor (highest seq handed to the
 * app with nothing missing below it) and the target (highest seq known to exist). A
 * message at cursor+1 goes out at once, followed by any buffered successors; anything
 * above that waits in a bounded buffer while the gap is pulled; anything at or below the
 * cursor is a duplicate and dropped. Pure bookkeeping: the client performs the pulls.
 */
import type { Message } from "../../shared/protocol.js";

interface Track {
  cursor: number;
  target: number;
  buffer: Map<number, Message>;
}

export interface PullRange {
  conversationId: string;
  afterSeq: number;
  limit: number;
}

export interface SequencerSnapshot {
  [conversationId: string]: { cursor: number; target: number };
}

export class Sequencer {
  private readonly tracks = new Map<string, Track>();
  /** Messages of conversations not yet baselined, held until the first sync says where the app's view starts. */
  private held: Message[] | undefined;

  constructor(
    private readonly o: { maxBuffered: number; holdUntilBaseline: boolean },
    snapshot?: SequencerSnapshot,
  ) {
    if (o.holdUntilBaseline) this.held = [];
    for (const [id, t] of Object.entries(snapshot ?? {})) {
      if (Number.isSafeInteger(t.cursor) && Number.isSafeInteger(t.target)) this.tracks.set(id, { cursor: t.cursor, target: Math.max(t.cursor, t.target), buffer: new Map() });
    }
  }

  get holding(): boolean {
    return this.held !== undefined;
  }

  cursor(conversationId: string): number | undefined {
    return this.tracks.get(conversationId)?.cursor;
  }

  target(conversationId: string): number | undefined {
    return this.tracks.get(conversationId)?.target;
  }

  /**
   * Starts a conversation's view at `seq` (history up to it is history, not events).
   * Only for conversations the sequencer has not seen.
   */
  baseline(conversationId: string, seq: number): void {
    if (!this.tracks.has(conversationId)) this.tracks.set(conversationId, { cursor: seq, target: seq, buffer: new Map() });
  }

  /** Stops holding: held messages are offered now; unknown conversations start at 0 from here on. */
  release(): Message[] {
    const held = this.held ?? [];
    this.held = undefined;
    return this.offer(held);
  }

  /** Offers messages from any source (push, own ack, history). Returns those to hand to the app, in order. */
  offer(messages: Message[]): Message[] {
    const out: Message[] = [];
    for (const m of messages) {
      let t = this.tracks.get(m.conversationId);
      if (!t) {
        if (this.held) {
          this.held.push(m);
          continue;
        }
        // A conversation first seen after the baseline is new: all of it is news.
        t = { cursor: 0, target: 0, buffer: new Map() };
        this.tracks.set(m.conversationId, t);
      }
      if (m.seq > t.target) t.target = m.seq;
      if (m.seq <= t.cursor) continue;
      if (m.seq === t.cursor + 1) {
        out.push(m);
        t.cursor = m.seq;
        this.drain(t, out);
      } else if (!t.buffer.has(m.seq)) {
        t.buffer.set(m.seq, m);
        this.bound(t);
      }
    }
    return out;
  }

  /**
   * The server says the conversation reached `lastSeq` (sync, a conversation push, a history
   * page). Returns true when that opens a gap to pull.
   */
  reached(conversationId: string, lastSeq: number): boolean {
    let t = this.tracks.get(conversationId);
    if (!t) {
      if (this.held) return false;
      t = { cursor: 0, target: 0, buffer: new Map() };
      this.tracks.set(conversationId, t);
    }
    if (lastSeq > t.target) t.target = lastSeq;
    return t.cursor < t.target;
  }

  /** The next page to pull for a conversation, or undefined when nothing is missing. */
  pullRange(conversationId: string, pageLimit: number): PullRange | undefined {
    const t = this.tracks.get(conversationId);
    if (!t || t.cursor >= t.target) return undefined;
    let lowestBuffered = t.target + 1;
    for (const seq of t.buffer.keys()) if (seq < lowestBuffered) lowestBuffered = seq;
    const missing = lowestBuffered - t.cursor - 1;
    if (missing <= 0) return undefined;
    return { conversationId, afterSeq: t.cursor, limit: Math.min(pageLimit, missing) };
  }

  /**
   * A forward history page that answered "after `afterSeq`" skipped straight to `lastHidden`+1:
   * the seqs in between exist but are not this user's to see (from before they joined a
   * group, or deleted for them), so the view moves past them. Returns what that releases.
   */
  passOver(conversationId: string, afterSeq: number, lastHidden: number): Message[] {
    const t = this.tracks.get(conversationId);
    const out: Message[] = [];
    if (!t || t.cursor !== afterSeq || lastHidden <= t.cursor) return out;
    for (const seq of t.buffer.keys()) if (seq <= lastHidden) t.buffer.delete(seq);
    t.cursor = lastHidden;
    if (t.target < t.cursor) t.target = t.cursor;
    this.drain(t, out);
    return out;
  }

  /** Conversations with something missing. */
  gaps(): string[] {
    const out: string[] = [];
    for (const [id, t] of this.tracks) if (t.cursor < t.target) out.push(id);
    return out;
  }

  snapshot(): SequencerSnapshot {
    const out: SequencerSnapshot = {};
    for (const [id, t] of this.tracks) out[id] = { cursor: t.cursor, target: t.target };
    return out;
  }

  private drain(t: Track, out: Message[]): void {
    for (;;) {
      const next = t.buffer.get(t.cursor + 1);
      if (!next) return;
      t.buffer.delete(next.seq);
      out.push(next);
      t.cursor = next.seq;
    }
  }

  /** Keeps the buffer bounded by forgetting the highest seqs; `target` still remembers them, so they are pulled later. */
  private bound(t: Track): void {
    while (t.buffer.size > this.o.maxBuffered) {
      let highest = -1;
      for (const seq of t.buffer.keys()) if (seq > highest) highest = seq;
      t.buffer.delete(highest);
    }
  }
}
