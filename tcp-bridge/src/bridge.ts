/**
 * The bridge: a TCP (or TLS) listener that admits clients within the connection limits
 * and gives each a ClientConnection, the admin server, and graceful shutdown.
 */
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import type { Server as HttpServer } from "node:http";
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from "node:net";
import { createServer as createTlsServer } from "node:tls";
import type { Logger } from "pino";
import { AppError } from "../../shared/errors.js";
import { createAdminServer } from "./admin.js";
import { Admission } from "./admission.js";
import type { BridgeConfig } from "./config.js";
import { ClientConnection } from "./connection.js";
import { errorFrame } from "./frames.js";
import { BridgeMetrics, type RejectReason } from "./metrics.js";
import { UpstreamProbe } from "./probe.js";

export interface Bridge {
  readonly tcpPort: number;
  readonly adminPort: number;
  readonly metrics: BridgeMetrics;
  /** Open client connections. */
  connectionCount(): number;
  /**
   * Graceful stop: refuse new clients, tell every client to reconnect elsewhere, relay for
   * the grace period while they leave, close the rest, and resolve when all are gone.
   */
  shutdown(): Promise<void>;
}

/** Reject-time ERROR frames: a full bridge says when to come back. */
const REJECT: Record<RejectReason, AppError> = {
  capacity: new AppError("unavailable", "the bridge is at its connection limit: retry later or elsewhere", 1_000),
  per_ip: new AppError("rate_limited", "too many connections from your address", 5_000),
  draining: new AppError("unavailable", "the bridge is shutting down: reconnect"),
};

export async function startBridge(config: BridgeConfig, log: Logger, metrics = new BridgeMetrics()): Promise<Bridge> {
  const admission = new Admission(config);
  const connections = new Set<ClientConnection>();
  const probe = new UpstreamProbe(config.upstream.url, config.readyProbeMs);
  const limits = { maxFrameBytes: config.maxFrameBytes };
  const idPrefix = randomBytes(3).toString("hex");
  let nextId = 0;
  let draining = false;
  let onEmpty: (() => void) | undefined;

  const reject = (socket: Socket, reason: RejectReason) => {
    metrics.rejected.inc({ reason });
    socket.on("error", () => {});
    socket.end(errorFrame(REJECT[reason], undefined, limits));
    setTimeout(() => socket.destroy(), 1_000).unref();
  };

  const onSocket = (socket: Socket) => {
    if (draining) return reject(socket, "draining");
    const ip = socket.remoteAddress ?? "unknown";
    const refused = admission.admit(ip);
    if (refused) {
      log.warn({ remote: ip, reason: refused }, "connection refused");
      return reject(socket, refused);
    }
    metrics.accepted.inc();
    metrics.connections.inc();
    const connection = new ClientConnection(socket, `${idPrefix}-${(nextId++).toString(36)}`, {
      config,
      metrics,
      log,
      onClosed: (c) => {
        admission.release(ip);
        connections.delete(c);
        metrics.connections.dec();
        if (connections.size === 0) onEmpty?.();
      },
    });
    connections.add(connection);
  };

  const socketOptions = { highWaterMark: config.writeHighWaterBytes, noDelay: true };
  const server: Server = config.tls
    ? createTlsServer(
        { ...socketOptions, cert: config.tls.cert, key: config.tls.key, minVersion: "TLSv1.2", handshakeTimeout: config.authTimeoutMs },
        onSocket,
      )
    : createTcpServer(socketOptions, onSocket);
  server.on("tlsClientError", (err: Error & { code?: string }) => {
    metrics.tlsFailures.inc();
    log.debug({ err: err.code ?? err.message }, "TLS handshake failed");
  });
  // Backstop for what admission cannot see (TLS handshakes in progress): Node drops beyond it.
  server.maxConnections = config.maxConnections + Math.max(16, Math.ceil(config.maxConnections / 10));

  const admin: HttpServer = createAdminServer(metrics.registry, () => {
    const checks = {
      listening: server.listening,
      draining,
      upstream: probe.healthy,
      capacity: admission.open < config.maxConnections,
    };
    return { ready: checks.listening && !draining && checks.upstream && checks.capacity, checks };
  });

  await probe.start();
  server.listen(config.tcp.port, config.tcp.host);
  await once(server, "listening");
  admin.listen(config.admin.port, config.admin.host);
  await once(admin, "listening");
  const tcpPort = (server.address() as AddressInfo).port;
  const adminPort = (admin.address() as AddressInfo).port;

  const waitForEmpty = (ms: number) =>
    new Promise<void>((resolve) => {
      if (connections.size === 0) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        onEmpty = undefined;
        resolve();
      }
      onEmpty = done;
    });

  let stopping: Promise<void> | undefined;
  const shutdown = () =>
    (stopping ??= (async () => {
      const started = Date.now();
      draining = true;
      log.info({ connections: connections.size }, "shutting down: no new clients, telling open ones to reconnect");
      server.close();
      probe.stop();
      for (const c of connections) c.notifyShutdown();
      await waitForEmpty(config.shutdown.graceMs);
      for (const c of connections) c.close("shutdown");
      await waitForEmpty(Math.max(0, config.shutdown.timeoutMs - (Date.now() - started)));
      for (const c of connections) c.socket.destroy();
      admin.close();
      admin.closeAllConnections();
      log.info({ ms: Date.now() - started }, "shut down");
    })());

  return {
    tcpPort,
    adminPort,
    metrics,
    connectionCount: () => connections.size,
    shutdown,
  };
}
