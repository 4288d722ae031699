/** Web Push subscription routes (docs/notifications.md). */
import type { RouterType } from "itty-router";
import { AppError } from "../../../shared/errors.js";
import { PushSubscriptions, SubscribeSchema } from "../../notifications/subscriptions.js";
import { json, noContent } from "../respond.js";
import { route, type RoutedRequest } from "../route.js";

export function pushRoutes(router: RouterType<RoutedRequest, [Env, ExecutionContext]>): void {
  router
    .get("/v1/push/vapid-public-key", route({ auth: false, doc: { summary: "The VAPID public key for Web Push subscriptions", tags: ["push"], errors: ["not_found"] } }, ({ config }) => {
      if (!config.push.vapid) throw new AppError("not_found", "web push is not configured on this server");
      return json({ publicKey: config.push.vapid.publicKey });
    }))
    .post("/v1/push/subscriptions", route({ auth: true, body: SubscribeSchema, doc: { summary: "Subscribe this device to Web Push", tags: ["push"], response: { status: 201 }, errors: ["not_found"] } }, async ({ env, config, identity, body }) => {
      if (!config.push.vapid) throw new AppError("not_found", "web push is not configured on this server");
      const subscription = await new PushSubscriptions(env.DB).upsert(identity.userId, body.deviceId ?? identity.deviceId, body, config.push.webPushOrigins);
      return json({ subscription }, 201);
    }))
    .get("/v1/push/subscriptions", route({ auth: true, doc: { summary: "My Web Push subscriptions", tags: ["push"] } }, async ({ env, identity }) =>
      json({ subscriptions: await new PushSubscriptions(env.DB).list(identity.userId) })))
    .delete("/v1/push/subscriptions/:id", route({ auth: true, doc: { summary: "Remove a Web Push subscription", tags: ["push"], response: { status: 204 }, errors: ["not_found"], params: { id: "subscription id" } } }, async ({ env, identity, params }) => {
      await new PushSubscriptions(env.DB).remove(identity.userId, params["id"]!);
      return noContent();
    }));
}
