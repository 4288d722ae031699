/**
 * Runtime configuration, parsed once per isolate from the Worker environment with zod.
 * A missing or weak secret fails loudly with the fix, instead of running insecurely.
 */
import { z } from "zod";

const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const ConfigSchema = z.object({
  JWT_SECRET: z.string({ error: "JWT_SECRET is not set: run `wrangler secret put JWT_SECRET` (locally: copy .dev.vars.example to .dev.vars)" })
    .min(32, "JWT_SECRET must be at least 32 characters"),
  PASSWORD_PEPPER: z.string({ error: "PASSWORD_PEPPER is not set: run `wrangler secret put PASSWORD_PEPPER`" })
    .min(16, "PASSWORD_PEPPER must be at least 16 characters"),
  JWT_ISSUER: z.string().min(1).default("imserver"),
  JWT_AUDIENCE: z.string().min(1).default("imserver-clients"),
  ACCESS_TOKEN_TTL_SECONDS: int(30, 86_400, 900),
  REFRESH_TOKEN_TTL_SECONDS: int(300, 365 * 86_400, 30 * 86_400),
  // Production Workers refuse PBKDF2 above 100,000 iterations; tests may lower it.
  PBKDF2_ITERATIONS: int(1_000, 100_000, 100_000),
  MAX_FRAME_BYTES: int(1_024, 1_048_576, 65_536),
  MAX_BODY_BYTES: int(1_024, 1_048_576, 65_536),
  HEARTBEAT_MS: int(1_000, 600_000, 60_000),
  // Groups: size limit, and the member count above which fan-out goes through shard objects.
  GROUP_MAX_MEMBERS: int(2, 100_000, 10_000),
  GROUP_FANOUT_SHARD_THRESHOLD: int(1, 100_000, 500),
  GROUP_FANOUT_SHARD_SIZE: int(1, 10_000, 250),
  // Groups up to this size get presence and typing pushes and per-message reader lists.
  GROUP_SMALL_MAX_MEMBERS: int(1, 10_000, 100),
  RECALL_WINDOW_SECONDS: int(0, 30 * 86_400, 120),
  TYPING_TTL_MS: int(1_000, 60_000, 6_000),
});

export interface Config {
  jwtSecret: string;
  pepper: string;
  issuer: string;
  audience: string;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  pbkdf2Iterations: number;
  maxFrameBytes: number;
  maxBodyBytes: number;
  heartbeatMs: number;
  groupMaxMembers: number;
  fanoutShardThreshold: number;
  fanoutShardSize: number;
  groupSmallMaxMembers: number;
  recallWindowMs: number;
  typingTtlMs: number;
}

let cached: { env: object; config: Config } | undefined;

/** The parsed config for this environment (memoized per env object). Throws on bad config. */
export function configFrom(env: Env): Config {
  if (cached?.env === env) return cached.config;
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => i.message).join("; ");
    throw new Error(`IMServer configuration error: ${detail}`);
  }
  const c = parsed.data;
  const config: Config = {
    jwtSecret: c.JWT_SECRET,
    pepper: c.PASSWORD_PEPPER,
    issuer: c.JWT_ISSUER,
    audience: c.JWT_AUDIENCE,
    accessTtlSeconds: c.ACCESS_TOKEN_TTL_SECONDS,
    refreshTtlSeconds: c.REFRESH_TOKEN_TTL_SECONDS,
    pbkdf2Iterations: c.PBKDF2_ITERATIONS,
    maxFrameBytes: c.MAX_FRAME_BYTES,
    maxBodyBytes: c.MAX_BODY_BYTES,
    heartbeatMs: c.HEARTBEAT_MS,
    groupMaxMembers: c.GROUP_MAX_MEMBERS,
    fanoutShardThreshold: c.GROUP_FANOUT_SHARD_THRESHOLD,
    fanoutShardSize: c.GROUP_FANOUT_SHARD_SIZE,
    groupSmallMaxMembers: c.GROUP_SMALL_MAX_MEMBERS,
    recallWindowMs: c.RECALL_WINDOW_SECONDS * 1_000,
    typingTtlMs: c.TYPING_TTL_MS,
  };
  cached = { env, config };
  return config;
}
