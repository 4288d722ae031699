/**
 * Runtime configuration, parsed once per isolate from the Worker environment with zod.
 * A missing or weak secret fails loudly with the fix, instead of running insecurely.
 */
import { z } from "zod";

const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const flag = (fallback: boolean) =>
  z.enum(["true", "false", "1", "0", ""]).default(fallback ? "true" : "false").transform((v) => v === "true" || v === "1");

/** Empty strings count as unset: wrangler.toml declares optional vars as "". */
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const list = z
  .string()
  .default("")
  .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean));
/** A verification key kept during a JWT secret rotation (JWT_PREVIOUS_KEYS, JSON). */
const PreviousKey = z.object({
  kid: z.string().min(1).max(64),
  secret: z.string().min(32, "every JWT_PREVIOUS_KEYS secret must be at least 32 characters"),
  /** ISO date or epoch ms after which tokens signed with this key are refused. */
  retireAt: z.union([z.number(), z.string()]).optional(),
});

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

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
  ADMIN_USER_IDS: list,
  COMPRESS_MIN_BYTES: int(64, 1_048_576, 1_024),
  RATE_MSGS_PER_SEC: int(1, 100_000, 100),
  RATE_MSGS_BURST: int(1, 1_000_000, 500),
  RATE_OPS_PER_SEC: int(1, 100_000, 200),
  RATE_OPS_BURST: int(1, 1_000_000, 1_000),
  MAX_DEVICES_PER_USER: int(1, 1_000, 10),
  GROUPS_PER_DAY: int(1, 100_000, 50),
  LOGIN_MAX_FAILURES: int(1, 1_000, 10),
  LOGIN_FAILURE_WINDOW_SECONDS: int(1, 86_400, 900),
  LOGIN_LOCKOUT_SECONDS: int(1, 86_400, 900),
  RATE_LIMIT_LOOPBACK: flag(false),
  CORS_ORIGINS: list,
  LOG_LEVEL: z.enum(["info", "warn", "error"]).default("info"),
  JWT_KID: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "JWT_KID must be 1-64 of A-Za-z0-9_.-").default("k1"),
  JWT_PREVIOUS_KEYS: z
    .string()
    .default("[]")
    .transform((text, ctx) => {
      try {
        return JSON.parse(text === "" ? "[]" : text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "JWT_PREVIOUS_KEYS must be a JSON array" });
        return z.NEVER;
      }
    })
    .pipe(z.array(PreviousKey).max(10)),
  EVENT_RETRY_BASE_SECONDS: int(0, 3_600, 5),
  PUSH_WEBHOOK_URL: optional(httpUrl),
  PUSH_WEBHOOK_SECRET: optional(z.string().min(16, "PUSH_WEBHOOK_SECRET must be at least 16 characters")),
  PUSH_PREVIEW: z.enum(["full", "none"]).default("full"),
  VAPID_SUBJECT: z.string().default("mailto:admin@example.com"),
  VAPID_PUBLIC_KEY: optional(z.string().regex(/^[A-Za-z0-9_-]{87}$/, "VAPID_PUBLIC_KEY must be a base64url uncompressed P-256 point")),
  VAPID_PRIVATE_KEY: optional(z.string().regex(/^[A-Za-z0-9_-]{43}$/, "VAPID_PRIVATE_KEY must be a base64url 32-byte P-256 scalar")),
  WEB_PUSH_ORIGINS: list,
  BEFORE_SEND_URL: optional(httpUrl),
  BEFORE_SEND_SECRET: optional(z.string().min(16, "BEFORE_SEND_SECRET must be at least 16 characters")),
  BEFORE_SEND_TIMEOUT_MS: int(50, 10_000, 1_500),
  BEFORE_SEND_FAILURE: z.enum(["open", "closed"]).default("open"),
  WEBHOOK_TIMEOUT_MS: int(100, 30_000, 5_000),
  ARCHIVE_HOT_MESSAGES: int(1, 10_000_000, 10_000),
  ARCHIVE_SEGMENT_MESSAGES: int(1, 10_000, 1_000),
  FILE_MAX_BYTES: int(1, 5 * 1024 ** 3, 25 * 1024 ** 2),
  FILE_QUOTA_BYTES: int(0, Number.MAX_SAFE_INTEGER, 1024 ** 3),
  FILE_ORPHAN_HOURS: int(1, 24 * 365, 24),
  FILE_TYPES: list,
})
  .refine((c) => !c.PUSH_WEBHOOK_URL || c.PUSH_WEBHOOK_SECRET, { message: "PUSH_WEBHOOK_URL is set but PUSH_WEBHOOK_SECRET is not: run `wrangler secret put PUSH_WEBHOOK_SECRET`" })
  .refine((c) => !c.BEFORE_SEND_URL || c.BEFORE_SEND_SECRET, { message: "BEFORE_SEND_URL is set but BEFORE_SEND_SECRET is not: run `wrangler secret put BEFORE_SEND_SECRET`" })
  .refine((c) => !c.VAPID_PUBLIC_KEY === !c.VAPID_PRIVATE_KEY, { message: "set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY (secret), or neither" });

/** Used when FILE_TYPES is empty. */
const DEFAULT_FILE_TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf", "text/plain"];

export interface JwtKey {
  kid: string;
  secret: string;
  /** Epoch ms after which the key no longer verifies (previous keys only). */
  retireAt?: number;
}

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
  adminUserIds: string[];
  compressMinBytes: number;
  limits: {
    msgsPerSec: number;
    msgsBurst: number;
    opsPerSec: number;
    opsBurst: number;
    maxDevices: number;
    groupsPerDay: number;
    loginMaxFailures: number;
    loginFailureWindowMs: number;
    loginLockoutMs: number;
    /** Apply per-IP limits to loopback clients too (off: local dev and benchmarks). */
    loopback: boolean;
  };
  corsOrigins: string[];
  logLevel: "info" | "warn" | "error";
  /** The signing key (`kid` + JWT_SECRET). */
  jwtKey: JwtKey;
  /** Keys that still verify tokens during a rotation. */
  previousJwtKeys: JwtKey[];
  eventRetryBaseSeconds: number;
  push: {
    /** The HTTP webhook to the app's push backend, when configured. */
    webhook?: { url: string; secret: string };
    preview: "full" | "none";
    /** Web Push is on when both VAPID keys are set. */
    vapid?: { subject: string; publicKey: string; privateKey: string };
    webPushOrigins: string[];
  };
  beforeSend?: { url: string; secret: string; timeoutMs: number; failure: "open" | "closed" };
  webhookTimeoutMs: number;
  archive: { hotMessages: number; segmentMessages: number };
  files: { maxBytes: number; quotaBytes: number; orphanHours: number; types: ReadonlySet<string> };
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
    adminUserIds: c.ADMIN_USER_IDS,
    compressMinBytes: c.COMPRESS_MIN_BYTES,
    limits: {
      msgsPerSec: c.RATE_MSGS_PER_SEC,
      msgsBurst: c.RATE_MSGS_BURST,
      opsPerSec: c.RATE_OPS_PER_SEC,
      opsBurst: c.RATE_OPS_BURST,
      maxDevices: c.MAX_DEVICES_PER_USER,
      groupsPerDay: c.GROUPS_PER_DAY,
      loginMaxFailures: c.LOGIN_MAX_FAILURES,
      loginFailureWindowMs: c.LOGIN_FAILURE_WINDOW_SECONDS * 1000,
      loginLockoutMs: c.LOGIN_LOCKOUT_SECONDS * 1000,
      loopback: c.RATE_LIMIT_LOOPBACK,
    },
    corsOrigins: c.CORS_ORIGINS,
    logLevel: c.LOG_LEVEL,
    jwtKey: { kid: c.JWT_KID, secret: c.JWT_SECRET },
    previousJwtKeys: c.JWT_PREVIOUS_KEYS.map((k) => {
      const key: JwtKey = { kid: k.kid, secret: k.secret };
      if (k.retireAt !== undefined) key.retireAt = typeof k.retireAt === "number" ? k.retireAt : Date.parse(k.retireAt);
      return key;
    }),
    eventRetryBaseSeconds: c.EVENT_RETRY_BASE_SECONDS,
    push: {
      ...(c.PUSH_WEBHOOK_URL && c.PUSH_WEBHOOK_SECRET ? { webhook: { url: c.PUSH_WEBHOOK_URL, secret: c.PUSH_WEBHOOK_SECRET } } : {}),
      preview: c.PUSH_PREVIEW,
      ...(c.VAPID_PUBLIC_KEY && c.VAPID_PRIVATE_KEY
        ? { vapid: { subject: c.VAPID_SUBJECT, publicKey: c.VAPID_PUBLIC_KEY, privateKey: c.VAPID_PRIVATE_KEY } }
        : {}),
      webPushOrigins: c.WEB_PUSH_ORIGINS,
    },
    ...(c.BEFORE_SEND_URL && c.BEFORE_SEND_SECRET
      ? {
          beforeSend: {
            url: c.BEFORE_SEND_URL,
            secret: c.BEFORE_SEND_SECRET,
            timeoutMs: c.BEFORE_SEND_TIMEOUT_MS,
            failure: c.BEFORE_SEND_FAILURE,
          },
        }
      : {}),
    webhookTimeoutMs: c.WEBHOOK_TIMEOUT_MS,
    archive: { hotMessages: c.ARCHIVE_HOT_MESSAGES, segmentMessages: c.ARCHIVE_SEGMENT_MESSAGES },
    files: {
      maxBytes: c.FILE_MAX_BYTES,
      quotaBytes: c.FILE_QUOTA_BYTES,
      orphanHours: c.FILE_ORPHAN_HOURS,
      types: new Set((c.FILE_TYPES.length > 0 ? c.FILE_TYPES : DEFAULT_FILE_TYPES).map((t) => t.toLowerCase())),
    },
  };
  if (config.previousJwtKeys.some((k) => k.kid === config.jwtKey.kid)) throw new Error("IMServer configuration error: JWT_PREVIOUS_KEYS repeats the current JWT_KID");
  if (config.previousJwtKeys.some((k) => Number.isNaN(k.retireAt))) throw new Error("IMServer configuration error: a JWT_PREVIOUS_KEYS retireAt is not a date");
  cached = { env, config };
  return config;
}
