/**
 * Runs one notify job (a new message, one recipient): asks the recipient's UserDO for the
 * facts (online devices, read, muted, blocked, badge), decides (./decide.ts), then sends
 * through every configured channel. Each channel delivery is recorded when done, so a
 * retried job repeats only what failed, and the notification id (the job id) is stable
 * for receivers to deduplicate on. Idempotent per (conversation, seq, recipient).
 */
import { unwrap } from "../../shared/errors.js";
import { routerFor } from "../router/router.js";
import type { NotificationContext } from "../../objects/user.js";
import type { Config } from "../config.js";
import type { ConsumedIds } from "../events/consumed.js";
import type { NotifyJob } from "../events/jobs.js";
import type { Fetch } from "../events/signed-post.js";
import type { NotificationChannel, NotificationPayload } from "./channel.js";
import { decide } from "./decide.js";
import { PushWebhookChannel } from "./push-webhook.js";
import { PushSubscriptions } from "./subscriptions.js";
import { WebPushChannel } from "./web-push-channel.js";

export interface NotifyDeps {
  channels: NotificationChannel[];
  /** Finished channel deliveries, by `<job id>|<delivery key>`. */
  done: ConsumedIds;
  context(userId: string, q: { conversationId: string; seq: number; senderId: string }): Promise<NotificationContext>;
}

export type NotifyOutcome = { ok: true; sent: number; skipped?: string } | { ok: false; reason: string };

/** The channels this deployment has configured. */
export function configuredChannels(env: Env, config: Config, fetchFn?: Fetch): NotificationChannel[] {
  const channels: NotificationChannel[] = [];
  if (config.push.webhook) channels.push(new PushWebhookChannel(config.push.webhook, config.webhookTimeoutMs, fetchFn));
  if (config.push.vapid) channels.push(new WebPushChannel(new PushSubscriptions(env.DB), config.push.vapid, config.push.webPushOrigins, config.webhookTimeoutMs, fetchFn));
  return channels;
}

/** Asks the recipient's UserDO through the router; rethrows its failure (the job is retried). */
export function userContext(env: Env) {
  return async (userId: string, q: { conversationId: string; seq: number; senderId: string }): Promise<NotificationContext> =>
    unwrap(await routerFor(env).call("user.notificationContext", userId, [userId, q], { source: "notifications" }));
}

export async function runNotifyJob(job: NotifyJob, deps: NotifyDeps): Promise<NotifyOutcome> {
  const n = job.notification;
  let context: NotificationContext;
  try {
    context = await deps.context(job.user_id, { conversationId: n.conversationId, seq: n.seq, senderId: n.senderId });
  } catch (err) {
    return { ok: false, reason: `recipient state unavailable: ${err instanceof Error ? err.message : String(err)}` };
  }
  const decision = decide(context, n);
  if (!decision.notify) return { ok: true, sent: 0, skipped: decision.reason };
  const payload: NotificationPayload = { ...n, kind: "message", userId: job.user_id, badge: decision.badge, notificationId: job.job_id };
  const recipient = { userId: job.user_id, offline: decision.userOffline, onlineDevices: decision.onlineDevices, badge: decision.badge };
  const deliveries = (await Promise.all(deps.channels.map((c) => c.deliveries(recipient, payload)))).flat();
  if (deliveries.length === 0) return { ok: true, sent: 0, skipped: "online" };
  const stepId = (key: string) => `${job.job_id}|${key}`;
  const finished = await deps.done.seen(deliveries.map((d) => stepId(d.key)));
  const pending = deliveries.filter((d) => !finished.has(stepId(d.key)));
  const outcomes = await Promise.all(pending.map(async (d) => ({ d, outcome: await d.send() })));
  await deps.done.mark(outcomes.filter((o) => o.outcome.ok).map((o) => stepId(o.d.key)));
  const failures = outcomes.flatMap((o) => (o.outcome.ok ? [] : [o.outcome.reason]));
  if (failures.length > 0) return { ok: false, reason: failures.join("; ") };
  return { ok: true, sent: pending.length };
}
