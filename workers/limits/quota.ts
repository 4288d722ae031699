/**
 * Long-window per-user quotas, counted exactly in the user's UserDO through the router.
 *
 * Hook for the groups feature: call `enforceGroupCreationQuota(env, userId, traceId)` in
 * `POST /v1/groups` before creating the group. It throws `rate_limited` (429 with
 * Retry-After) once the user has created GROUPS_PER_DAY groups in the last 24 hours. The
 * call is deduplicated per attempt by the router, so a retried call is charged once.
 */
import { unwrap } from "../../shared/errors.js";
import { METRICS } from "../observability/catalog.js";
import { routerFor } from "../router/router.js";

export async function enforceQuota(env: Env, userId: string, name: "group_create", traceId?: string, cost = 1): Promise<{ remaining: number }> {
  const result = await routerFor(env).call("user.consumeQuota", userId, [userId, name, cost], { source: "gateway", ...(traceId ? { traceId } : {}) });
  if (!result.ok && result.error.code === "rate_limited") METRICS.rateLimited.inc({ limit: name });
  return unwrap(result);
}

export const enforceGroupCreationQuota = (env: Env, userId: string, traceId?: string) => enforceQuota(env, userId, "group_create", traceId);
