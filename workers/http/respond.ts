/**
 * HTTP responses. The one place an error becomes an HTTP response:
 * `status` from shared/errors.ts and `{"error":{"code","message"}}`.
 */
import { AppError, toAppError } from "../../shared/errors.js";
import { log } from "../../shared/log.js";

const JSON_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
};

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

export function noContent(): Response {
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}

/** Maps anything thrown to an HTTP error response; unexpected errors are logged, never leaked. */
export function errorResponse(err: unknown, request?: Request): Response {
  const { error, unexpected } = toAppError(err);
  if (unexpected !== undefined) {
    log.error("http.unhandled", { err: unexpected, method: request?.method, path: request ? new URL(request.url).pathname : undefined });
  }
  const headers: Record<string, string> = {};
  if (error.retryAfterMs !== undefined) headers["retry-after"] = String(Math.ceil(error.retryAfterMs / 1000));
  if (error.code === "unauthorized" || error.code === "token_expired") headers["www-authenticate"] = 'Bearer realm="imserver"';
  return json({ error: error.toBody() }, error.status, headers);
}

export function notFound(): never {
  throw new AppError("not_found", "no such route");
}
