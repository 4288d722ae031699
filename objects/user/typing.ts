/**
 * Typing indicators are never stored. A device's "typing" is forwarded at most once per
 * half TTL per conversation (clients may send it on every keystroke); "stop" always goes
 * through. Receivers forget an indicator after `ttlMs` unless it is renewed. The throttle
 * lives in memory: losing it on hibernation only lets one extra indicator through.
 */
export class TypingThrottle {
  private readonly last = new Map<string, number>();

  constructor(private readonly ttlMs: number) {}

  /** Whether this indicator should be forwarded now. */
  admit(conversationId: string, stop: boolean, now: number): boolean {
    if (stop) {
      this.last.delete(conversationId);
      return true;
    }
    const previous = this.last.get(conversationId);
    if (previous !== undefined && now - previous < this.ttlMs / 2) return false;
    this.last.set(conversationId, now);
    if (this.last.size > 1_000) this.last.delete(this.last.keys().next().value!);
    return true;
  }
}
