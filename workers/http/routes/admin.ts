/**
 * Admin routes for the event bus (docs/events.md): dead letters and webhook endpoints.
 * Every handler starts with requireAdmin (admin users today, API keys with the admin work).
 */
import type { RouterType } from "itty-router";
import { z } from "zod";
import { requireAdmin } from "../../auth/admin.js";
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

export function adminRoutes(router: RouterType<RoutedRequest, [Env, ExecutionContext]>): void {
  router
    .get("/v1/admin/dead-letters", route({ auth: false, query: DeadLetterQuery }, async ({ request, env, query }) => {
      await requireAdmin(request, env);
      return json(await new DeadLetters(env).list({ limit: query.limit, ...(query.status ? { status: query.status } : {}), ...(query.cursor !== undefined ? { cursor: query.cursor } : {}) }));
    }))
    .post("/v1/admin/dead-letters/replay", route({ auth: false, body: ReplayAllSchema }, async ({ request, env, body }) => {
      await requireAdmin(request, env);
      return json(await new DeadLetters(env).replayAll(body.limit));
    }))
    .get("/v1/admin/dead-letters/:id", route({ auth: false }, async ({ request, env, params }) => {
      await requireAdmin(request, env);
      return json({ deadLetter: await new DeadLetters(env).get(params["id"]!) });
    }))
    .post("/v1/admin/dead-letters/:id/replay", route({ auth: false }, async ({ request, env, params }) => {
      await requireAdmin(request, env);
      return json({ deadLetter: await new DeadLetters(env).replay(params["id"]!) });
    }))
    .delete("/v1/admin/dead-letters/:id", route({ auth: false }, async ({ request, env, params }) => {
      await requireAdmin(request, env);
      await new DeadLetters(env).discard(params["id"]!);
      return noContent();
    }))

    .get("/v1/admin/webhooks", route({ auth: false }, async ({ request, env }) => {
      await requireAdmin(request, env);
      return json({ webhooks: await new WebhookEndpoints(env.DB).list() });
    }))
    .post("/v1/admin/webhooks", route({ auth: false, body: CreateWebhookSchema }, async ({ request, env, body }) => {
      await requireAdmin(request, env);
      return json({ webhook: await new WebhookEndpoints(env.DB).create(body) }, 201);
    }))
    .patch("/v1/admin/webhooks/:id", route({ auth: false, body: UpdateWebhookSchema }, async ({ request, env, params, body }) => {
      await requireAdmin(request, env);
      return json({ webhook: await new WebhookEndpoints(env.DB).update(params["id"]!, body) });
    }))
    .delete("/v1/admin/webhooks/:id", route({ auth: false }, async ({ request, env, params }) => {
      await requireAdmin(request, env);
      await new WebhookEndpoints(env.DB).remove(params["id"]!);
      return noContent();
    }));
}
