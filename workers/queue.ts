/**
 * The one queue handler of the Worker: switches on the queue a batch came from.
 * Every consumer acks or retries each message individually.
 */
import { log } from "../shared/log.js";
import { consumeDeadLetters } from "./events/dead-letters.js";
import { consumeDeliveries } from "./events/deliveries.js";
import { QUEUES } from "./events/queues.js";
import { consumeEvents } from "./events/router.js";
import { withQueueFaults } from "./test-hooks.js";

export async function queue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  // Test configurations may fail first deliveries on purpose (workers/test-hooks.ts).
  return withQueueFaults(batch, env, (b) => consume(b, env));
}

async function consume(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  switch (batch.queue) {
    case QUEUES.events:
      return consumeEvents(batch, env);
    case QUEUES.deliveries:
      return consumeDeliveries(batch, env);
    case QUEUES.deadLetters:
      return consumeDeadLetters(batch, env);
    default:
      // A queue bound in wrangler.toml that this code does not know: keep its messages.
      log.error("queue.unknown", { queue: batch.queue, messages: batch.messages.length });
      batch.retryAll({ delaySeconds: 60 });
  }
}
