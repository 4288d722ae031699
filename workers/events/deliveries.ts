/**
 * The deliveries consumer: runs webhook and notify jobs. Each job is idempotent by its id
 * (recorded once done), acked or retried on its own with exponential backoff, and after
 * max_retries lands in the dead-letter queue with its last failure reason. A job whose
 * webhook endpoint was deleted or disabled is dropped (acked) with a log line.
 */
import { log } from "../../shared/log.js";
import { configFrom } from "../config.js";
import { configuredChannels, runNotifyJob, userContext, type NotifyDeps } from "../notifications/notify.js";
import { ConsumedIds } from "./consumed.js";
import { storeStatement } from "./dead-letters.js";
import { parseJob, type Job } from "./jobs.js";
import { retryLater } from "./retry.js";
import type { Fetch } from "./signed-post.js";
import { deliverWebhook, WebhookEndpoints } from "./webhooks.js";

export const DELIVERY = "delivery";
/** Channel steps of notify jobs, recorded separately from whole jobs. */
export const NOTIFY_STEPS = "notify-step";

/** Workers allow 6 simultaneous outgoing connections per invocation. */
const CONCURRENCY = 6;

export interface DeliveryDeps {
  fetch: Fetch;
  notify: Partial<NotifyDeps>;
}

type Outcome = { ok: true; note?: string } | { ok: false; reason: string };

export async function consumeDeliveries(batch: MessageBatch<unknown>, env: Env, deps: Partial<DeliveryDeps> = {}): Promise<void> {
  const config = configFrom(env);
  const consumed = new ConsumedIds(env.DB, DELIVERY);
  const endpoints = new WebhookEndpoints(env.DB);
  const notifyDeps: NotifyDeps = {
    channels: deps.notify?.channels ?? configuredChannels(env, config, deps.fetch),
    done: deps.notify?.done ?? new ConsumedIds(env.DB, NOTIFY_STEPS),
    context: deps.notify?.context ?? userContext(env),
  };

  const run = async (job: Job): Promise<Outcome> => {
    if (job.job === "notify") {
      const outcome = await runNotifyJob(job, notifyDeps);
      return outcome.ok ? { ok: true, ...(outcome.skipped ? { note: outcome.skipped } : {}) } : outcome;
    }
    const endpoint = await endpoints.find(job.endpoint_id);
    if (!endpoint || !endpoint.enabled) return { ok: true, note: "endpoint gone" };
    const outcome = await deliverWebhook(endpoint, job.event, config.webhookTimeoutMs, deps.fetch);
    return outcome.ok ? { ok: true } : { ok: false, reason: `webhook ${endpoint.id}: ${outcome.reason}` };
  };

  const jobs: Array<{ message: Message; job: Job }> = [];
  for (const message of batch.messages) {
    const parsed = parseJob(message.body);
    if (parsed.ok) {
      jobs.push({ message, job: parsed.job });
      continue;
    }
    try {
      await storeStatement(env.DB, { id: message.id, body: message.body, reason: parsed.error, attempts: message.attempts }).run();
      message.ack();
    } catch {
      message.retry({ delaySeconds: Math.max(1, config.eventRetryBaseSeconds) });
    }
  }

  let seen: Set<string>;
  try {
    seen = await consumed.seen(jobs.map((j) => j.job.job_id));
  } catch (err) {
    for (const j of jobs) j.message.retry({ delaySeconds: Math.max(1, config.eventRetryBaseSeconds) });
    log.error("deliveries.batch_failed", { err });
    return;
  }

  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const { message, job } = jobs[next++]!;
      if (seen.has(job.job_id)) {
        message.ack();
        continue;
      }
      let outcome: Outcome;
      try {
        outcome = await run(job);
      } catch (err) {
        outcome = { ok: false, reason: `unexpected: ${err instanceof Error ? err.message : String(err)}` };
      }
      if (outcome.ok) {
        try {
          await consumed.mark([job.job_id]);
        } catch (err) {
          // Done but unrecorded: a redelivery repeats it, and receivers deduplicate by key.
          log.warn("deliveries.mark_failed", { jobId: job.job_id, err });
        }
        if (outcome.note) log.info("delivery.skipped", { jobId: job.job_id, why: outcome.note });
        message.ack();
      } else {
        log.warn("delivery.failed", { jobId: job.job_id, attempts: message.attempts, reason: outcome.reason });
        await retryLater(env.DB, message, outcome.reason, config.eventRetryBaseSeconds);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, jobs.length) }, worker));
}
