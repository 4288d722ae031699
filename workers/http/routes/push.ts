/** Web Push subscription routes (docs/notifications.md). */
import type { RouterType } from "itty-router";
import { AppError } from "../../../shared/errors.js";
import { PushSubscriptions, SubscribeSchema } from "../../notifications/subscriptions.js";
import { json, noContent } from "../respond.js";
import { route, type RoutedRequest } from "../route.js";

export function pushRoutes(router: RouterType<RoutedRequest, [Env, ExecutionContext]>): void {
  router
    .get("/v1/push/vapid-public-key", route({ auth: false }, ({ config }) => {
      if (!config.push.vapid) throw new AppError("not_found", "web push is not configured on this server");
      return json({ publicKey: config.push.vapid.publicKey });
    }))
    .post("/v1/push/subscriptions", route({ auth: true, body: SubscribeSchema }, async ({ env, config, identity, body }) => {
      if (!config.push.vapid) throw new AppError("not_found", "web push is not configured on this server");
      const subscription = await new PushSubscriptions(env.DB).upsert(identity.userId, body.deviceId ?? identity.deviceId, body, config.push.webPushOrigins);
      return json({ subscription }, 201);
    }))
    .get("/v1/push/subscriptions", route({ auth: true }, async ({ env, identity }) =>
      json({ subscriptions: await new PushSubscriptions(env.DB).list(identity.userId) })))
    .delete("/v1/push/subscriptions/:id", route({ auth: true }, async ({ env, identity, params }) => {
      await new PushSubscriptions(env.DB).remove(identity.userId, params["id"]!);
      return noContent();
    }));
}
