/**
 * The admin HTTP server (a separate port, never exposed to clients): `/healthz` (the
 * process is alive), `/readyz` (it should get new clients) and `/metrics` (Prometheus).
 */
import { createServer, type Server } from "node:http";
import type { Registry } from "prom-client";

export interface Readiness {
  ready: boolean;
  checks: Record<string, boolean>;
}

export function createAdminServer(registry: Registry, readiness: () => Readiness): Server {
  return createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(body));
    };
    if (req.method !== "GET" && req.method !== "HEAD") return json(405, { error: { code: "method_not_allowed", message: "GET only" } });
    if (path === "/healthz") return json(200, { status: "ok" });
    if (path === "/readyz") {
      const r = readiness();
      return json(r.ready ? 200 : 503, { status: r.ready ? "ready" : "not_ready", checks: r.checks });
    }
    if (path === "/metrics") {
      registry.metrics().then(
        (text) => {
          res.writeHead(200, { "content-type": registry.contentType });
          res.end(text);
        },
        () => json(500, { error: { code: "internal", message: "metrics unavailable" } }),
      );
      return;
    }
    json(404, { error: { code: "not_found", message: "no such route" } });
  });
}
