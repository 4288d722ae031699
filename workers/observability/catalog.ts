/**
 * Every metric IMServer records, defined once (names, help, labels). docs/observability.md
 * lists them with their Analytics Engine blob order, which is the label order below.
 */
import { LATENCY_BUCKETS_MS, Registry, SIZE_BUCKETS } from "./metrics.js";

export const registry = new Registry();

export const METRICS = {
  httpRequests: registry.counter("imserver_http_requests_total", "HTTP requests by route pattern, method and status.", ["route", "method", "status"]),
  httpDuration: registry.histogram("imserver_http_request_duration_ms", "HTTP request latency in ms by route pattern.", ["route"], LATENCY_BUCKETS_MS),
  wsOps: registry.counter("imserver_ws_ops_total", "Client operations (WebSocket and TCP) by op and outcome (ok or error code).", ["op", "outcome"]),
  wsOpDuration: registry.histogram("imserver_ws_op_duration_ms", "Client operation latency in ms by op.", ["op"], LATENCY_BUCKETS_MS),
  wsConnections: registry.counter("imserver_ws_connections_total", "Connections accepted by encoding.", ["encoding"]),
  wsRefused: registry.counter("imserver_ws_connections_refused_total", "Connections refused by reason.", ["reason"]),
  routerCalls: registry.counter("imserver_router_calls_total", "Inter-service calls by route and outcome (ok, error code, timeout, circuit_open, failed).", ["route", "outcome"]),
  routerDuration: registry.histogram("imserver_router_call_duration_ms", "Inter-service call latency in ms (all attempts) by route.", ["route"], LATENCY_BUCKETS_MS),
  routerRetries: registry.counter("imserver_router_retries_total", "Retries of inter-service calls after a retryable platform error.", ["route"]),
  circuitTransitions: registry.counter("imserver_circuit_transitions_total", "Circuit breaker transitions by service and new state.", ["service", "state"]),
  circuitsOpen: registry.gauge("imserver_circuits_open", "Circuit breakers currently open (or half-open) by service, in this isolate.", ["service"]),
  fanout: registry.histogram("imserver_fanout_targets", "Recipients (user objects) a stored batch fans out to, by conversation kind.", ["kind"], SIZE_BUCKETS),
  deliveries: registry.counter("imserver_deliveries_total", "Delivery attempts from outboxes by outcome (ok, retry).", ["outcome"]),
  deliveryRetries: registry.counter("imserver_delivery_retries_total", "Failed deliveries scheduled for retry with backoff.", ["kind"]),
  outboxDepth: registry.gauge("imserver_outbox_depth", "Messages owed to recipients by the outboxes of this isolate (sum of lastSeq - delivered).", ["kind"]),
  messagesStored: registry.counter("imserver_messages_stored_total", "Messages appended to conversation logs.", ["kind"]),
  rateLimited: registry.counter("imserver_rate_limited_total", "Requests refused by a rate limit, by limit.", ["limit"]),
  compressedFrames: registry.counter("imserver_compressed_frames_total", "Binary frames sent or received gzip-compressed.", ["direction"]),
  authFailures: registry.counter("imserver_auth_failures_total", "Failed logins and lockouts by reason.", ["reason"]),
} as const;
