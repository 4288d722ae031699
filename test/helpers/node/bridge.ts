/**
 * Starts a bridge inside the test process (the real tcp-bridge code, its own config from
 * env-style overrides) against a running Worker, for tests that need short timeouts, small
 * limits or a chaos proxy upstream.
 */
import { startBridge, type Bridge } from "../../../tcp-bridge/src/bridge.js";
import { loadConfig, type BridgeConfig } from "../../../tcp-bridge/src/config.js";
import { createLogger } from "../../../tcp-bridge/src/logger.js";

export interface TestBridge extends Bridge {
  config: BridgeConfig;
  adminUrl: string;
  metricsText(): Promise<string>;
  /** The value of one counter or gauge series, 0 when absent. */
  metric(series: string): Promise<number>;
}

export async function startTestBridge(upstreamUrl: string, env: Record<string, string> = {}): Promise<TestBridge> {
  const config = loadConfig({
    UPSTREAM_URL: upstreamUrl,
    TCP_PORT: "0",
    ADMIN_PORT: "0",
    SHUTDOWN_GRACE_MS: "200",
    SHUTDOWN_TIMEOUT_MS: "2000",
    LOG_LEVEL: process.env.BRIDGE_TEST_LOG_LEVEL ?? "silent",
    ...env,
  });
  const bridge = await startBridge(config, createLogger(config.logLevel));
  const adminUrl = `http://127.0.0.1:${bridge.adminPort}`;
  // Read in process: the admin server is gone once shutdown() finishes.
  const metricsText = () => bridge.metrics.registry.metrics();
  return Object.assign(bridge, {
    config,
    adminUrl,
    metricsText,
    metric: async (series: string) => {
      const line = (await metricsText()).split("\n").find((l) => l.startsWith(`${series} `));
      return line ? Number(line.slice(series.length + 1)) : 0;
    },
  });
}
