/** ChatClient's options (docs/sdk.md has the table with defaults). */
import type { BackoffOptions } from "./backoff.js";
import type { Clock } from "./clock.js";
import type { TokenProvider } from "./connection.js";
import type { FetchLike } from "./http.js";
import type { SocketConstructor } from "./socket.js";
import type { KeyValueStorage } from "./storage.js";

export interface ChatClientOptions {
  /** Server base URL (`https://…` or `http://127.0.0.1:8787`); the socket is `<url>/v1/ws`. */
  url: string;
  /** An access token, or a provider called before every (re)connect (AuthSession.provider refreshes). */
  token: string | TokenProvider;
  /** WebSocket implementation; required on Node 20 (`import WebSocket from "ws"`). */
  WebSocket?: SocketConstructor;
  encoding?: "json" | "binary";
  /** Identifies this device/tab; a second connection with the same id replaces the first. */
  deviceId?: string;
  tokenIn?: "protocol" | "query";
  reconnect?: Partial<BackoffOptions>;
  /** Ping interval in ms (default: the server's heartbeatMs). */
  heartbeatMs?: number;
  pongTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** Timeout of each request (send ack, history, sync, read). */
  requestTimeoutMs?: number;
  /** Sends awaiting their ack at once. */
  maxInFlight?: number;
  /** Attempts (timeouts, retryable errors) before a message is marked failed. */
  maxSendAttempts?: number;
  historyPageSize?: number;
  /** Delay before pulling a gap a push revealed. */
  gapDelayMs?: number;
  /** Persists the outbox and the sync position (e.g. `localStorage`); keys start with `storageKey`. */
  storage?: KeyValueStorage;
  storageKey?: string;
  fetch?: FetchLike;
  clock?: Clock;
  random?: () => number;
}
