/**
 * Per-request facts the gateway's stages share: the trace id (echoed as `x-request-id` and
 * carried into every router call), the start time, and who the caller turned out to be
 * (for the access log). Kept beside the request, never in the request's headers.
 */
import { ulid } from "../../shared/ids.js";

export interface RequestContext {
  traceId: string;
  started: number;
  userId?: string;
  /** Admin principal (API key id or admin user id), for the access log. */
  admin?: string;
  /** The conversation the request addresses, when it names one. */
  conversationId?: string;
}

const contexts = new WeakMap<Request, RequestContext>();

/** A client-supplied request id is kept when it is short and plain; otherwise a fresh ULID. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function startContext(request: Request, now = Date.now()): RequestContext {
  const offered = request.headers.get("x-request-id");
  const ctx: RequestContext = { traceId: offered && REQUEST_ID.test(offered) ? offered : ulid(now), started: now };
  contexts.set(request, ctx);
  return ctx;
}

export function contextOf(request: Request): RequestContext {
  return contexts.get(request) ?? startContext(request);
}
