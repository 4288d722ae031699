/**
 * Read and delivery receipts of a direct conversation, told to the other user. A change
 * of A's position leaves a notice for B in SQLite (in the same step as the change); the
 * notice is delivered at once and retried from the alarm until B's UserDO confirms.
 * Notices carry the *current* position, so any number of changes coalesce into one and
 * redelivery is harmless (receivers keep the maximum).
 */
import type { Receipt } from "../../shared/protocol.js";
import type { ReadPositions } from "../log/read-positions.js";

export class PeerReceipts {
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly sql: SqlStorage,
    private readonly positions: ReadPositions,
    private readonly conversationId: string,
    private readonly members: [string, string],
  ) {
    sql.exec("CREATE TABLE IF NOT EXISTS receipt_notices (target TEXT PRIMARY KEY)");
  }

  /** Records that `target` must learn the other user's current position. */
  owe(target: string): void {
    this.sql.exec("INSERT OR IGNORE INTO receipt_notices (target) VALUES (?)", target);
  }

  get pending(): boolean {
    return this.sql.exec("SELECT 1 FROM receipt_notices LIMIT 1").toArray().length > 0;
  }

  /** Delivers every owed notice; failures stay owed. One flush at a time. */
  flush(deliver: (target: string, receipt: Receipt) => Promise<boolean>): Promise<void> {
    this.flushing ??= this.run(deliver).finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async run(deliver: (target: string, receipt: Receipt) => Promise<boolean>): Promise<void> {
    for (;;) {
      const targets = this.sql.exec<{ target: string }>("SELECT target FROM receipt_notices").toArray().map((r) => r.target);
      if (targets.length === 0) return;
      for (const target of targets) {
        const peer = this.members[0] === target ? this.members[1] : this.members[0];
        const position = this.positions.get(peer);
        let done = false;
        try {
          done = await deliver(target, { conversationId: this.conversationId, userId: peer, ...position });
        } catch {
          done = false;
        }
        // A failure stays owed for the alarm. A position that moved while this one was in
        // flight stays owed too, and the next round sends it.
        if (!done) return;
        const now = this.positions.get(peer);
        if (now.readSeq === position.readSeq && now.deliveredSeq === position.deliveredSeq) this.sql.exec("DELETE FROM receipt_notices WHERE target = ?", target);
      }
    }
  }
}
