/**
 * Delivery jobs: the events consumer turns each event into one job per side effect (one
 * per subscribed webhook endpoint, one per recipient to notify) on the deliveries queue.
 * Each job is retried, dead-lettered and replayed on its own, so a failing endpoint never
 * re-runs another endpoint's delivery or a notification. Job ids are derived from the
 * event id, so planning an event twice yields the same ids, which the deliveries consumer
 * drops.
 */
import { z } from "zod";
import { parseEvent, type BusEvent, type EventOf } from "../../shared/events.js";
import { parseConversationId } from "../../shared/ids.js";

export const NotificationSchema = z.object({
  conversationId: z.string(),
  conversationKind: z.enum(["direct", "group"]),
  messageId: z.string(),
  seq: z.number().int().min(1),
  senderId: z.string(),
  type: z.string(),
  ts: z.number().int(),
  mentioned: z.boolean(),
  /** A short preview of the content; absent when previews are off. */
  preview: z.string().max(200).optional(),
});
export type Notification = z.infer<typeof NotificationSchema>;

const WebhookJob = z.object({
  job: z.literal("webhook"),
  job_id: z.string().min(1).max(300),
  endpoint_id: z.string().min(1).max(64),
  event: z.unknown(),
});

const NotifyJob = z.object({
  job: z.literal("notify"),
  job_id: z.string().min(1).max(300),
  event_id: z.string().min(1).max(160),
  user_id: z.string().min(1).max(64),
  notification: NotificationSchema,
});

const JobSchema = z.discriminatedUnion("job", [WebhookJob, NotifyJob]);

export type WebhookJob = Omit<z.infer<typeof WebhookJob>, "event"> & { event: BusEvent };
export type NotifyJob = z.infer<typeof NotifyJob>;
export type Job = WebhookJob | NotifyJob;

/** Validates a job body (and the event inside a webhook job). */
export function parseJob(value: unknown): { ok: true; job: Job } | { ok: false; error: string } {
  const parsed = JobSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: `invalid delivery job: ${parsed.error.issues[0]?.message ?? "bad shape"}` };
  if (parsed.data.job === "webhook") {
    const event = parseEvent(parsed.data.event);
    if (!event.ok) return { ok: false, error: event.error };
    return { ok: true, job: { ...parsed.data, event: event.event } };
  }
  return { ok: true, job: parsed.data };
}

export interface EndpointSubscription {
  id: string;
  events: string[];
}

/** Every job an event calls for. Notify jobs only when some notification channel is configured. */
export function planJobs(event: BusEvent, endpoints: readonly EndpointSubscription[], opts: { previews: boolean; notify: boolean }): Job[] {
  const jobs: Job[] = [];
  for (const endpoint of endpoints) {
    if (endpoint.events.includes("*") || endpoint.events.includes(event.event_type)) {
      jobs.push({ job: "webhook", job_id: `${event.event_id}|wh|${endpoint.id}`, endpoint_id: endpoint.id, event });
    }
  }
  if (event.event_type === "message.created" && opts.notify) {
    for (const userId of recipientsOf(event)) {
      jobs.push({ job: "notify", job_id: `${event.event_id}|n|${userId}`, event_id: event.event_id, user_id: userId, notification: notificationOf(event, userId, opts.previews) });
    }
  }
  return jobs;
}

/** Who a new message concerns: the producer's list, or the other member of a direct conversation. */
export function recipientsOf(event: EventOf<"message.created">): string[] {
  const { message, recipients } = event.data;
  if (recipients) return [...new Set(recipients)].filter((u) => u !== message.senderId);
  const ref = parseConversationId(message.conversationId);
  return ref?.kind === "direct" ? ref.members.filter((u) => u !== message.senderId) : [];
}

function notificationOf(event: EventOf<"message.created">, userId: string, previews: boolean): Notification {
  const m = event.data.message;
  const preview = previews ? previewOf(m.type, m.content) : undefined;
  return {
    conversationId: m.conversationId,
    conversationKind: event.data.conversationKind,
    messageId: m.messageId,
    seq: m.seq,
    senderId: m.senderId,
    type: m.type,
    ts: m.ts,
    mentioned: m.mentions?.includes(userId) ?? false,
    ...(preview !== undefined ? { preview } : {}),
  };
}

function previewOf(type: string, content: EventOf<"message.created">["data"]["message"]["content"]): string | undefined {
  if (content.text) return content.text.length > 120 ? `${content.text.slice(0, 119)}…` : content.text;
  if (type === "image") return "[image]";
  if (content.file) return `[file] ${content.file.name ?? ""}`.trim().slice(0, 120);
  return undefined;
}
