/**
 * The head every IMServer Durable Object shares: observability set up for its env, the
 * object's single alarm (alarm.ts) and its meta table (meta.ts), made in that order before
 * the subclass builds its own parts on them.
 */
import { DurableObject } from "cloudflare:workers";
import { initObservability } from "../workers/observability/init.js";
import { AlarmClock } from "./alarm.js";
import { Meta } from "./meta.js";

export abstract class StoredObject extends DurableObject<Env> {
  protected readonly alarms: AlarmClock;
  protected readonly meta: Meta;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.alarms = new AlarmClock(ctx.storage);
    initObservability(env);
    this.meta = new Meta(ctx.storage.sql);
  }
}
