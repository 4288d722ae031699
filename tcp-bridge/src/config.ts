/**
 * Bridge configuration, read once from environment variables and validated with zod.
 * A bad value stops the process at start with every problem listed, never at 3 a.m.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { DEFAULT_MAX_FRAME_BYTES } from "../../shared/frame.js";

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const port = int(0, 65_535);
const ms = (min: number, max: number) => int(min, max);

/** PEM given inline, or a path to a PEM file (a mounted Kubernetes secret). */
const pem = z
  .string()
  .min(1)
  .transform((value, ctx) => {
    if (value.includes("-----BEGIN")) return value;
    try {
      return readFileSync(value, "utf8");
    } catch (err) {
      ctx.addIssue({ code: "custom", message: `cannot read ${value}: ${(err as Error).message}` });
      return z.NEVER;
    }
  });

const upstreamUrl = z
  .string({ error: "UPSTREAM_URL is not set: the gateway Worker's base URL, e.g. ws://127.0.0.1:8787 or wss://imserver.example.com" })
  .url()
  .refine((u) => /^(wss?|https?):$/.test(new URL(u).protocol), "UPSTREAM_URL must be ws://, wss://, http:// or https://");

const EnvSchema = z
  .object({
    TCP_HOST: z.string().min(1).default("127.0.0.1"),
    TCP_PORT: port.default(9000),
    ADMIN_HOST: z.string().min(1).default("127.0.0.1"),
    ADMIN_PORT: port.default(9091),
    UPSTREAM_URL: upstreamUrl,
    UPSTREAM_CONNECT_TIMEOUT_MS: ms(100, 120_000).default(10_000),
    UPSTREAM_PING_MS: ms(50, 600_000).optional(),
    UPSTREAM_IDLE_TIMEOUT_MS: ms(100, 1_800_000).optional(),
    TCP_HEARTBEAT_MS: ms(50, 600_000).default(30_000),
    TCP_IDLE_TIMEOUT_MS: ms(100, 1_800_000).optional(),
    TCP_AUTH_TIMEOUT_MS: ms(50, 120_000).default(10_000),
    TCP_FRAME_DEADLINE_MS: ms(50, 120_000).default(10_000),
    TCP_MAX_FRAME_BYTES: int(64, 16 * 1_048_576).default(DEFAULT_MAX_FRAME_BYTES),
    TCP_MAX_CONNECTIONS: int(1, 1_000_000).default(10_000),
    TCP_MAX_CONNECTIONS_PER_IP: int(1, 1_000_000).default(100),
    TCP_WRITE_HIGH_WATER_BYTES: int(1_024, 64 * 1_048_576).default(256 * 1_024),
    TCP_MAX_WRITE_BUFFER_BYTES: int(1_024, 256 * 1_048_576).default(4 * 1_048_576),
    TCP_SLOW_CLIENT_TIMEOUT_MS: ms(50, 600_000).default(10_000),
    TLS_CERT: pem.optional(),
    TLS_KEY: pem.optional(),
    READY_PROBE_MS: ms(50, 600_000).default(5_000),
    SHUTDOWN_GRACE_MS: ms(0, 600_000).default(5_000),
    SHUTDOWN_TIMEOUT_MS: ms(100, 600_000).default(25_000),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.TLS_CERT) !== Boolean(env.TLS_KEY)) {
      ctx.addIssue({ code: "custom", path: ["TLS_CERT"], message: "set both TLS_CERT and TLS_KEY, or neither" });
    }
    if (env.TCP_MAX_WRITE_BUFFER_BYTES < env.TCP_WRITE_HIGH_WATER_BYTES) {
      ctx.addIssue({ code: "custom", path: ["TCP_MAX_WRITE_BUFFER_BYTES"], message: "must be at least TCP_WRITE_HIGH_WATER_BYTES" });
    }
    if (env.TCP_MAX_WRITE_BUFFER_BYTES < env.TCP_MAX_FRAME_BYTES) {
      ctx.addIssue({ code: "custom", path: ["TCP_MAX_WRITE_BUFFER_BYTES"], message: "must be at least TCP_MAX_FRAME_BYTES" });
    }
    if (env.SHUTDOWN_TIMEOUT_MS < env.SHUTDOWN_GRACE_MS) {
      ctx.addIssue({ code: "custom", path: ["SHUTDOWN_TIMEOUT_MS"], message: "must be at least SHUTDOWN_GRACE_MS" });
    }
  });

export interface BridgeConfig {
  tcp: { host: string; port: number };
  admin: { host: string; port: number };
  /** Base URL of the gateway Worker (ws:// or wss://). */
  upstream: { url: URL; connectTimeoutMs: number; pingMs: number; idleTimeoutMs: number };
  /** Clients should send PING this often; silence past `idleTimeoutMs` closes them. */
  heartbeatMs: number;
  idleTimeoutMs: number;
  authTimeoutMs: number;
  /** A frame (header and body) must arrive completely within this, however it trickles. */
  frameDeadlineMs: number;
  maxFrameBytes: number;
  maxConnections: number;
  maxConnectionsPerIp: number;
  /** Bytes queued towards one client before upstream reading pauses (and the reverse). */
  writeHighWaterBytes: number;
  /** Bytes queued towards one client beyond which it is cut off as a slow consumer. */
  maxWriteBufferBytes: number;
  /** A paused client that does not drain within this is cut off. */
  slowClientTimeoutMs: number;
  tls: { cert: string; key: string } | undefined;
  readyProbeMs: number;
  shutdown: { graceMs: number; timeoutMs: number };
  logLevel: string;
}

/** The idle limit is 2.5 heartbeats unless set: one lost PING is tolerated, two are not. */
const IDLE_HEARTBEATS = 2.5;

/** Parses the environment; throws one Error listing every invalid variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): BridgeConfig {
  // Empty strings mean unset, as in most container tooling.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "env"}: ${i.message}`).join("; ");
    throw new Error(`tcp-bridge configuration error: ${detail}`);
  }
  const e = parsed.data;
  const url = new URL(e.UPSTREAM_URL);
  if (url.protocol === "http:") url.protocol = "ws:";
  if (url.protocol === "https:") url.protocol = "wss:";
  const upstreamPingMs = e.UPSTREAM_PING_MS ?? e.TCP_HEARTBEAT_MS;
  return {
    tcp: { host: e.TCP_HOST, port: e.TCP_PORT },
    admin: { host: e.ADMIN_HOST, port: e.ADMIN_PORT },
    upstream: {
      url,
      connectTimeoutMs: e.UPSTREAM_CONNECT_TIMEOUT_MS,
      pingMs: upstreamPingMs,
      idleTimeoutMs: e.UPSTREAM_IDLE_TIMEOUT_MS ?? Math.round(upstreamPingMs * IDLE_HEARTBEATS),
    },
    heartbeatMs: e.TCP_HEARTBEAT_MS,
    idleTimeoutMs: e.TCP_IDLE_TIMEOUT_MS ?? Math.round(e.TCP_HEARTBEAT_MS * IDLE_HEARTBEATS),
    authTimeoutMs: e.TCP_AUTH_TIMEOUT_MS,
    frameDeadlineMs: e.TCP_FRAME_DEADLINE_MS,
    maxFrameBytes: e.TCP_MAX_FRAME_BYTES,
    maxConnections: e.TCP_MAX_CONNECTIONS,
    maxConnectionsPerIp: e.TCP_MAX_CONNECTIONS_PER_IP,
    writeHighWaterBytes: e.TCP_WRITE_HIGH_WATER_BYTES,
    maxWriteBufferBytes: e.TCP_MAX_WRITE_BUFFER_BYTES,
    slowClientTimeoutMs: e.TCP_SLOW_CLIENT_TIMEOUT_MS,
    tls: e.TLS_CERT && e.TLS_KEY ? { cert: e.TLS_CERT, key: e.TLS_KEY } : undefined,
    readyProbeMs: e.READY_PROBE_MS,
    shutdown: { graceMs: e.SHUTDOWN_GRACE_MS, timeoutMs: e.SHUTDOWN_TIMEOUT_MS },
    logLevel: e.LOG_LEVEL,
  };
}
