/**
 * Prometheus metrics of one bridge instance (prom-client, its own registry so tests can
 * run several bridges in one process). Frame types are labelled by op name: a client can
 * send any of 65,536 type codes, and an unbounded label would let it blow up the series.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { opByCode } from "../../shared/ops.js";

export type Direction = "in" | "out";

/** Why a client connection ended; one label value per cause. */
export type CloseReason =
  | "client_closed"
  | "client_error"
  | "protocol_error"
  | "auth_failed"
  | "auth_timeout"
  | "idle_timeout"
  | "frame_deadline"
  | "slow_client"
  | "upstream_lost"
  | "upstream_closed"
  | "shutdown";

export type RejectReason = "capacity" | "per_ip" | "draining";

export type UpstreamResult = "ok" | "refused" | "failed" | "timeout";

export class BridgeMetrics {
  readonly registry = new Registry();

  readonly connections = new Gauge({ name: "imbridge_connections", help: "Open client connections", registers: [this.registry] });
  readonly authenticated = new Gauge({
    name: "imbridge_connections_authenticated",
    help: "Client connections relayed to an upstream WebSocket",
    registers: [this.registry],
  });
  readonly accepted = new Counter({ name: "imbridge_connections_accepted_total", help: "Client connections accepted", registers: [this.registry] });
  readonly rejected = new Counter({
    name: "imbridge_connections_rejected_total",
    help: "Client connections refused at accept, by reason",
    labelNames: ["reason"] as const,
    registers: [this.registry],
  });
  readonly tlsFailures = new Counter({
    name: "imbridge_tls_handshake_failures_total",
    help: "TLS handshakes that failed or timed out",
    registers: [this.registry],
  });
  readonly closed = new Counter({
    name: "imbridge_connections_closed_total",
    help: "Client connections ended, by reason",
    labelNames: ["reason"] as const,
    registers: [this.registry],
  });
  readonly frames = new Counter({
    name: "imbridge_frames_total",
    help: "Frames relayed or answered, by direction (in = from clients) and op",
    labelNames: ["direction", "type"] as const,
    registers: [this.registry],
  });
  readonly bytes = new Counter({
    name: "imbridge_frame_bytes_total",
    help: "Frame bytes (header included), by direction (in = from clients) and op",
    labelNames: ["direction", "type"] as const,
    registers: [this.registry],
  });
  readonly authFailures = new Counter({
    name: "imbridge_auth_failures_total",
    help: "AUTH attempts answered with an ERROR frame, by error code",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });
  readonly upstreamConnects = new Counter({
    name: "imbridge_upstream_connects_total",
    help: "Upstream WebSocket connection attempts, by result (every client reconnect is one)",
    labelNames: ["result"] as const,
    registers: [this.registry],
  });
  readonly upstreamDrops = new Counter({
    name: "imbridge_upstream_drops_total",
    help: "Upstream WebSockets lost while relaying (each forces its client to reconnect)",
    labelNames: ["cause"] as const,
    registers: [this.registry],
  });
  readonly backpressure = new Counter({
    name: "imbridge_backpressure_pauses_total",
    help: "Times reading was paused because the other side's write buffer was full (down = towards clients)",
    labelNames: ["direction"] as const,
    registers: [this.registry],
  });
  readonly relaySeconds = new Histogram({
    name: "imbridge_frame_relay_seconds",
    help: "Time from a frame's arrival at the bridge to its hand-off to the other side's socket (up = towards the Worker)",
    labelNames: ["direction"] as const,
    buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25, 1],
    registers: [this.registry],
  });
  readonly authSeconds = new Histogram({
    name: "imbridge_auth_seconds",
    help: "Time from an AUTH frame to its AUTH_OK (upstream connect and handshake included)",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registry],
  });
  readonly upstreamRtt = new Histogram({
    name: "imbridge_upstream_ping_rtt_seconds",
    help: "Round trip of the bridge's WebSocket pings to the Worker",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });

  constructor(opts: { processMetrics?: boolean } = {}) {
    // Process metrics (CPU, heap, fds, event-loop lag) belong to the real process only.
    if (opts.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: "imbridge_" });
  }

  /** Label children per (direction, type), so the per-frame cost is two increments. */
  private readonly children = new Map<number, { frames: { inc(n?: number): void }; bytes: { inc(n?: number): void } }>();

  frame(direction: Direction, type: number, bytes: number): void {
    const key = direction === "in" ? type : -1 - type;
    let child = this.children.get(key);
    if (!child) {
      const label = typeLabel(type);
      child = { frames: this.frames.labels(direction, label), bytes: this.bytes.labels(direction, label) };
      // Unknown codes share one label; keep the cache as small as the label set.
      if (label !== "unknown") this.children.set(key, child);
    }
    child.frames.inc();
    child.bytes.inc(bytes);
  }
}

/** `send`, `auth`, ... for known codes; `unknown` for the rest. */
export function typeLabel(type: number): string {
  return opByCode(type) ?? "unknown";
}
