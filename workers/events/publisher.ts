/**
 * The one way onto the bus. Every producer (gateway, Durable Objects, the queue consumers
 * themselves) sends through here: events are validated with the catalogue's zod schemas
 * and measured before anything is sent, so an invalid or oversized event is refused at
 * the producer instead of failing opaquely in the queue (`Unknown Internal Error 15000`).
 *
 * Producers call this only after their own commit; Durable Objects through an outbox
 * (objects/log/event-outbox.ts, or the outbox cursor for message.created), the gateway
 * through the D1 event outbox (./d1-outbox.ts).
 */
import { AppError } from "../../shared/errors.js";
import { parseEvent, type BusEvent } from "../../shared/events.js";

/** Queues accept 128 KB (1 KB = 1000 B) per message including ~100 B of metadata. */
export const MAX_MESSAGE_BYTES = 127_000;
/** sendBatch takes at most 100 messages and 256 KB. */
const BATCH_MESSAGES = 100;
const BATCH_BYTES = 250_000;

const encoder = new TextEncoder();

interface Encoded {
  body: unknown;
  bytes: number;
}

/** JSON size of a queue body; `too_large` when it cannot be sent. */
export function measure(body: unknown, what = "queue message"): number {
  const bytes = encoder.encode(JSON.stringify(body)).length;
  if (bytes > MAX_MESSAGE_BYTES) throw new AppError("too_large", `${what} is ${bytes} bytes; the queue limit is ${MAX_MESSAGE_BYTES}`);
  return bytes;
}

/**
 * Validates an event for the bus. Throws `internal` for a shape the catalogue refuses (a
 * producer bug) and `too_large` past the queue's message limit.
 */
export function checkEvent(event: BusEvent): number {
  const parsed = parseEvent(event);
  if (!parsed.ok) throw new AppError("internal", `refusing to publish: ${parsed.error}`);
  return measure(event, `event ${event.event_type}`);
}

/** Publishes events to the events queue. All are checked before any is sent. */
export async function publish(queue: Queue, events: readonly BusEvent[]): Promise<void> {
  await sendAll(queue, events.map((event) => ({ body: event, bytes: checkEvent(event) })));
}

/** Sends arbitrary JSON bodies (delivery jobs), measured first, in as few batches as allowed. */
export async function sendBodies(queue: Queue, bodies: readonly unknown[]): Promise<void> {
  await sendAll(queue, bodies.map((body) => ({ body, bytes: measure(body) })));
}

async function sendAll(queue: Queue, items: Encoded[]): Promise<void> {
  let batch: MessageSendRequest[] = [];
  let bytes = 0;
  for (const item of items) {
    if (batch.length === BATCH_MESSAGES || (batch.length > 0 && bytes + item.bytes > BATCH_BYTES)) {
      await queue.sendBatch(batch);
      batch = [];
      bytes = 0;
    }
    batch.push({ body: item.body, contentType: "json" });
    bytes += item.bytes;
  }
  if (batch.length > 0) await queue.sendBatch(batch);
}
