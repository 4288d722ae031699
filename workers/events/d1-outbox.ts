/**
 * The gateway's outbox for events whose change is a D1 write (user.registered,
 * user.login_success). The event row goes into the same D1 batch as the change (atomic),
 * is sent right after the commit (in the background of the request), and deleted once
 * sent. A row left behind by a failed send or a dead isolate is re-sent by the scheduled
 * handler; consumers drop the repeat by event id.
 */
import type { BusEvent } from "../../shared/events.js";
import { log } from "../../shared/log.js";
import { checkEvent, publish } from "./publisher.js";

export class D1EventOutbox {
  constructor(
    private readonly env: Env,
    private readonly ctx?: { waitUntil(promise: Promise<unknown>): void },
  ) {}

  /** The statement to add to the change's batch. Throws if the event cannot be published. */
  stage(event: BusEvent, now = Date.now()): D1PreparedStatement {
    checkEvent(event);
    return this.env.DB.prepare("INSERT OR IGNORE INTO event_outbox (event_id, body, created_at) VALUES (?, ?, ?)").bind(event.event_id, JSON.stringify(event), now);
  }

  /** Sends committed events and deletes their rows; in the background when a context is given. */
  committed(events: BusEvent[]): Promise<void> {
    const work = this.send(events);
    this.ctx?.waitUntil(work);
    return work;
  }

  private async send(events: BusEvent[]): Promise<void> {
    if (events.length === 0) return;
    try {
      await publish(this.env.EVENTS, events);
      await this.env.DB.batch(events.map((e) => this.env.DB.prepare("DELETE FROM event_outbox WHERE event_id = ?").bind(e.event_id)));
    } catch (err) {
      log.warn("event_outbox.send_failed", { events: events.map((e) => e.event_id), err });
    }
  }
}

/** Re-sends events staged more than `graceMs` ago and still unsent. Returns how many. */
export async function sweepEventOutbox(env: Env, graceMs = 60_000, now = Date.now(), limit = 500): Promise<number> {
  const { results } = await env.DB.prepare("SELECT event_id, body FROM event_outbox WHERE created_at < ? ORDER BY created_at LIMIT ?")
    .bind(now - graceMs, limit)
    .all<{ event_id: string; body: string }>();
  if (results.length === 0) return 0;
  await publish(env.EVENTS, results.map((r) => JSON.parse(r.body) as BusEvent));
  await env.DB.batch(results.map((r) => env.DB.prepare("DELETE FROM event_outbox WHERE event_id = ?").bind(r.event_id)));
  return results.length;
}
