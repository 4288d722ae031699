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

  private counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  private gauge(name: string, help: string): Gauge {
    return new Gauge({ name, help, registers: [this.registry] });
  }

  private histogram<L extends string>(name: string, help: string, buckets: number[], labelNames: readonly L[] = []): Histogram<L> {
    return new Histogram({ name, help, buckets, labelNames, registers: [this.registry] });
  }

  readonly connections = this.gauge("imbridge_connections", "Open client connections");
  readonly authenticated = this.gauge("imbridge_connections_authenticated", "Client connections relayed to an upstream WebSocket");
  readonly accepted = this.counter("imbridge_connections_accepted_total", "Client connections accepted");
  readonly rejected = this.counter("imbridge_connections_rejected_total", "Client connections refused at accept, by reason", ["reason"]);
  readonly tlsFailures = this.counter("imbridge_tls_handshake_failures_total", "TLS handshakes that failed or timed out");
  readonly closed = this.counter("imbridge_connections_closed_total", "Client connections ended, by reason", ["reason"]);
  readonly frames = this.counter("imbridge_frames_total", "Frames relayed or answered, by direction (in = from clients) and op", ["direction", "type"]);
  readonly bytes = this.counter("imbridge_frame_bytes_total", "Frame bytes (header included), by direction (in = from clients) and op", ["direction", "type"]);
  readonly authFailures = this.counter("imbridge_auth_failures_total", "AUTH attempts answered with an ERROR frame, by error code", ["code"]);
  readonly upstreamConnects = this.counter(
    "imbridge_upstream_connects_total",
    "Upstream WebSocket connection attempts, by result (every client reconnect is one)",
    ["result"],
  );
  readonly upstreamDrops = this.counter(
    "imbridge_upstream_drops_total",
    "Upstream WebSockets lost while relaying (each forces its client to reconnect)",
    ["cause"],
  );
  readonly backpressure = this.counter(
    "imbridge_backpressure_pauses_total",
    "Times reading was paused because the other side's write buffer was full (down = towards clients)",
    ["direction"],
  );
  readonly relaySeconds = this.histogram(
    "imbridge_frame_relay_seconds",
    "Time from a frame's arrival at the bridge to its hand-off to the other side's socket (up = towards the Worker)",
    [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25, 1],
    ["direction"],
  );
  readonly authSeconds = this.histogram(
    "imbridge_auth_seconds",
    "Time from an AUTH frame to its AUTH_OK (upstream connect and handshake included)",
    [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
  );
  readonly upstreamRtt = this.histogram(
    "imbridge_upstream_ping_rtt_seconds",
    "Round trip of the bridge's WebSocket pings to the Worker",
    [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  );

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
