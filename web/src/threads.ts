/**
 * The messages the app holds per conversation: everything the SDK handed over since the
 * page loaded (`message` events) plus the history pages loaded on demand, keyed by seq so
 * the two never duplicate.
 */
import type { HistoryResult, Message } from "../../sdk/src/index.js";

export class Thread {
  readonly bySeq = new Map<number, Message>();
  /** Older history may exist before the oldest message held. */
  hasMoreBefore = true;
  loaded = false;
  loading: Promise<void> | undefined;

  add(m: Message): void {
    this.bySeq.set(m.seq, m);
  }

  addPage(page: HistoryResult, older: boolean): void {
    for (const m of page.messages) this.add(m);
    if (older || !this.loaded) this.hasMoreBefore = page.hasMore || (page.messages[0]?.seq ?? 1) > 1;
    if (older && !page.hasMore) this.hasMoreBefore = false;
  }

  /**
   * The messages to show, in seq order. Edit and recall entries are applied to the message
   * they change rather than shown (docs/conversations.md); group system entries are not
   * shown as bubbles.
   */
  sorted(): Message[] {
    const all = [...this.bySeq.values()].sort((a, b) => a.seq - b.seq);
    const current = new Map(all.map((m) => [m.messageId, m]));
    const shown: string[] = [];
    for (const m of all) {
      if (m.type === "edit" || m.type === "recall") {
        const target = m.targetId ? current.get(m.targetId) : undefined;
        if (target) current.set(target.messageId, m.type === "edit" ? { ...target, content: m.content, editedAt: m.ts } : { ...target, content: {}, recalled: true });
        continue;
      }
      if (m.type !== "system") shown.push(m.messageId);
    }
    return shown.map((id) => current.get(id)!);
  }

  oldestSeq(): number | undefined {
    let min: number | undefined;
    for (const seq of this.bySeq.keys()) if (min === undefined || seq < min) min = seq;
    return min;
  }

  newestSeq(): number {
    let max = 0;
    for (const seq of this.bySeq.keys()) if (seq > max) max = seq;
    return max;
  }

  hasClientMsgId(senderId: string, clientMsgId: string): boolean {
    for (const m of this.bySeq.values()) if (m.senderId === senderId && m.clientMsgId === clientMsgId) return true;
    return false;
  }
}

export class Threads {
  private readonly map = new Map<string, Thread>();

  get(conversationId: string): Thread {
    let t = this.map.get(conversationId);
    if (!t) {
      t = new Thread();
      this.map.set(conversationId, t);
    }
    return t;
  }
}
