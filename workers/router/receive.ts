/**
 * The receiving end of the router, used by every service object: `receive(envelope)` is
 * the one RPC entry the router calls. It decodes the InternalMessage, finds the route by
 * its code, checks the route belongs to this service, and calls the route's method with
 * the payload's arguments. Routes marked "envelope" go through the object's Inbox.
 */
import { fail, toAppError, type Result } from "../../shared/errors.js";
import { decodeEnvelope, META, type Envelope } from "../../shared/envelope.js";
import { log } from "../../shared/log.js";
import type { Inbox } from "./inbox.js";
import type { ServiceName } from "./registry.js";
import { routeByCode } from "./routes.js";

type Method = (...args: unknown[]) => Promise<Result<unknown>>;

export async function receiveEnvelope(target: object, service: ServiceName, bytes: Uint8Array, inbox?: Inbox): Promise<Result<unknown>> {
  let envelope: Envelope<unknown>;
  try {
    envelope = decodeEnvelope(bytes);
  } catch (err) {
    return { ok: false, error: toAppError(err).error.toBody() };
  }
  const route = routeByCode(envelope.messageType);
  if (!route || route.spec.service !== service) return fail("not_found", `message type ${envelope.messageType} is not served by ${service}`);
  const method = (target as Record<string, unknown>)[route.spec.method];
  if (typeof method !== "function" || !Array.isArray(envelope.payload)) return fail("bad_request", `malformed ${route.name} call`);
  const dedupe = route.spec.idempotency === "envelope" && inbox !== undefined;
  if (dedupe) {
    const prior = inbox.get(envelope.messageId);
    if (prior) return prior;
  }
  // JSON turns an omitted trailing argument into null; methods expect undefined.
  const args = envelope.payload.map((a) => (a === null ? undefined : a));
  try {
    const result = await (method as Method).apply(target, args);
    if (dedupe) inbox.put(envelope.messageId, result);
    return result;
  } catch (err) {
    log.error("router.handler_threw", { route: route.name, traceId: envelope.metadata[META.traceId], source: envelope.sourceService, err });
    return fail("internal", "internal error");
  }
}
