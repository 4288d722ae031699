/**
 * Per-isolate start-up shared by the Worker and every Durable Object: check the bindings
 * the registry requires (a clear error naming a missing one) and point metrics at
 * Analytics Engine when it is bound. Cheap after the first call.
 */
import { checkBindings } from "../router/registry.js";
import { setMetricsSink } from "./metrics.js";

const started = new WeakSet<object>();

export function initObservability(env: Env): void {
  if (started.has(env)) return;
  checkBindings(env);
  setMetricsSink(env.METRICS);
  started.add(env);
}
