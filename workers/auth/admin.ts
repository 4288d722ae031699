/**
 * Who may use the admin API (`/v1/admin/...`). Today: an authenticated user whose id is
 * listed in ADMIN_USER_IDS (comma-separated, empty by default, so nobody). API keys for
 * server-to-server admin calls extend this function (the router/admin work).
 */
import { AppError } from "../../shared/errors.js";
import { configFrom } from "../config.js";
import { authenticate } from "./authenticate.js";

export interface AdminPrincipal {
  kind: "user";
  userId: string;
}

/** Authenticates the request and checks admin rights. Throws `unauthorized` / `forbidden`. */
export async function requireAdmin(request: Request, env: Env): Promise<AdminPrincipal> {
  const config = configFrom(env);
  const identity = await authenticate(request, env.DB, config);
  if (!config.adminUserIds.includes(identity.userId)) throw new AppError("forbidden", "admin rights required");
  return { kind: "user", userId: identity.userId };
}
