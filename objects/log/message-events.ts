/**
 * `message.created` events for the bus, driven by the log's delivery outbox: the bus is one
 * more outbox target (`@events`, never a user id) with its own delivered-seq cursor. The
 * message rows are already the durable record, so a send costs no extra write; after a
 * crash the cursor resends from the last confirmed seq and the derived event ids let
 * consumers drop the repeats.
 */
import { messageCreatedId, type EventOf } from "../../shared/events.js";
import { MAX_MESSAGE_BYTES } from "../../workers/events/publisher.js";
import { jsonBytes, toWire, type StoredMessage } from "./message-log.js";

/** The outbox target that stands for the event bus. */
export const EVENTS_TARGET = "@events";

/** Room for the envelope around a message inside one queue message. */
const ENVELOPE_BYTES = 2_000;
const PREVIEW_CHARS = 1_000;

export function messageCreatedEvent(kind: "direct" | "group", source: string, m: StoredMessage): EventOf<"message.created"> {
  let message = toWire(m);
  // A message may be larger than a queue message (MAX_FRAME_BYTES can reach 1 MiB): the
  // event then carries a shortened copy and says so; consumers fetch the rest by history.
  const truncated = jsonBytes(message) + ENVELOPE_BYTES > MAX_MESSAGE_BYTES;
  if (truncated) {
    const content = { ...(m.content.text !== undefined ? { text: m.content.text.slice(0, PREVIEW_CHARS) } : {}), ...(m.content.file ? { file: m.content.file } : {}) };
    message = { ...message, content };
  }
  return {
    event_id: messageCreatedId(m.messageId),
    event_type: "message.created",
    timestamp: m.ts,
    source,
    data: { message, conversationKind: kind, ...(truncated ? { truncated } : {}) },
  };
}
