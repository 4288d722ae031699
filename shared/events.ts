/**
 * The event catalogue of the bus (Cloudflare Queues), in the seed's shape
 * `{event_id, event_type, timestamp, data, source}`. Producers validate before sending and
 * consumers validate on receipt, both with these schemas: an event that fails is never
 * half-processed. docs/events.md lists every type with an example.
 */
import { z } from "zod";

const id = z.string().min(1).max(64);
const ms = z.number().int().min(0);

export const MessageSchema = z.object({
  messageId: id,
  conversationId: z.string().min(3).max(140),
  seq: z.number().int().min(1),
  senderId: id,
  clientMsgId: z.string().min(1).max(64),
  type: z.string().min(1).max(32),
  content: z.object({
    text: z.string().optional(),
    file: z
      .object({
        id: z.string(),
        name: z.string().optional(),
        mime: z.string().optional(),
        size: z.number().optional(),
        width: z.number().optional(),
        height: z.number().optional(),
      })
      .optional(),
    data: z.string().optional(),
  }),
  ts: ms,
  replyTo: z.string().optional(),
  mentions: z.array(id).optional(),
  editedAt: ms.optional(),
  recalled: z.boolean().optional(),
});

/** Payload schema of each event type. */
export const EVENT_DATA = {
  "user.registered": z.object({ userId: id, username: z.string(), displayName: z.string(), createdAt: ms }),
  "user.login_success": z.object({ userId: id, sessionId: id, deviceId: id }),
  // `version` increases with every presence change of the user: order by it, not by arrival.
  "user.online": z.object({ userId: id, deviceId: id, version: z.number().int().min(1), at: ms }),
  "user.offline": z.object({ userId: id, version: z.number().int().min(1), at: ms }),
  // `recipients` may be given by producers that know them (group logs, in chunks); without
  // it a direct conversation's recipient is the member other than the sender.
  "message.created": z.object({
    message: MessageSchema,
    conversationKind: z.enum(["direct", "group"]),
    recipients: z.array(id).max(1_000).optional(),
    // Set when the message was too large for a queue message: `content` is shortened.
    truncated: z.boolean().optional(),
  }),
  "message.edited": z.object({
    conversationId: z.string(),
    seq: z.number().int().min(1),
    messageId: id,
    senderId: id,
    editorId: id,
    content: MessageSchema.shape.content,
    editedAt: ms,
  }),
  "message.recalled": z.object({
    conversationId: z.string(),
    seq: z.number().int().min(1),
    messageId: id,
    senderId: id,
    recalledBy: id,
    recalledAt: ms,
  }),
  "group.created": z.object({ groupId: id, conversationId: z.string(), name: z.string(), ownerId: id, at: ms }),
  "group.member_added": z.object({ groupId: id, conversationId: z.string(), userIds: z.array(id).min(1).max(1_000), actorId: id, at: ms }),
  "group.member_removed": z.object({
    groupId: id,
    conversationId: z.string(),
    userId: id,
    actorId: id,
    reason: z.enum(["kicked", "left"]),
    at: ms,
  }),
} as const;

export type EventType = keyof typeof EVENT_DATA;
export const EVENT_TYPES = Object.keys(EVENT_DATA) as EventType[];

export function isEventType(value: unknown): value is EventType {
  return typeof value === "string" && Object.hasOwn(EVENT_DATA, value);
}

export type EventData<T extends EventType> = z.infer<(typeof EVENT_DATA)[T]>;

export interface EventOf<T extends EventType> {
  event_id: string;
  event_type: T;
  /** Milliseconds since the epoch, when the producer committed the change. */
  timestamp: number;
  data: EventData<T>;
  /** Who produced it: `gateway`, `conversation:<id>`, `user:<id>`, `group:<id>`. */
  source: string;
}

export type BusEvent = { [T in EventType]: EventOf<T> }[EventType];

const Envelope = z.object({
  event_id: z.string().min(1).max(160),
  event_type: z.string(),
  timestamp: ms,
  data: z.unknown(),
  source: z.string().min(1).max(200),
});

/** Validates an event (envelope and the data of its type). */
export function parseEvent(value: unknown): { ok: true; event: BusEvent } | { ok: false; error: string } {
  const envelope = Envelope.safeParse(value);
  if (!envelope.success) return { ok: false, error: `invalid event envelope: ${summarize(envelope.error)}` };
  const type = envelope.data.event_type;
  if (!isEventType(type)) return { ok: false, error: `unknown event type ${JSON.stringify(type).slice(0, 60)}` };
  const data = EVENT_DATA[type].safeParse(envelope.data.data);
  if (!data.success) return { ok: false, error: `invalid ${type} data: ${summarize(data.error)}` };
  return { ok: true, event: { ...envelope.data, event_type: type, data: data.data } as BusEvent };
}

/** Builds an event; `event_id` must be unique per event and stable across resends. */
export function makeEvent<T extends EventType>(type: T, eventId: string, source: string, data: EventData<T>, timestamp: number): EventOf<T> {
  return { event_id: eventId, event_type: type, timestamp, data, source };
}

/** The event id of a message's `message.created`: derived, so a resend repeats it. */
export const messageCreatedId = (messageId: string) => `message.created:${messageId}`;

function summarize(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}
