/** What an app passes to `send`, and the client message ids the SDK makes. */
import { ulid } from "../../shared/ids.js";
import type { Content, MESSAGE_TYPES, OutgoingMessage } from "../../shared/protocol.js";
import { ChatError } from "./errors.js";
import type { SendTarget } from "./outbox.js";

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

/**
 * The wire message and target for a send. Only what needs no schema is checked here: the
 * server validates everything with the shared schema, and a refusal fails the message with
 * its reason (bundling zod into every browser app would cost ~450 KB). Throws `bad_request`.
 */
export function outgoing(input: SendInput): { message: OutgoingMessage; target: SendTarget } {
  if (Boolean(input.conversationId) === Boolean(input.to)) throw new ChatError("bad_request", "give exactly one of conversationId or to");
  const message: OutgoingMessage = {
    clientMsgId: input.clientMsgId ?? newClientMsgId(),
    type: input.type ?? "text",
    content: input.content ?? (input.text !== undefined ? { text: input.text } : {}),
    ...(input.replyTo ? { replyTo: input.replyTo } : {}),
    ...(input.mentions ? { mentions: input.mentions } : {}),
  };
  if (message.type === "text" && !message.content.text) throw new ChatError("bad_request", "a text message needs text");
  return { message, target: input.to ? { to: input.to } : { conversationId: input.conversationId! } };
}
