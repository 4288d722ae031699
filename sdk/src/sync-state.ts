/**
 * The sync position that outlives a socket (and, with storage, the app): the token of the
 * last complete catch-up and each conversation's cursor and target. The token is saved
 * only once the gaps it implied were pulled, and cursors only move forward, so a restart
 * from saved state can repeat work but never skip a message.
 */
import type { Clock, TimerHandle } from "./clock.js";
import { Sequencer, type SequencerSnapshot } from "./sequencer.js";
import { readJson, writeJson, type KeyValueStorage } from "./storage.js";

interface Saved {
  userId: string;
  token?: string;
  cursors: SequencerSnapshot;
}

/** How many messages of one conversation may wait for a gap to be filled. */
const MAX_BUFFERED = 2_000;
const SAVE_DELAY_MS = 500;

export class SyncState {
  private userId: string | undefined;
  private saved: SequencerSnapshot | undefined;
  token: string | undefined;
  private timer: TimerHandle | undefined;
  private latest: (() => Saved | undefined) | undefined;

  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly key: string,
    private readonly clock: Clock,
  ) {
    const s = storage ? readJson<Saved>(storage, key) : undefined;
    if (s && typeof s.userId === "string" && typeof s.cursors === "object" && s.cursors !== null) {
      this.userId = s.userId;
      this.saved = s.cursors;
      if (typeof s.token === "string") this.token = s.token;
    }
  }

  /** True when there is no saved state or it is this user's. */
  belongsTo(userId: string): boolean {
    return this.userId === undefined || this.userId === userId;
  }

  reset(userId: string): void {
    this.userId = userId;
    this.saved = undefined;
    this.token = undefined;
    this.storage?.removeItem(this.key);
  }

  /** A sequencer resuming from the saved cursors; a client with no sync token first baselines. */
  sequencer(): Sequencer {
    return new Sequencer({ maxBuffered: MAX_BUFFERED, holdUntilBaseline: this.token === undefined }, this.saved);
  }

  /** Saves now (after a complete catch-up). */
  save(token: string | undefined, sequencer: Sequencer, userId: string): void {
    this.userId = userId;
    this.token = token;
    this.write({ userId, ...(token ? { token } : {}), cursors: sequencer.snapshot() });
  }

  /** Saves soon (cursors moved); coalesces bursts of messages into one write. */
  touch(token: string | undefined, sequencer: Sequencer, userId: string | undefined): void {
    if (!this.storage || !userId) return;
    this.latest = () => ({ userId, ...(token ? { token } : {}), cursors: sequencer.snapshot() });
    if (this.timer !== undefined) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      const s = this.latest?.();
      if (s) this.write(s);
    }, SAVE_DELAY_MS);
  }

  private write(s: Saved): void {
    if (this.storage) writeJson(this.storage, this.key, s);
  }
}
