/**
 * The gateway's stages around every route: `before` (start-up checks, trace id, method and
 * URL guards, CORS preflight) and `after` (security and CORS headers, `x-request-id`,
 * metrics per route pattern, one structured access-log line). Tokens never reach the log:
 * it records the route pattern, never the URL (which may carry `?token=`).
 */
import { AppError } from "../../shared/errors.js";
import { log } from "../../shared/log.js";
import { configFrom } from "../config.js";
import { METRICS } from "../observability/catalog.js";
import { initObservability } from "../observability/init.js";
import { contextOf, startContext } from "./context.js";
import type { RoutedRequest } from "./route.js";
import { preflight, secure } from "./security.js";

/** Longest URL accepted (path + query); longer is `uri_too_long` (414) before any routing. */
export const MAX_URL_CHARS = 8_192;

export function beforeRequest(routes: () => ReadonlyArray<[string, RegExp, unknown[], string]>) {
  return (request: RoutedRequest, env: Env): Response | undefined => {
    startContext(request);
    initObservability(env);
    if (request.url.length > MAX_URL_CHARS) throw new AppError("uri_too_long", `URL exceeds ${MAX_URL_CHARS} characters`);
    if (request.method === "TRACE" || request.method === "CONNECT") throw new AppError("method_not_allowed", `${request.method} is not supported`);
    if (request.method === "OPTIONS") {
      return preflight(request, configFrom(env).corsOrigins, (path) =>
        routes()
          .filter(([method, regex, , pattern]) => method !== "ALL" && pattern !== "*" && regex.test(path))
          .map(([method]) => method),
      );
    }
    return undefined;
  };
}

export function afterRequest(response: Response | undefined, request: RoutedRequest, env: Env): Response {
  const ctx = contextOf(request);
  const res = response ?? new Response(null, { status: 404 });
  const route = request.route && request.route !== "*" ? request.route : "unmatched";
  const ms = Date.now() - ctx.started;
  METRICS.httpRequests.inc({ route, method: request.method, status: res.status });
  METRICS.httpDuration.observe({ route }, ms);
  const fields = { traceId: ctx.traceId, method: request.method, route, status: res.status, ms, userId: ctx.userId, conversationId: ctx.conversationId, admin: ctx.admin };
  if (res.status >= 500) log.error("http.request", fields);
  else log.info("http.request", fields);
  let origins: readonly string[] = [];
  try {
    origins = configFrom(env).corsOrigins;
  } catch {
    // A broken config already produced the error response; headers still go on it.
  }
  const secured = secure(res, request, origins);
  if (secured.status !== 101) secured.headers.set("x-request-id", ctx.traceId);
  return secured;
}
