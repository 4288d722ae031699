/** What an app passes to `send`, and the client message ids the SDK makes. */
import { ulid } from "../../shared/ids.js";
import type { Content, MESSAGE_TYPES } from "../../shared/protocol.js";

export interface SendInput {
  /** The conversation (`d:<a>:<b>` or `g:<groupId>`)… */
  conversationId?: string;
  /** …or a user id: the direct conversation with them. */
  to?: string;
  /** Shorthand for `content: { text }` of a text message. */
  text?: string;
  type?: (typeof MESSAGE_TYPES)[number];
  content?: Content;
  replyTo?: string;
  mentions?: string[];
  /** Your own id for the message (default: a new ULID); resending with it never duplicates. */
  clientMsgId?: string;
}

/** A new client message id: a ULID (time-ordered, 26 characters, valid as a clientMsgId). */
export function newClientMsgId(): string {
  return ulid();
}
