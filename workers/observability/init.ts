/**
 * Per-isolate start-up shared by the Worker and every Durable Object: check the bindings
 * the registry requires (a clear error naming a missing one) and point metrics at
 * Analytics Engine when it is bound. Cheap after the first call.
 */
import { setLogLevel } from "../../shared/log.js";
import { configFrom } from "../config.js";
import { checkBindings } from "../router/registry.js";
import { setMetricsSink } from "./metrics.js";

const started = new WeakSet<object>();

export function initObservability(env: Env): void {
  if (started.has(env)) return;
  checkBindings(env);
  try {
    setLogLevel(configFrom(env).logLevel);
  } catch {
    // A bad config fails the request that reads it, with its own clear error.
  }
  setMetricsSink(env.METRICS);
  started.add(env);
}
