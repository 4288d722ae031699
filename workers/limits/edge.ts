/**
 * Throttles at the gateway through the Rate Limiting bindings (wrangler.toml
 * `[[ratelimits]]`): per client IP for registrations and logins, per user for HTTP sends.
 * These counters are approximate and per Cloudflare location, which suits brute-force and
 * abuse throttling; exact limits live in the UserDO (messages, devices, quotas) and in D1
 * (account lockout). A refusal is `rate_limited` (429) with Retry-After = the period.
 */
import { AppError } from "../../shared/errors.js";
import type { Config } from "../config.js";
import { METRICS } from "../observability/catalog.js";

/** Each limit, its binding and the period configured for it in wrangler.toml (10 or 60 s). */
export const EDGE_LIMITS = {
  login_ip: { binding: "RL_LOGIN_IP", periodSeconds: 60, per: "ip", what: "login attempts from this address" },
  register_ip: { binding: "RL_REGISTER_IP", periodSeconds: 60, per: "ip", what: "registrations from this address" },
  send_user: { binding: "RL_HTTP_SEND", periodSeconds: 10, per: "user", what: "messages sent over HTTP" },
} as const;

export type EdgeLimit = keyof typeof EDGE_LIMITS;

/** The client's address as Cloudflare reports it (absent for internal and test calls). */
export function clientIp(request: Request): string | undefined {
  return request.headers.get("cf-connecting-ip")?.trim() || undefined;
}

export function isLoopback(ip: string): boolean {
  return /^127\./.test(ip) || ip === "::1" || /^::ffff:127\./i.test(ip);
}

/**
 * Counts one event against `limit` for `key` (an IP or a user id). Throws `rate_limited`
 * when over. A missing binding means the limit is not deployed: nothing is counted.
 */
export async function enforceEdgeLimit(env: Env, limit: EdgeLimit, key: string): Promise<void> {
  const spec = EDGE_LIMITS[limit];
  const binding = (env as unknown as Record<string, RateLimit | undefined>)[spec.binding];
  if (!binding) return;
  const { success } = await binding.limit({ key: `${limit}:${key}` });
  if (success) return;
  METRICS.rateLimited.inc({ limit });
  throw new AppError("rate_limited", `too many ${spec.what}; retry later`, spec.periodSeconds * 1000);
}

/** The per-IP limit for `request`; loopback clients are exempt unless RATE_LIMIT_LOOPBACK. */
export async function enforceIpLimit(env: Env, config: Config, limit: EdgeLimit, request: Request): Promise<void> {
  const ip = clientIp(request);
  if (!ip || (isLoopback(ip) && !config.limits.loopback)) return;
  await enforceEdgeLimit(env, limit, ip);
}
