/**
 * Service discovery: a typed registry over the Worker's bindings. The platform addresses
 * every Durable Object and binding, so "discovery" is knowing which binding serves which
 * service and failing loudly, naming the binding, when one is missing or of the wrong kind.
 * `checkBindings` runs once per isolate (first request, each object's constructor).
 */
export type BindingKind = "durable_object" | "d1" | "queue" | "r2" | "analytics_engine" | "rate_limit";

export interface BindingSpec {
  binding: string;
  kind: BindingKind;
  required: boolean;
  /** What it is for, shown in the error and in /readyz. */
  purpose: string;
}

/** Services the router calls, by name, and the Durable Object namespace serving each. */
export const SERVICES = {
  user: { binding: "USERS", purpose: "UserDO: a user's connections, conversation index and sync log" },
  conversation: { binding: "CONVERSATIONS", purpose: "ConversationDO: the message log of a direct conversation" },
  group: { binding: "GROUPS", purpose: "GroupDO: a group's roster, settings and message log" },
  groupShard: { binding: "GROUP_SHARDS", purpose: "GroupShardDO: delivers a large group's messages to a partition of its members" },
} as const satisfies Record<string, { binding: string; purpose: string }>;

export type ServiceName = keyof typeof SERVICES;

const BINDINGS: BindingSpec[] = [
  ...Object.values(SERVICES).map((s): BindingSpec => ({ binding: s.binding, kind: "durable_object", required: true, purpose: s.purpose })),
  { binding: "DB", kind: "d1", required: true, purpose: "D1: users, sessions, API keys, event bookkeeping" },
  { binding: "ARCHIVE", kind: "r2", required: true, purpose: "R2: archived message-log segments" },
  { binding: "FILES", kind: "r2", required: true, purpose: "R2: file attachments" },
  { binding: "EVENTS", kind: "queue", required: true, purpose: "Queue producer: the event bus" },
  { binding: "DELIVERIES", kind: "queue", required: true, purpose: "Queue producer: webhook and notification jobs" },
  { binding: "METRICS", kind: "analytics_engine", required: false, purpose: "Analytics Engine: production metrics" },
  { binding: "RL_LOGIN_IP", kind: "rate_limit", required: false, purpose: "per-IP login throttle" },
  { binding: "RL_REGISTER_IP", kind: "rate_limit", required: false, purpose: "per-IP registration throttle" },
  { binding: "RL_HTTP_SEND", kind: "rate_limit", required: false, purpose: "per-user HTTP send throttle" },
];

/**
 * Adds (or replaces) a binding in the registry: features that bring their own bindings call
 * this at module load, and /readyz then checks them. Returns a function that undoes it.
 */
export function registerBinding(spec: BindingSpec): () => void {
  const i = BINDINGS.findIndex((b) => b.binding === spec.binding);
  const previous = i >= 0 ? BINDINGS[i] : undefined;
  if (i >= 0) BINDINGS[i] = spec;
  else BINDINGS.push(spec);
  return () => {
    const j = BINDINGS.indexOf(spec);
    if (j < 0) return;
    if (previous) BINDINGS[j] = previous;
    else BINDINGS.splice(j, 1);
  };
}

const has = (v: unknown, method: string) => typeof v === "object" && v !== null && typeof (v as Record<string, unknown>)[method] === "function";

const SHAPES: Record<BindingKind, (v: unknown) => boolean> = {
  durable_object: (v) => has(v, "idFromName") && has(v, "get"),
  d1: (v) => has(v, "prepare") && has(v, "batch"),
  queue: (v) => has(v, "send"),
  r2: (v) => has(v, "head") && has(v, "put"),
  analytics_engine: (v) => has(v, "writeDataPoint"),
  rate_limit: (v) => has(v, "limit"),
};

export type BindingStatus = "ok" | "missing" | "wrong_type";

export interface BindingReport extends BindingSpec {
  status: BindingStatus;
}

/** The status of every registered binding in `env`. */
export function inspectBindings(env: object): BindingReport[] {
  return BINDINGS.map((spec) => {
    const value = (env as Record<string, unknown>)[spec.binding];
    const status: BindingStatus = value === undefined || value === null ? "missing" : SHAPES[spec.kind](value) ? "ok" : "wrong_type";
    return { ...spec, status };
  });
}

export class BindingError extends Error {
  override readonly name = "BindingError";
}

const checked = new WeakSet<object>();

/**
 * Throws a BindingError naming every required binding that is missing or of the wrong
 * kind, with the wrangler.toml fix. Memoized per env object.
 */
export function checkBindings(env: object): void {
  if (checked.has(env)) return;
  const problems = inspectBindings(env).filter((b) => b.required && b.status !== "ok");
  if (problems.length > 0) {
    const detail = problems
      .map((b) => `${b.binding} (${b.kind.replace("_", " ")}: ${b.purpose}) is ${b.status === "missing" ? "missing" : "not a " + b.kind.replace("_", " ") + " binding"}`)
      .join("; ");
    throw new BindingError(`IMServer binding error: ${detail}. Declare it in wrangler.toml (see docs/router.md).`);
  }
  checked.add(env);
}

/** The Durable Object namespace of a service. */
export function namespaceOf(env: Env, service: ServiceName): DurableObjectNamespace {
  const ns = (env as unknown as Record<string, unknown>)[SERVICES[service].binding];
  if (!SHAPES.durable_object(ns)) throw new BindingError(`IMServer binding error: ${SERVICES[service].binding} (service ${service}) is missing`);
  return ns as DurableObjectNamespace;
}
