/**
 * What a ChatClient emits. Payloads of server data are the shared/protocol.ts types; the
 * receipt, typing and presence events are the SDK's view of those features (the server's
 * ops map onto them in client.ts's push table, so an app never sees wire details).
 */
import type { ConversationState, Message, SendAck } from "../../shared/protocol.js";
import type { StateChange } from "./connection.js";
import type { ChatError } from "./errors.js";
import type { OutboxEntry } from "./outbox.js";

/** A read or delivery position of a user in a conversation (yours on another device, or a peer's). */
export interface ReceiptEvent {
  conversationId: string;
  userId: string;
  readSeq?: number;
  deliveredSeq?: number;
}

export interface TypingEvent {
  conversationId: string;
  userId: string;
  typing: boolean;
}

export interface PresenceEvent {
  userId: string;
  online: boolean;
  lastSeen?: number;
}

/** The catch-up after a (re)connect is complete: every message up to now was handed over. */
export interface SyncedEvent {
  /** Conversations the server reported as changed. */
  conversations: number;
  /** Messages handed to the app during the catch-up. */
  messages: number;
  /** The server could not resume from our token and sent everything. */
  reset: boolean;
}

export interface ClientEvents {
  /** Connection state changes (`connecting`, `connected`, `reconnecting`, `disconnected`). */
  state: StateChange;
  /** Every message of every conversation exactly once, in seq order per conversation (yours too, once acknowledged). */
  message: Message;
  /** The server stored one of your messages. */
  ack: SendAck;
  /** A message of yours changed status (pending, sent, failed). */
  outbox: OutboxEntry;
  /** A conversation's counters or last message changed. */
  conversation: ConversationState;
  receipt: ReceiptEvent;
  typing: TypingEvent;
  presence: PresenceEvent;
  synced: SyncedEvent;
  /** Failures not tied to a call you made (a bad frame, the session ending, a failed catch-up). */
  error: ChatError;
}
