/**
 * After-event webhooks: endpoints of app backends that receive bus events (message, group
 * and user events) as signed JSON POSTs. Endpoints live in D1 and are managed through the
 * admin API; a delivery job names its endpoint by id, so fixing an endpoint's URL and then
 * replaying its dead letters delivers them to the fixed URL.
 */
import { z } from "zod";
import { AppError } from "../../shared/errors.js";
import { EVENT_TYPES, type BusEvent } from "../../shared/events.js";
import { randomToken, ulid } from "../../shared/ids.js";
import type { EndpointSubscription } from "./jobs.js";
import { postSigned, type Fetch, type PostOutcome } from "./signed-post.js";

export const CreateWebhookSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2_048),
  events: z.array(z.union([z.enum(EVENT_TYPES as [string, ...string[]]), z.literal("*")])).min(1).max(EVENT_TYPES.length + 1),
  description: z.string().max(200).default(""),
});
export type CreateWebhook = z.infer<typeof CreateWebhookSchema>;

export const UpdateWebhookSchema = z.object({
  url: CreateWebhookSchema.shape.url.optional(),
  events: CreateWebhookSchema.shape.events.optional(),
  description: z.string().max(200).optional(),
  enabled: z.boolean().optional(),
});
export type UpdateWebhook = z.infer<typeof UpdateWebhookSchema>;

export interface WebhookEndpoint {
  id: string;
  url: string;
  events: string[];
  description: string;
  enabled: boolean;
  createdAt: number;
}

interface Row {
  id: string;
  url: string;
  secret: string;
  events: string;
  description: string;
  enabled: number;
  created_at: number;
}

const toEndpoint = (r: Row): WebhookEndpoint => ({
  id: r.id,
  url: r.url,
  events: JSON.parse(r.events) as string[],
  description: r.description,
  enabled: r.enabled === 1,
  createdAt: r.created_at,
});

export class WebhookEndpoints {
  constructor(private readonly db: D1Database) {}

  async list(): Promise<WebhookEndpoint[]> {
    const { results } = await this.db.prepare("SELECT * FROM webhook_endpoints ORDER BY created_at").all<Row>();
    return results.map(toEndpoint);
  }

  /** Enabled endpoints and the event types each wants (what the events consumer plans with). */
  async subscriptions(): Promise<EndpointSubscription[]> {
    const { results } = await this.db.prepare("SELECT id, events FROM webhook_endpoints WHERE enabled = 1").all<{ id: string; events: string }>();
    return results.map((r) => ({ id: r.id, events: JSON.parse(r.events) as string[] }));
  }

  async find(id: string): Promise<(WebhookEndpoint & { secret: string }) | undefined> {
    const row = await this.db.prepare("SELECT * FROM webhook_endpoints WHERE id = ?").bind(id).first<Row>();
    return row ? { ...toEndpoint(row), secret: row.secret } : undefined;
  }

  /** Creates an endpoint; the signing secret is returned only here. */
  async create(input: CreateWebhook, now = Date.now()): Promise<WebhookEndpoint & { secret: string }> {
    const row: Row = {
      id: ulid(now),
      url: input.url,
      secret: `whsec_${randomToken(24)}`,
      events: JSON.stringify([...new Set(input.events)]),
      description: input.description,
      enabled: 1,
      created_at: now,
    };
    await this.db
      .prepare("INSERT INTO webhook_endpoints (id, url, secret, events, description, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .bind(row.id, row.url, row.secret, row.events, row.description, row.enabled, row.created_at)
      .run();
    return { ...toEndpoint(row), secret: row.secret };
  }

  /** Changes an endpoint. Throws `not_found`. */
  async update(id: string, input: UpdateWebhook): Promise<WebhookEndpoint> {
    const current = await this.find(id);
    if (!current) throw new AppError("not_found", "no such webhook");
    const next = {
      url: input.url ?? current.url,
      events: JSON.stringify(input.events ? [...new Set(input.events)] : current.events),
      description: input.description ?? current.description,
      enabled: (input.enabled ?? current.enabled) ? 1 : 0,
    };
    await this.db
      .prepare("UPDATE webhook_endpoints SET url = ?, events = ?, description = ?, enabled = ? WHERE id = ?")
      .bind(next.url, next.events, next.description, next.enabled, id)
      .run();
    const { secret: _secret, ...endpoint } = (await this.find(id))!;
    return endpoint;
  }

  /** Deletes an endpoint. Throws `not_found`. */
  async remove(id: string): Promise<void> {
    const result = await this.db.prepare("DELETE FROM webhook_endpoints WHERE id = ?").bind(id).run();
    if (result.meta.changes === 0) throw new AppError("not_found", "no such webhook");
  }
}

/** Delivers one event to one endpoint. The idempotency key is the event id. */
export async function deliverWebhook(endpoint: { url: string; secret: string }, event: BusEvent, timeoutMs: number, fetchFn?: Fetch): Promise<PostOutcome> {
  return postSigned(
    {
      url: endpoint.url,
      secret: endpoint.secret,
      body: JSON.stringify(event),
      idempotencyKey: event.event_id,
      headers: { "x-imserver-event": event.event_type, "x-imserver-event-id": event.event_id },
      timeoutMs,
    },
    fetchFn,
  );
}
