/**
 * The events consumer: validates each event, skips the ones already consumed, and turns
 * the rest into delivery jobs (webhooks, notifications) on the deliveries queue. Each
 * message is acked or retried on its own; a malformed event is stored as a dead letter at
 * once (retrying cannot fix it). Every consumed event is also written to the log as the
 * audit trail (Workers Logs).
 */
import { parseEvent, type BusEvent } from "../../shared/events.js";
import { log } from "../../shared/log.js";
import { configFrom } from "../config.js";
import { ConsumedIds } from "./consumed.js";
import { storeStatement } from "./dead-letters.js";
import { planJobs, type EndpointSubscription, type Job } from "./jobs.js";
import { sendBodies } from "./publisher.js";
import { retryLater } from "./retry.js";
import { WebhookEndpoints } from "./webhooks.js";

export interface RouterDeps {
  sendJobs(jobs: Job[]): Promise<void>;
  subscriptions(): Promise<EndpointSubscription[]>;
}

export const ROUTER = "router";

export async function consumeEvents(batch: MessageBatch<unknown>, env: Env, deps: Partial<RouterDeps> = {}): Promise<void> {
  const config = configFrom(env);
  const sendJobs = deps.sendJobs ?? ((jobs: Job[]) => sendBodies(env.DELIVERIES, jobs));
  const subscriptions = deps.subscriptions ?? (() => new WebhookEndpoints(env.DB).subscriptions());
  const consumed = new ConsumedIds(env.DB, ROUTER);

  const valid: Array<{ message: Message; event: BusEvent }> = [];
  const invalid: D1PreparedStatement[] = [];
  const invalidMessages: Message[] = [];
  for (const message of batch.messages) {
    const parsed = parseEvent(message.body);
    if (parsed.ok) valid.push({ message, event: parsed.event });
    else {
      log.error("events.invalid", { messageId: message.id, error: parsed.error });
      invalid.push(storeStatement(env.DB, { id: message.id, body: message.body, reason: parsed.error, attempts: message.attempts }));
      invalidMessages.push(message);
    }
  }

  let seen: Set<string>;
  let endpoints: EndpointSubscription[];
  try {
    if (invalid.length > 0) await env.DB.batch(invalid);
    for (const m of invalidMessages) m.ack();
    [seen, endpoints] = await Promise.all([consumed.seen(valid.map((v) => v.event.event_id)), subscriptions()]);
  } catch (err) {
    // D1 is unreachable: nothing can be decided, every message waits.
    const reason = `event store unavailable: ${err instanceof Error ? err.message : String(err)}`;
    for (const m of [...invalidMessages, ...valid.map((v) => v.message)]) m.retry({ delaySeconds: Math.max(1, config.eventRetryBaseSeconds) });
    log.error("events.batch_failed", { reason });
    return;
  }

  const planning = { previews: config.push.preview === "full", notify: Boolean(config.push.webhook || config.push.vapid) };
  const done: Array<{ message: Message; event: BusEvent }> = [];
  for (const item of valid) {
    if (seen.has(item.event.event_id)) {
      item.message.ack();
      continue;
    }
    try {
      const jobs = planJobs(item.event, endpoints, planning);
      if (jobs.length > 0) await sendJobs(jobs);
      done.push(item);
    } catch (err) {
      await retryLater(env.DB, item.message, `planning failed: ${err instanceof Error ? err.message : String(err)}`, config.eventRetryBaseSeconds);
    }
  }
  try {
    await consumed.mark(done.map((d) => d.event.event_id));
  } catch (err) {
    // The jobs went out; a retry re-plans them with the same job ids, which are dropped.
    for (const d of done) await retryLater(env.DB, d.message, `could not record consumption: ${String(err)}`, config.eventRetryBaseSeconds);
    return;
  }
  for (const d of done) {
    log.info("event", { eventId: d.event.event_id, type: d.event.event_type, source: d.event.source, at: d.event.timestamp });
    d.message.ack();
  }
}
