/**
 * Catch-up: after every (re)connect, `sync` with the token from last time (every
 * conversation that changed), then pull each conversation's gap by seq with `history`
 * until the sequencer has everything; and, between syncs, pull a gap a push revealed.
 * One pull per conversation at a time; a pull that stops making progress is reported,
 * not retried in a loop (the next sync tries again).
 */
import type { ConversationState, HistoryResult, Message } from "../../shared/protocol.js";
import type { Clock, TimerHandle } from "./clock.js";
import { ChatError } from "./errors.js";
import type { SyncedEvent } from "./events.js";
import * as normalize from "./normalize.js";
import type { Sequencer } from "./sequencer.js";

export interface CatchupDeps {
  sequencer: Sequencer;
  clock: Clock;
  /** `sync` over the socket. */
  sync(token: string | undefined): Promise<unknown>;
  /** `history` over the socket. */
  history(conversationId: string, afterSeq: number, limit: number): Promise<HistoryResult>;
  /** A server conversation state arrived (sync page). */
  state(c: ConversationState): void;
  /** Messages the sequencer released, in order. */
  deliver(messages: Message[]): void;
  error(err: ChatError): void;
  pageSize: number;
  /** Wait this long after a push reveals a gap before pulling (the missing push is often just behind). */
  gapDelayMs: number;
}

/** The longest pause between tries of a failing gap pull. */
const GAP_RETRY_CAP_MS = 30_000;

export class Catchup {
  token: string | undefined;
  private readonly pulls = new Map<string, Promise<number>>();
  private readonly gapTimers = new Map<string, TimerHandle>();

  constructor(private readonly d: CatchupDeps) {}

  /** Sync then pull every gap. Resolves with a summary; rejects when the socket dropped. */
  async run(): Promise<SyncedEvent> {
    let token = this.token;
    let reset = false;
    let conversations = 0;
    for (let page = 0; ; page++) {
      const result = normalize.syncResult(await this.d.sync(token));
      if (!result) throw new ChatError("bad_response", "sync_result without a token");
      if (page === 0) reset = result.reset;
      for (const c of result.conversations) {
        if (this.d.sequencer.holding) this.d.sequencer.baseline(c.conversationId, c.lastSeq);
        else this.d.sequencer.reached(c.conversationId, c.lastSeq);
        this.d.state(c);
      }
      conversations += result.conversations.length;
      token = result.token;
      if (!result.hasMore) break;
    }
    let messages = 0;
    if (this.d.sequencer.holding) {
      const released = this.d.sequencer.release();
      messages += released.length;
      this.d.deliver(released);
    }
    const counts = await Promise.all(this.d.sequencer.gaps().map((id) => this.pull(id)));
    messages += counts.reduce((a, b) => a + b, 0);
    // Only now: a token saved before the gaps were filled could skip them after a restart.
    this.token = token;
    return { conversations, messages, reset };
  }

  /**
   * A push revealed a gap: pull it soon, unless the missing message arrives first. A pull
   * that fails for a reason worth retrying (a timeout, a server busy) is tried again with
   * growing pauses while the gap is still there: a quiet conversation may bring no other
   * push to trigger it, and its missing message must not wait for the next reconnect.
   */
  gapSeen(conversationId: string): void {
    this.scheduleGapPull(conversationId, 0);
  }

  /** Pulls the gap after a pause that doubles with each failed try (`failures` in a row). */
  private scheduleGapPull(conversationId: string, failures: number): void {
    if (this.gapTimers.has(conversationId) || this.pulls.has(conversationId)) return;
    this.gapTimers.set(
      conversationId,
      this.d.clock.setTimeout(
        () => {
          this.gapTimers.delete(conversationId);
          this.pull(conversationId).catch((err: unknown) => {
            this.report(err);
            if (!(err instanceof ChatError) || !err.retryable || err.code === "disconnected") return;
            if (this.d.sequencer.pullRange(conversationId, 1)) this.scheduleGapPull(conversationId, failures + 1);
          });
        },
        failures === 0 ? this.d.gapDelayMs : Math.min(this.d.gapDelayMs * 2 ** failures, GAP_RETRY_CAP_MS),
      ),
    );
  }

  /** Pulls a conversation's gap until nothing is missing. Resolves with the number of messages delivered. */
  pull(conversationId: string): Promise<number> {
    const running = this.pulls.get(conversationId);
    if (running) return running;
    const timer = this.gapTimers.get(conversationId);
    if (timer !== undefined) {
      this.d.clock.clearTimeout(timer);
      this.gapTimers.delete(conversationId);
    }
    const p = this.pullLoop(conversationId).finally(() => this.pulls.delete(conversationId));
    this.pulls.set(conversationId, p);
    return p;
  }

  /** Stops pending gap timers (the client closed). */
  stop(): void {
    for (const t of this.gapTimers.values()) this.d.clock.clearTimeout(t);
    this.gapTimers.clear();
  }

  private async pullLoop(conversationId: string): Promise<number> {
    let delivered = 0;
    for (;;) {
      const range = this.d.sequencer.pullRange(conversationId, this.d.pageSize);
      if (!range) return delivered;
      const page = await this.d.history(conversationId, range.afterSeq, range.limit);
      this.d.sequencer.reached(conversationId, page.lastSeq);
      // Seqs the server skipped are not ours to see (before we joined a group, deleted for us).
      const first = page.messages[0]?.seq;
      const hiddenUpTo = first !== undefined ? first - 1 : range.afterSeq;
      const out = [...this.d.sequencer.passOver(conversationId, range.afterSeq, hiddenUpTo), ...this.d.sequencer.offer(page.messages)];
      delivered += out.length;
      this.d.deliver(out);
      if (out.length === 0) {
        // The server says messages exist that it does not return: stop rather than spin.
        this.d.error(new ChatError("bad_response", `history of ${conversationId} after seq ${range.afterSeq} returned nothing new`));
        return delivered;
      }
    }
  }

  private report(err: unknown): void {
    // A dropped socket is routine: the next connection's sync redoes the pull.
    if (err instanceof ChatError && (err.code === "disconnected" || err.code === "closed")) return;
    this.d.error(err instanceof ChatError ? err : new ChatError("internal", String(err)));
  }
}
