/**
 * Authentication at the edge: the gateway verifies the access token (and that its session
 * is not revoked) before any Durable Object is touched; objects receive identity as data.
 */
import { AppError } from "../../shared/errors.js";
import type { Config } from "../config.js";
import { Accounts } from "../services/accounts.js";
import { verifyAccessToken, type Identity } from "./jwt.js";

/** The subprotocol a WebSocket client offers beside its token; the server selects it. */
export const WS_SUBPROTOCOL = "imserver.v1";

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

function bearer(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  if (!header) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw new AppError("unauthorized", "Authorization header must be `Bearer <token>`");
  return m[1];
}

/** Offered subprotocols, split and trimmed. */
export function offeredProtocols(request: Request): string[] {
  return (request.headers.get("sec-websocket-protocol") ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Finds the access token: `Authorization: Bearer`, or for WebSocket upgrades also the
 * `token` query parameter or a `Sec-WebSocket-Protocol` entry (browsers cannot set headers).
 */
export function findToken(request: Request, allowWebSocketForms: boolean): string | undefined {
  const header = bearer(request);
  if (header) return header;
  if (!allowWebSocketForms) return undefined;
  const query = new URL(request.url).searchParams.get("token");
  if (query) return query;
  return offeredProtocols(request).find((p) => JWT_SHAPE.test(p));
}

/** Verifies the request's access token and its session. Throws `unauthorized`/`token_expired`. */
export async function authenticate(request: Request, db: D1Database, config: Config, allowWebSocketForms = false): Promise<Identity> {
  const token = findToken(request, allowWebSocketForms);
  if (!token) throw new AppError("unauthorized", "missing access token");
  const identity = await verifyAccessToken(token, config);
  if (!(await new Accounts(db, config).sessionActive(identity))) throw new AppError("unauthorized", "session has ended");
  return identity;
}
