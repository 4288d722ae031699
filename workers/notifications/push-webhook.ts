/**
 * The HTTP webhook channel: notifications go as signed JSON to the app's push backend,
 * which owns the FCM/APNs tokens of its native apps. Called once per notification for a
 * user with no device online; the idempotency key is the notification id.
 */
import { postSigned, type Fetch } from "../events/signed-post.js";
import type { Delivery, NotificationChannel, NotificationPayload, Recipient } from "./channel.js";

export class PushWebhookChannel implements NotificationChannel {
  readonly name = "webhook";

  constructor(
    private readonly target: { url: string; secret: string },
    private readonly timeoutMs: number,
    private readonly fetchFn?: Fetch,
  ) {}

  async deliveries(recipient: Recipient, payload: NotificationPayload): Promise<Delivery[]> {
    if (!recipient.offline) return [];
    return [
      {
        key: "webhook",
        send: async () => {
          const outcome = await postSigned(
            {
              url: this.target.url,
              secret: this.target.secret,
              body: JSON.stringify({ type: "notification", notification: payload }),
              idempotencyKey: payload.notificationId,
              headers: { "x-imserver-event": "notification" },
              timeoutMs: this.timeoutMs,
            },
            this.fetchFn,
          );
          return outcome.ok ? { ok: true } : { ok: false, reason: `push webhook: ${outcome.reason}` };
        },
      },
    ];
  }
}
