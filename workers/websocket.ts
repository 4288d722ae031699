/**
 * `GET /v1/ws`: authenticate before the upgrade, then hand the socket to the user's
 * UserDO. Identity travels in headers the gateway sets itself (never the client's).
 */
import { z } from "zod";
import { AppError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";
import { HANDOFF } from "../objects/user.js";
import { authenticate, offeredProtocols, WS_SUBPROTOCOL } from "./auth/authenticate.js";
import { configFrom } from "./config.js";

const WsQuery = z.object({
  encoding: z.enum(["json", "binary"]).default("json"),
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "letters, digits, _ or -, at most 64").optional(),
  token: z.string().optional(),
});

/** Which offered subprotocol to select: ours if offered, else any non-token entry, else the token. */
function selectProtocol(offered: string[], token: string | undefined): string | undefined {
  if (offered.length === 0) return undefined;
  if (offered.includes(WS_SUBPROTOCOL)) return WS_SUBPROTOCOL;
  // Browsers fail the handshake unless one offered protocol is echoed back.
  return offered.find((p) => p !== token) ?? offered[0];
}

export async function upgradeWebSocket(request: Request, env: Env): Promise<Response> {
  if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
    throw new AppError("upgrade_required", "expected a WebSocket upgrade (Upgrade: websocket)");
  }
  const config = configFrom(env);
  const query = validate(WsQuery, Object.fromEntries(new URL(request.url).searchParams), "query");
  const identity = await authenticate(request, env.DB, config, true);
  const offered = offeredProtocols(request);
  const protocol = selectProtocol(
    offered,
    offered.find((p) => p.split(".").length === 3),
  );
  const headers = new Headers({
    upgrade: "websocket",
    [HANDOFF.user]: identity.userId,
    [HANDOFF.device]: query.deviceId ?? identity.deviceId,
    [HANDOFF.session]: identity.sessionId,
    [HANDOFF.encoding]: query.encoding,
  });
  if (protocol) headers.set(HANDOFF.protocol, protocol);
  const stub = env.USERS.get(env.USERS.idFromName(identity.userId));
  // A fresh Request: never forward the client's own headers (or a router proxy) inward.
  return stub.fetch(new Request("https://user.internal/connect", { headers }));
}
