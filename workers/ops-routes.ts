/**
 * Operational routes: liveness, readiness, metrics, the WebSocket endpoint, and the API
 * documentation (OpenAPI document and its page).
 */
import type { RouterType } from "itty-router";
import { z } from "zod";
import { requireAdmin } from "./auth/admin.js";
import { contextOf } from "./http/context.js";
import { json } from "./http/respond.js";
import { documented, route, type RoutedRequest } from "./http/route.js";
import { healthz } from "./health.js";
import { registry } from "./observability/catalog.js";
import { DOCS_CSP, DOCS_CSS, DOCS_HTML, DOCS_JS } from "./openapi/docs-page.js";
import { buildOpenApi, type IttyRoute } from "./openapi/spec.js";
import { readiness } from "./readiness.js";
import { upgradeWebSocket, WsQuery } from "./websocket.js";

type GatewayRouter = RouterType<RoutedRequest, [Env, ExecutionContext]>;

const ReadySchema = z.object({
  status: z.enum(["ready", "not_ready"]),
  ms: z.number(),
  checks: z.array(z.object({ name: z.string(), status: z.enum(["ok", "failed"]), ms: z.number(), detail: z.string().optional(), error: z.string().optional() })),
});

const text = (body: string, contentType: string, extra: Record<string, string> = {}) =>
  new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store", ...extra } });

export function opsRoutes(router: GatewayRouter): void {
  let spec: unknown;
  const openapi = () => (spec ??= buildOpenApi(router.routes as unknown as IttyRoute[]));

  router
    .get("/healthz", documented(() => healthz(), { auth: false, doc: { summary: "Liveness: answers without touching any dependency", tags: ["operations"], response: { status: 200 } } }))
    .get("/readyz", documented(async (request: RoutedRequest, env: Env) => {
      const report = await readiness(env);
      // Failure details (error text) only for admins; everyone sees names, status and timings.
      const verbose = await requireAdmin(request, env, "metrics:read").then(() => true, () => false);
      const body = verbose ? report : { ...report, checks: report.checks.map(({ error: _e, detail: _d, ...c }) => c) };
      return json(body, report.status === "ready" ? 200 : 503);
    }, {
      auth: false,
      doc: {
        summary: "Readiness: D1, a Durable Object round trip, R2 and queue bindings, with timings (503 when any fails)",
        description: "Details and error text are included for callers with admin credentials (scope metrics:read).",
        tags: ["operations"], response: { status: 200, schema: ReadySchema }, errors: ["unavailable"],
      },
    }))
    .get("/metrics", route({
      auth: false, admin: "metrics:read",
      doc: { summary: "Prometheus metrics of this isolate (text format 0.0.4)", tags: ["operations"], description: "In production each isolate sees only its own traffic: use Analytics Engine for totals (docs/observability.md)." },
    }, () => text(registry.render(), "text/plain; version=0.0.4; charset=utf-8")))
    .get("/v1/ws", documented((request: RoutedRequest, env: Env) => upgradeWebSocket(request, env, contextOf(request).traceId), {
      auth: false,
      query: WsQuery,
      doc: {
        summary: "Open a WebSocket (protocol in docs/protocol.md)", tags: ["realtime"],
        description: "Requires `Upgrade: websocket`. 401 before any upgrade without a valid token; 429 when the user already has MAX_DEVICES_PER_USER devices connected.",
        response: { status: 101, description: "Switching protocols" }, errors: ["unauthorized", "token_expired", "upgrade_required", "rate_limited", "bad_request"],
      },
    }))
    .get("/openapi.json", documented(() => json(openapi()), { auth: false, doc: { summary: "This OpenAPI 3.1 document", tags: ["operations"] } }))
    .get("/docs", documented(() => text(DOCS_HTML, "text/html; charset=utf-8", { "content-security-policy": DOCS_CSP }), { auth: false, doc: { summary: "API reference page (renders /openapi.json)", tags: ["operations"] } }))
    .get("/docs/app.js", () => text(DOCS_JS, "text/javascript; charset=utf-8", { "content-security-policy": DOCS_CSP }))
    .get("/docs/app.css", () => text(DOCS_CSS, "text/css; charset=utf-8", { "content-security-policy": DOCS_CSP }));
}
