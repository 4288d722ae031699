/**
 * The Web Push channel: one encrypted push per subscribed device that is not connected.
 * A subscription the push service reports gone (404/410) is deleted; other 4xx answers
 * are permanent for that message and logged; 429, 5xx and network errors are retried.
 */
import { log } from "../../shared/log.js";
import type { Fetch } from "../events/signed-post.js";
import type { Delivery, DeliveryOutcome, NotificationChannel, NotificationPayload, Recipient } from "./channel.js";
import type { PushSubscription, PushSubscriptions } from "./subscriptions.js";
import { encryptPayload, endpointAllowed, vapidAuthorization, type VapidKeys } from "./web-push.js";

/** How long a push service keeps an undelivered notification. */
const TTL_SECONDS = 86_400;

export class WebPushChannel implements NotificationChannel {
  readonly name = "webpush";

  constructor(
    private readonly subscriptions: PushSubscriptions,
    private readonly vapid: VapidKeys,
    private readonly allowedOrigins: readonly string[],
    private readonly timeoutMs: number,
    private readonly fetchFn: Fetch = (r) => fetch(r),
  ) {}

  async deliveries(recipient: Recipient, payload: NotificationPayload): Promise<Delivery[]> {
    const subs = await this.subscriptions.list(recipient.userId);
    return subs
      .filter((s) => !recipient.onlineDevices.includes(s.deviceId))
      .map((s) => ({ key: `webpush:${s.id}`, send: () => this.push(s, payload) }));
  }

  private async push(sub: PushSubscription, payload: NotificationPayload): Promise<DeliveryOutcome> {
    if (!endpointAllowed(sub.endpoint, this.allowedOrigins)) {
      log.warn("webpush.endpoint_not_allowed", { subscriptionId: sub.id });
      return { ok: true };
    }
    try {
      const body = await encryptPayload(sub.keys, new TextEncoder().encode(JSON.stringify(payload)));
      const response = await this.fetchFn(
        new Request(sub.endpoint, {
          method: "POST",
          headers: {
            authorization: await vapidAuthorization(this.vapid, sub.endpoint),
            "content-encoding": "aes128gcm",
            "content-type": "application/octet-stream",
            ttl: String(TTL_SECONDS),
            urgency: payload.mentioned ? "high" : "normal",
          },
          body,
          signal: AbortSignal.timeout(this.timeoutMs),
          redirect: "manual",
        }),
      );
      await response.body?.cancel().catch(() => {});
      if (response.ok) return { ok: true };
      if (response.status === 404 || response.status === 410) {
        await this.subscriptions.expire(sub.id);
        return { ok: true };
      }
      if (response.status === 429 || response.status >= 500) return { ok: false, reason: `web push service answered HTTP ${response.status}` };
      log.warn("webpush.rejected", { subscriptionId: sub.id, status: response.status });
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: `web push failed: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
}
