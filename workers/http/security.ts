/**
 * Security headers on every response, and a strict CORS policy: only origins listed in
 * CORS_ORIGINS (exact match) get `Access-Control-Allow-Origin`; preflights from anywhere
 * else, or for routes that do not exist, are refused.
 */
import { AppError } from "../../shared/errors.js";

const API_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
  // JSON never needs to run anything; the /docs page sets its own, wider policy.
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
};

const ALLOWED_HEADERS = "authorization, content-type, x-api-key, x-request-id";
const EXPOSED_HEADERS = "x-request-id, retry-after";

/** Returns a copy of `response` with the security headers (and CORS headers when allowed). */
export function secure(response: Response, request: Request, allowedOrigins: readonly string[]): Response {
  // A 101 carries the WebSocket; its headers are the handshake's and cannot be rebuilt.
  if (response.status === 101) return response;
  const headers = new Headers(response.headers);
  for (const [k, v] of Object.entries(API_HEADERS)) if (!headers.has(k)) headers.set(k, v);
  const origin = request.headers.get("origin");
  if (origin && allowedOrigins.includes(origin)) {
    headers.set("access-control-allow-origin", origin);
    headers.set("access-control-expose-headers", EXPOSED_HEADERS);
  }
  headers.append("vary", "Origin");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Answers a CORS preflight: 204 with the allowed methods for an allowed origin and a route
 * that exists; `forbidden` for any other origin; `not_found` for a route that does not exist.
 */
export function preflight(request: Request, allowedOrigins: readonly string[], methodsFor: (path: string) => string[]): Response {
  const path = new URL(request.url).pathname;
  const methods = methodsFor(path);
  if (methods.length === 0) throw new AppError("not_found", "no such route");
  const origin = request.headers.get("origin");
  if (!origin || !allowedOrigins.includes(origin)) throw new AppError("forbidden", "origin is not allowed (CORS)");
  return new Response(null, {
    status: 204,
    headers: {
      "access-control-allow-origin": origin,
      "access-control-allow-methods": [...new Set([...methods, "OPTIONS"])].join(", "),
      "access-control-allow-headers": ALLOWED_HEADERS,
      "access-control-max-age": "600",
      vary: "Origin",
    },
  });
}
