/**
 * Entry point: `node tcp-bridge/dist/bridge.mjs`. Reads the environment, starts the bridge
 * and its admin server, and stops gracefully on SIGTERM/SIGINT (a second signal exits now).
 */
import { startBridge } from "./bridge.js";
import { loadConfig, type BridgeConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { BridgeMetrics } from "./metrics.js";

let config: BridgeConfig;
try {
  config = loadConfig();
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}

const log = createLogger(config.logLevel);

process.on("uncaughtException", (err) => {
  // A bug, not input: log it with context and let the orchestrator restart a clean process.
  log.fatal({ err }, "uncaught exception");
  process.exit(1);
});
process.on("unhandledRejection", (err) => {
  log.fatal({ err }, "unhandled rejection");
  process.exit(1);
});

const bridge = await startBridge(config, log, new BridgeMetrics({ processMetrics: true })).catch((err: Error) => {
  log.fatal({ err }, "bridge failed to start");
  process.exit(1);
});

// Announced whatever LOG_LEVEL says: `npm start` reads the bound ports from this line.
log.child({}, { level: "info" }).info(
  {
    tcp: { host: config.tcp.host, port: bridge.tcpPort, tls: config.tls !== undefined },
    admin: { host: config.admin.host, port: bridge.adminPort },
    upstream: config.upstream.url.origin,
  },
  "bridge listening",
);

let signals = 0;
const stop = (signal: NodeJS.Signals) => {
  if (++signals > 1) {
    log.warn({ signal }, "second signal: exiting now");
    process.exit(1);
  }
  log.info({ signal }, "signal received");
  bridge.shutdown().then(
    () => process.exit(0),
    (err: Error) => {
      log.error({ err }, "shutdown failed");
      process.exit(1);
    },
  );
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
