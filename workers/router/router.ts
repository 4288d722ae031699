/**
 * The message router: every call between services goes through `call()`, which wraps the
 * arguments in an InternalMessage envelope (trace id in metadata), finds the target object
 * through the registry, and applies, around the call:
 *  - a circuit breaker per target object (fail fast with `unavailable` while open);
 *  - a timeout per attempt (the route's, 200 ms-5 s; default 500 ms) answered as `timeout`;
 *  - retries (3, exponential backoff with jitter) only for errors the platform marks
 *    `.retryable` and never `.overloaded`, only on routes declared idempotent, each retry
 *    reusing the envelope's message id;
 *  - metrics (calls, latency, retries, circuit state) and a log line on failure.
 * Failures come back as a Result (never thrown): Workers RPC would drop custom error fields.
 */
import { backoffDelay, type BackoffPolicy } from "../../shared/backoff.js";
import { fail, type Result } from "../../shared/errors.js";
import { encodeEnvelope, META, type Envelope } from "../../shared/envelope.js";
import { base64url, fromBase64url, ulid } from "../../shared/ids.js";
import { log } from "../../shared/log.js";
import { withTimeout } from "../../shared/timeout.js";
import { METRICS } from "../observability/catalog.js";
import { BreakerSet, type CircuitState } from "./breaker.js";
import { namespaceOf, type ServiceName } from "./registry.js";
import { CONNECT_ROUTE, ROUTES, type RouteArgs, type RouteName, type RouteSpec, type RouteValue } from "./routes.js";

/** What the router needs of a target: the one RPC entry every service object exposes. */
export interface Target {
  receive(envelope: Uint8Array): Promise<Result<unknown>>;
}

export interface CallOptions {
  /** Who is calling: "gateway", "user", "conversation", "admin", ... */
  source: string;
  /** Carried in the envelope's metadata; a fresh one is made when absent. */
  traceId?: string;
  /** Overrides the route's timeout (still clamped to 200 ms-5 s). */
  timeoutMs?: number;
}

/** The header that carries the envelope of a WebSocket hand-off. */
export const ENVELOPE_HEADER = "x-im-envelope";

/** What the gateway tells the user's object about an authenticated connection. */
export interface Handoff {
  userId: string;
  deviceId: string;
  sessionId: string;
  encoding: "json" | "binary";
  /** The subprotocol to select, when the client offered any. */
  protocol?: string;
  /** Compress large binary pushes. */
  compress?: boolean;
}

export interface RouterDeps {
  resolve(env: Env, service: ServiceName, key: string): Target;
  /** The object's fetch, for the WebSocket hand-off. */
  fetcher(env: Env, service: ServiceName, key: string): { fetch(request: Request): Promise<Response> };
  breakers: BreakerSet;
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
  /** Retries after the first attempt. */
  maxRetries: number;
  backoff: BackoffPolicy;
}

export const RETRY_BACKOFF: BackoffPolicy = { baseMs: 50, maxMs: 1_000 };

function onTransition(service: string, from: CircuitState, to: CircuitState): void {
  METRICS.circuitTransitions.inc({ service, state: to });
  if (from === "closed" && to !== "closed") METRICS.circuitsOpen.add({ service }, 1);
  if (from !== "closed" && to === "closed") METRICS.circuitsOpen.add({ service }, -1);
  log.warn("router.circuit", { service, from, to });
}

const defaultDeps: RouterDeps = {
  resolve: (env, service, key) => {
    const ns = namespaceOf(env, service);
    return ns.get(ns.idFromName(key)) as unknown as Target;
  },
  fetcher: (env, service, key) => {
    const ns = namespaceOf(env, service);
    return ns.get(ns.idFromName(key));
  },
  breakers: new BreakerSet(undefined, onTransition),
  now: Date.now,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  random: Math.random,
  maxRetries: 3,
  backoff: RETRY_BACKOFF,
};

/** Makes a breaker set that reports to metrics (for routers built with custom deps). */
export function newBreakerSet(options?: ConstructorParameters<typeof BreakerSet>[0]): BreakerSet {
  return new BreakerSet(options, onTransition);
}

class TimeoutError extends Error {}

const timedOut = (ms: number) => () => new TimeoutError(`timed out after ${ms} ms`);

/** Result codes that say the target itself is unwell (they count against its breaker). */
const UNHEALTHY = new Set(["internal", "unavailable", "timeout"]);

export class MessageRouter {
  private readonly deps: RouterDeps;

  constructor(
    private readonly env: Env,
    deps: Partial<RouterDeps> = {},
  ) {
    this.deps = { ...defaultDeps, ...deps };
  }

  /**
   * Calls `route` on the object named `key` (a user id, a conversation id) with `args`.
   * Resolves with the target's Result, or a failure: `timeout`, `unavailable` (circuit
   * open, overloaded, unreachable after retries).
   */
  async call<R extends RouteName>(route: R, key: string, args: RouteArgs<R>, options: CallOptions): Promise<Result<RouteValue<R>>> {
    const spec: RouteSpec = ROUTES[route];
    const { deps } = this;
    const started = deps.now();
    const breaker = deps.breakers.get(spec.service, key);
    const done = (outcome: string, result: Result<unknown>) => {
      METRICS.routerCalls.inc({ route, outcome });
      METRICS.routerDuration.observe({ route }, deps.now() - started);
      return result as Result<RouteValue<R>>;
    };
    if (!breaker.allow(started)) {
      const retryAfterMs = Math.max(1, breaker.retryAfterMs(started));
      return done("circuit_open", fail("unavailable", `${spec.service} is unavailable (circuit open), retry later`, retryAfterMs));
    }
    const timeoutMs = Math.min(5_000, Math.max(200, options.timeoutMs ?? spec.timeoutMs));
    const envelope: Envelope = {
      messageId: ulid(started),
      sourceService: options.source,
      targetService: spec.service,
      messageType: spec.code,
      timestamp: started,
      payload: args,
      metadata: { [META.traceId]: options.traceId ?? ulid(started), [META.route]: route },
    };
    const attempts = spec.retry ? 1 + deps.maxRetries : 1;
    for (let attempt = 1; ; attempt++) {
      envelope.metadata[META.attempt] = String(attempt);
      try {
        // A fresh stub per attempt: a stub that saw its object reset keeps failing.
        const target = deps.resolve(this.env, spec.service, key);
        const result = await withTimeout(target.receive(encodeEnvelope(envelope)), timeoutMs, timedOut(timeoutMs));
        if (!result.ok && UNHEALTHY.has(result.error.code)) breaker.failure(deps.now());
        else breaker.success();
        return done(result.ok ? "ok" : result.error.code, result);
      } catch (err) {
        breaker.failure(deps.now());
        const traceId = envelope.metadata[META.traceId];
        if (err instanceof TimeoutError) {
          log.warn("router.timeout", { route, key, traceId, attempt, timeoutMs });
          return done("timeout", fail("timeout", `${spec.service} did not answer within ${timeoutMs} ms; retry (the operation is idempotent)`));
        }
        const e = err as { retryable?: boolean; overloaded?: boolean; message?: string };
        const retryable = e.retryable === true && e.overloaded !== true;
        if (!retryable || attempt >= attempts || breaker.state === "open") {
          log.warn("router.failed", { route, key, traceId, attempt, overloaded: e.overloaded === true, retryable: e.retryable === true, error: String(e.message ?? err) });
          const message = e.overloaded ? `${spec.service} is overloaded, retry later` : `${spec.service} is unavailable, retry later`;
          return done(e.overloaded ? "overloaded" : "failed", fail("unavailable", message, e.overloaded ? 1_000 : undefined));
        }
        METRICS.routerRetries.inc({ route });
        await deps.sleep(backoffDelay(attempt, deps.backoff, deps.random));
      }
    }
  }

  /**
   * Hands an authenticated WebSocket upgrade to the user's object. Returns its response
   * (101, or a refusal such as 429), or a 503/504 error response from the router itself.
   */
  async connect(handoff: Handoff, options: CallOptions): Promise<Response | Result<never>> {
    const { deps } = this;
    const route = CONNECT_ROUTE.name;
    const started = deps.now();
    const breaker = deps.breakers.get(CONNECT_ROUTE.service, handoff.userId);
    const done = <T>(outcome: string, value: T) => {
      METRICS.routerCalls.inc({ route, outcome });
      METRICS.routerDuration.observe({ route }, deps.now() - started);
      return value;
    };
    if (!breaker.allow(started)) {
      return done("circuit_open", fail("unavailable", "user service is unavailable (circuit open), retry later", Math.max(1, breaker.retryAfterMs(started))));
    }
    const envelope = encodeEnvelope({
      messageId: ulid(started),
      sourceService: options.source,
      targetService: CONNECT_ROUTE.service,
      messageType: CONNECT_ROUTE.code,
      timestamp: started,
      payload: handoff,
      metadata: { [META.traceId]: options.traceId ?? ulid(started), [META.route]: route, [META.attempt]: "1" },
    });
    // A fresh Request: never forward the client's own headers (or a router proxy) inward.
    const request = new Request("https://user.internal/connect", { headers: { upgrade: "websocket", [ENVELOPE_HEADER]: base64url(envelope) } });
    try {
      const response = await withTimeout(deps.fetcher(this.env, CONNECT_ROUTE.service, handoff.userId).fetch(request), CONNECT_ROUTE.timeoutMs, timedOut(CONNECT_ROUTE.timeoutMs));
      if (response.status >= 500) breaker.failure(deps.now());
      else breaker.success();
      return done(response.status === 101 ? "ok" : String(response.status), response);
    } catch (err) {
      breaker.failure(deps.now());
      log.warn("router.connect_failed", { userId: handoff.userId, traceId: options.traceId, err });
      if (err instanceof TimeoutError) return done("timeout", fail("timeout", "user service did not accept the connection in time; retry"));
      return done("failed", fail("unavailable", "user service is unavailable, retry later"));
    }
  }
}

/** Reads the envelope of a hand-off request (inside the user's object). */
export function handoffEnvelope(request: Request): Uint8Array | undefined {
  const header = request.headers.get(ENVELOPE_HEADER);
  if (!header) return undefined;
  try {
    return fromBase64url(header);
  } catch {
    return undefined;
  }
}

const routers = new WeakMap<object, MessageRouter>();

/** The router for `env` (one per env object, sharing the isolate's breakers). */
export function routerFor(env: Env): MessageRouter {
  let router = routers.get(env);
  if (!router) {
    router = new MessageRouter(env);
    routers.set(env, router);
  }
  return router;
}
