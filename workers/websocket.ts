/**
 * `GET /v1/ws`: authenticate before the upgrade, then hand the socket to the user's
 * UserDO through the message router. Identity travels in the router's envelope, which the
 * gateway builds itself (never from the client's headers).
 */
import { z } from "zod";
import { AppError, unwrap } from "../shared/errors.js";
import { authenticate, offeredProtocols, WS_SUBPROTOCOL } from "./auth/authenticate.js";
import { configFrom } from "./config.js";
import { queryOf, validate } from "./http/input.js";
import { routerFor, type Handoff } from "./router/router.js";

export const WsQuery = z.object({
  encoding: z.enum(["json", "binary"]).default("json").describe("Encoding of pushes; replies follow their request"),
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "letters, digits, _ or -, at most 64").optional().describe("This device (default: the session's)"),
  token: z.string().max(4096).optional().describe("Access token (or a Sec-WebSocket-Protocol entry, or Authorization: Bearer)"),
  compress: z.enum(["gzip", "none"]).default("none").describe("gzip: large binary pushes arrive compressed (frame flag bit 0)"),
});

/** Which offered subprotocol to select: ours if offered, else any non-token entry, else the token. */
function selectProtocol(offered: string[], token: string | undefined): string | undefined {
  if (offered.length === 0) return undefined;
  if (offered.includes(WS_SUBPROTOCOL)) return WS_SUBPROTOCOL;
  // Browsers fail the handshake unless one offered protocol is echoed back.
  return offered.find((p) => p !== token) ?? offered[0];
}

export async function upgradeWebSocket(request: Request, env: Env, traceId?: string): Promise<Response> {
  if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
    throw new AppError("upgrade_required", "expected a WebSocket upgrade (Upgrade: websocket)");
  }
  const config = configFrom(env);
  const query = validate(WsQuery, queryOf(request), "query");
  const identity = await authenticate(request, env.DB, config, true);
  const offered = offeredProtocols(request);
  const protocol = selectProtocol(
    offered,
    offered.find((p) => p.split(".").length === 3),
  );
  const handoff: Handoff = {
    userId: identity.userId,
    deviceId: query.deviceId ?? identity.deviceId,
    sessionId: identity.sessionId,
    encoding: query.encoding,
    ...(protocol ? { protocol } : {}),
    ...(query.compress === "gzip" ? { compress: true } : {}),
  };
  const response = await routerFor(env).connect(handoff, { source: "gateway", ...(traceId ? { traceId } : {}) });
  if (response instanceof Response) return response;
  return unwrap(response);
}
