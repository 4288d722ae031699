/**
 * Admin routes for the event bus (docs/events.md): dead letters and webhook endpoints.
 * Each route names the admin scope it needs (docs/admin.md); `route()` checks it.
 */
import type { RouterType } from "itty-router";
import { z } from "zod";
import { DeadLetters } from "../../events/dead-letters.js";
import { CreateWebhookSchema, UpdateWebhookSchema, WebhookEndpoints } from "../../events/webhooks.js";
import { json, noContent } from "../respond.js";
import { route, type RoutedRequest } from "../route.js";

const DeadLetterQuery = z.object({
  status: z.enum(["dead", "replayed"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.coerce.number().int().min(0).optional(),
});

const ReplayAllSchema = z.object({ limit: z.number().int().min(1).max(500).default(100) });

const tags = ["admin"];
const idParam = { id: "dead letter id (the queue message id)" };

export function adminRoutes(router: RouterType<RoutedRequest, [Env, ExecutionContext]>): void {
  router
    .get("/v1/admin/dead-letters", route({ auth: false, admin: "dlq:read", query: DeadLetterQuery, doc: { summary: "Dead letters with their failure reason, newest first", tags } }, async ({ env, query }) => {
      return json(await new DeadLetters(env).list({ limit: query.limit, ...(query.status ? { status: query.status } : {}), ...(query.cursor !== undefined ? { cursor: query.cursor } : {}) }));
    }))
    .post("/v1/admin/dead-letters/replay", route({ auth: false, admin: "dlq:write", body: ReplayAllSchema, doc: { summary: "Replay dead letters onto their queues", tags } }, async ({ env, body }) => {
      return json(await new DeadLetters(env).replayAll(body.limit));
    }))
    .get("/v1/admin/dead-letters/:id", route({ auth: false, admin: "dlq:read", doc: { summary: "One dead letter", tags, params: idParam, errors: ["not_found"] } }, async ({ env, params }) => {
      return json({ deadLetter: await new DeadLetters(env).get(params["id"]!) });
    }))
    .post("/v1/admin/dead-letters/:id/replay", route({ auth: false, admin: "dlq:write", doc: { summary: "Replay one dead letter onto its queue", tags, params: idParam, errors: ["not_found", "conflict"] } }, async ({ env, params }) => {
      return json({ deadLetter: await new DeadLetters(env).replay(params["id"]!) });
    }))
    .delete("/v1/admin/dead-letters/:id", route({ auth: false, admin: "dlq:write", doc: { summary: "Discard a dead letter", tags, params: idParam, response: { status: 204 }, errors: ["not_found"] } }, async ({ env, params }) => {
      await new DeadLetters(env).discard(params["id"]!);
      return noContent();
    }))

    .get("/v1/admin/webhooks", route({ auth: false, admin: "webhooks:manage", doc: { summary: "After-event webhook endpoints", tags } }, async ({ env }) => {
      return json({ webhooks: await new WebhookEndpoints(env.DB).list() });
    }))
    .post("/v1/admin/webhooks", route({ auth: false, admin: "webhooks:manage", body: CreateWebhookSchema, doc: { summary: "Add a webhook endpoint", tags, response: { status: 201 } } }, async ({ env, body }) => {
      return json({ webhook: await new WebhookEndpoints(env.DB).create(body) }, 201);
    }))
    .patch("/v1/admin/webhooks/:id", route({ auth: false, admin: "webhooks:manage", body: UpdateWebhookSchema, doc: { summary: "Change a webhook endpoint", tags, params: { id: "webhook id" }, errors: ["not_found"] } }, async ({ env, params, body }) => {
      return json({ webhook: await new WebhookEndpoints(env.DB).update(params["id"]!, body) });
    }))
    .delete("/v1/admin/webhooks/:id", route({ auth: false, admin: "webhooks:manage", doc: { summary: "Remove a webhook endpoint", tags, params: { id: "webhook id" }, response: { status: 204 }, errors: ["not_found"] } }, async ({ env, params }) => {
      await new WebhookEndpoints(env.DB).remove(params["id"]!);
      return noContent();
    }));
}
