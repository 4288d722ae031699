/**
 * Who may call the admin API: an API key (`X-API-Key: imk_...` or `Authorization: Bearer
 * imk_...`) with the scope the route needs, or a signed-in user listed in ADMIN_USER_IDS
 * (all scopes). Missing, invalid, revoked and expired credentials are `unauthorized` (401);
 * a valid key without the scope is `forbidden` (403).
 */
import { AppError } from "../../shared/errors.js";
import { configFrom } from "../config.js";
import { authenticate } from "./authenticate.js";
import { allows, ApiKeys, KEY_PREFIX, type AdminScope, type GrantedScope } from "./api-keys.js";

export interface AdminPrincipal {
  kind: "api_key" | "user";
  /** The key id or the user id. */
  id: string;
  /** `key:<id>` or `user:<id>`: what the audit log records. */
  actor: string;
  scopes: GrantedScope[];
}

function presentedKey(request: Request): string | undefined {
  const header = request.headers.get("x-api-key")?.trim();
  if (header) return header;
  const auth = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  return auth?.[1]?.startsWith(KEY_PREFIX) ? auth[1] : undefined;
}

/**
 * Authenticates an admin caller and, when `scope` is given, checks it. Returns the
 * principal. `waitUntil` lets the key's last-used stamp be written after the response.
 */
export async function requireAdmin(request: Request, env: Env, scope?: AdminScope, waitUntil?: (p: Promise<unknown>) => void): Promise<AdminPrincipal> {
  const key = presentedKey(request);
  let principal: AdminPrincipal;
  if (key !== undefined) {
    const record = await new ApiKeys(env.DB).verify(key, Date.now(), waitUntil);
    principal = { kind: "api_key", id: record.id, actor: `key:${record.id}`, scopes: record.scopes };
  } else {
    if (!request.headers.get("authorization")) throw new AppError("unauthorized", "admin credentials required: an API key (X-API-Key) or an admin's access token");
    const config = configFrom(env);
    const identity = await authenticate(request, env.DB, config);
    if (!config.adminUserIds.includes(identity.userId)) throw new AppError("forbidden", "this user is not an administrator");
    principal = { kind: "user", id: identity.userId, actor: `user:${identity.userId}`, scopes: ["*"] };
  }
  if (scope && !allows(principal.scopes, scope)) throw new AppError("forbidden", `this API key lacks the ${scope} scope`);
  return principal;
}
