/**
 * The client's view of the user's conversation list: last seq, read seq, unread count and
 * last message per conversation. The server's states (sync, `conversation` pushes) and
 * local events (messages handed to the app, reads) are merged by taking the furthest
 * position of each counter, so a stale state never moves a badge backwards.
 * Unread is always derived (lastSeq − readSeq), never counted up and down.
 */
import { parseConversationId } from "../../shared/ids.js";
import type { ConversationState, Message } from "../../shared/protocol.js";

export interface MergeOutcome {
  state: ConversationState;
  changed: boolean;
  /** The read position moved forward (a read on this or another device). */
  readAdvanced: boolean;
}

export class ConversationStore {
  private readonly map = new Map<string, ConversationState>();

  get(conversationId: string): ConversationState | undefined {
    return this.map.get(conversationId);
  }

  /** Most recent activity first. */
  list(): ConversationState[] {
    return [...this.map.values()].sort((a, b) => activity(b) - activity(a) || (a.conversationId < b.conversationId ? -1 : 1));
  }

  /** Merges a state the server sent. */
  merge(incoming: ConversationState): MergeOutcome {
    const current = this.map.get(incoming.conversationId);
    if (!current) {
      const state = { ...incoming, unread: Math.max(0, incoming.lastSeq - incoming.readSeq) };
      this.map.set(state.conversationId, state);
      return { state, changed: true, readAdvanced: false };
    }
    const lastMessage = newer(current.lastMessage, incoming.lastMessage);
    const state: ConversationState = {
      ...current,
      kind: incoming.kind,
      lastSeq: Math.max(current.lastSeq, incoming.lastSeq),
      readSeq: Math.max(current.readSeq, incoming.readSeq),
      deliveredSeq: Math.max(current.deliveredSeq, incoming.deliveredSeq),
      updatedAt: Math.max(current.updatedAt, incoming.updatedAt),
      unread: 0,
    };
    if (incoming.peerId) state.peerId = incoming.peerId;
    if (lastMessage) state.lastMessage = lastMessage;
    return this.commit(current, state);
  }

  /** A message was handed to the app. `me` is the signed-in user. */
  applyMessage(m: Message, me: string | undefined): MergeOutcome {
    const current = this.map.get(m.conversationId) ?? fresh(m.conversationId, me);
    const state: ConversationState = { ...current, unread: 0 };
    if (m.seq > state.lastSeq) state.lastSeq = m.seq;
    if (!state.lastMessage || m.seq >= state.lastMessage.seq) state.lastMessage = m;
    // Sending a message means having read the conversation up to it (the server agrees).
    if (m.senderId === me && m.seq > state.readSeq) state.readSeq = m.seq;
    state.updatedAt = Math.max(state.updatedAt, m.ts);
    return this.commit(this.map.get(m.conversationId), state);
  }

  /** Moves the read position forward locally; undefined when it would not move. */
  markRead(conversationId: string, seq: number): MergeOutcome | undefined {
    const current = this.map.get(conversationId);
    if (!current) return undefined;
    const target = Math.min(seq, current.lastSeq);
    if (target <= current.readSeq) return undefined;
    return this.commit(current, { ...current, readSeq: target });
  }

  private commit(before: ConversationState | undefined, state: ConversationState): MergeOutcome {
    state.unread = Math.max(0, state.lastSeq - state.readSeq);
    this.map.set(state.conversationId, state);
    const changed =
      !before ||
      before.lastSeq !== state.lastSeq ||
      before.readSeq !== state.readSeq ||
      before.deliveredSeq !== state.deliveredSeq ||
      before.lastMessage?.messageId !== state.lastMessage?.messageId ||
      before.peerId !== state.peerId;
    return { state, changed, readAdvanced: before !== undefined && state.readSeq > before.readSeq };
  }
}

function activity(c: ConversationState): number {
  return Math.max(c.updatedAt, c.lastMessage?.ts ?? 0);
}

function newer(a: Message | undefined, b: Message | undefined): Message | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.seq >= a.seq ? b : a;
}

function fresh(conversationId: string, me: string | undefined): ConversationState {
  const ref = parseConversationId(conversationId);
  const state: ConversationState = { conversationId, kind: ref?.kind ?? "direct", lastSeq: 0, readSeq: 0, unread: 0, deliveredSeq: 0, updatedAt: 0 };
  if (ref?.kind === "direct") {
    const peer = ref.members[0] === me ? ref.members[1] : ref.members[0];
    state.peerId = peer;
  }
  return state;
}
