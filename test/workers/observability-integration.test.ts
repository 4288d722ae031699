/**
 * Observability through the real gateway: metrics counted for real traffic and served as
 * Prometheus text to admins only, the Analytics Engine data-point layout, readiness (and
 * readiness failing when a binding is broken), structured logs without secrets.
 */
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setLogLevel } from "../../shared/log.js";
import { ApiKeys } from "../../workers/auth/api-keys.js";
import { METRICS, registry } from "../../workers/observability/catalog.js";
import { Registry, setMetricsSink } from "../../workers/observability/metrics.js";
import { readiness } from "../../workers/readiness.js";
import { registerBinding } from "../../workers/router/registry.js";
import { api, directId, register, TestSocket } from "../helpers/worker/client.js";

async function metricsKey(): Promise<string> {
  return (await new ApiKeys(env.DB).create({ name: "metrics", scopes: ["metrics:read"], createdBy: "bootstrap" })).key;
}

/** Parses Prometheus text into series → value. */
async function scrape(key: string): Promise<Map<string, number>> {
  const res = await api("/metrics", { headers: { "x-api-key": key } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/plain; version=0.0.4");
  const series = new Map<string, number>();
  for (const line of (res.body as string).split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const i = line.lastIndexOf(" ");
    series.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return series;
}

const get = (s: Map<string, number>, key: string) => s.get(key) ?? 0;

describe("metrics", () => {
  it("counts real traffic per route, op, router call, fan-out and storage", async () => {
    const key = await metricsKey();
    const before = await scrape(key);
    const a = await register();
    const b = await register();
    const id = directId(a.user.id, b.user.id);
    const ws = await TestSocket.open(a.accessToken);
    const peer = await TestSocket.open(b.accessToken);
    for (let i = 0; i < 3; i++) await ws.request("send", { conversationId: id, clientMsgId: `m${i}`, type: "text", content: { text: "hi" } });
    await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: { clientMsgId: "h1", type: "text", content: { text: "over http" } } });
    for (let i = 0; i < 4; i++) await peer.next((p) => p.op === "message");
    await ws.request("history", { conversationId: id });
    const after = await scrape(key);
    const delta = (k: string) => get(after, k) - get(before, k);

    expect(delta('imserver_http_requests_total{route="/v1/auth/register",method="POST",status="201"}')).toBe(2);
    expect(delta('imserver_http_requests_total{route="/v1/conversations/:id/messages",method="POST",status="201"}')).toBe(1);
    expect(delta('imserver_http_request_duration_ms_count{route="/v1/auth/register"}')).toBe(2);
    expect(delta('imserver_ws_ops_total{op="send",outcome="ok"}')).toBe(3);
    expect(delta('imserver_ws_ops_total{op="history",outcome="ok"}')).toBe(1);
    expect(delta('imserver_ws_connections_total{encoding="json"}')).toBe(2);
    expect(delta('imserver_router_calls_total{route="conversation.send",outcome="ok"}')).toBe(4);
    expect(delta('imserver_router_calls_total{route="user.connect",outcome="ok"}')).toBe(2);
    expect(delta('imserver_router_calls_total{route="user.deliver",outcome="ok"}')).toBeGreaterThanOrEqual(4);
    expect(delta('imserver_messages_stored_total{kind="direct"}')).toBe(4);
    expect(delta('imserver_fanout_targets_count{kind="direct"}')).toBe(4);
    expect(delta('imserver_fanout_targets_bucket{kind="direct",le="2"}')).toBe(4);
    expect(delta('imserver_deliveries_total{outcome="ok"}')).toBeGreaterThanOrEqual(4);
    expect(after.has('imserver_outbox_depth{kind="direct"}')).toBe(true);
    ws.close();
    peer.close();
  });

  it("serves /metrics to admins only", async () => {
    expect((await api("/metrics")).status).toBe(401);
    const u = await register();
    expect((await api("/metrics", { token: u.accessToken })).status).toBe(403);
  });

  it("renders valid Prometheus text (HELP, TYPE, cumulative buckets, escaped labels)", () => {
    const r = new Registry();
    const c = r.counter("t_total", "A test counter.", ["path"]);
    c.inc({ path: 'a"b\\c\nd' });
    const h = r.histogram("t_ms", "A test histogram.", ["op"], [1, 10]);
    for (const v of [0.5, 5, 50]) h.observe({ op: "x" }, v);
    expect(r.render()).toBe(
      [
        "# HELP t_total A test counter.",
        "# TYPE t_total counter",
        't_total{path="a\\"b\\\\c\\nd"} 1',
        "# HELP t_ms A test histogram.",
        "# TYPE t_ms histogram",
        't_ms_bucket{op="x",le="1"} 1',
        't_ms_bucket{op="x",le="10"} 2',
        't_ms_bucket{op="x",le="+Inf"} 3',
        't_ms_sum{op="x"} 55.5',
        't_ms_count{op="x"} 3',
        "",
      ].join("\n"),
    );
  });

  it("writes each observation to Analytics Engine as index = metric, blobs = [metric, labels...], double = value", () => {
    const points: unknown[] = [];
    setMetricsSink({ writeDataPoint: (p) => points.push(p) });
    try {
      METRICS.routerCalls.inc({ route: "conversation.send", outcome: "ok" });
      METRICS.httpDuration.observe({ route: "/v1/x" }, 12.5);
      METRICS.circuitsOpen.add({ service: "user" }, 0);
    } finally {
      setMetricsSink(env.METRICS);
    }
    expect(points).toEqual([
      { indexes: ["imserver_router_calls_total"], blobs: ["imserver_router_calls_total", "conversation.send", "ok"], doubles: [1] },
      { indexes: ["imserver_http_request_duration_ms"], blobs: ["imserver_http_request_duration_ms", "/v1/x"], doubles: [12.5] },
      { indexes: ["imserver_circuits_open"], blobs: ["imserver_circuits_open", "user"], doubles: [METRICS.circuitsOpen.value({ service: "user" })] },
    ]);
    expect(registry.render()).toContain("imserver_router_calls_total");
  });
});

describe("readiness", () => {
  it("is ready with timings when every dependency answers", async () => {
    const res = await api("/readyz");
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("ready");
    expect(res.body.checks.map((c: { name: string }) => c.name)).toEqual(["bindings", "d1", "durable_objects", "r2", "queues"]);
    for (const c of res.body.checks) {
      expect(c).toMatchObject({ status: "ok", ms: expect.any(Number) });
      expect(c.error).toBeUndefined();
    }
  });

  it("fails with 503 naming the check when D1 is broken", async () => {
    const broken = { ...env, DB: { prepare: () => ({ first: () => Promise.reject(new Error("D1_ERROR: database is unavailable")) }), batch: () => Promise.reject(new Error("x")) } } as unknown as Env;
    const report = await readiness(broken);
    expect(report.status).toBe("not_ready");
    expect(report.checks.find((c) => c.name === "d1")).toMatchObject({ status: "failed", error: "D1_ERROR: database is unavailable" });
    expect(report.checks.find((c) => c.name === "durable_objects")?.status).toBe("ok");
  });

  it("fails when a Durable Object binding is missing or the object cannot answer", async () => {
    const { USERS: _u, ...missing } = env;
    const report = await readiness(missing as Env);
    expect(report.checks.find((c) => c.name === "bindings")).toMatchObject({ status: "failed", error: "USERS missing" });
    expect(report.checks.find((c) => c.name === "durable_objects")?.status).toBe("failed");

    const dead = { ...env, USERS: { idFromName: () => ({}), get: () => ({ receive: () => Promise.reject(new Error("Durable Object is overloaded")) }) } } as unknown as Env;
    expect((await readiness(dead)).checks.find((c) => c.name === "durable_objects")).toMatchObject({ status: "failed" });
  });

  it("checks R2 buckets and queue producers that are registered", async () => {
    const undo = [
      registerBinding({ binding: "TEST_BUCKET", kind: "r2", required: false, purpose: "test bucket" }),
      registerBinding({ binding: "TEST_QUEUE", kind: "queue", required: false, purpose: "test queue" }),
    ];
    try {
      const ok = await readiness({ ...env, TEST_BUCKET: { head: async () => null, put: async () => null }, TEST_QUEUE: { send: async () => {} } } as unknown as Env);
      expect(ok.checks.find((c) => c.name === "r2")).toMatchObject({ status: "ok", detail: expect.stringContaining("TEST_BUCKET") });
      expect(ok.checks.find((c) => c.name === "queues")).toMatchObject({ status: "ok", detail: expect.stringContaining("TEST_QUEUE") });
      const bad = await readiness({ ...env, TEST_BUCKET: { head: async () => Promise.reject(new Error("bucket gone")), put: async () => null }, TEST_QUEUE: { nope: 1 } } as unknown as Env);
      expect(bad.checks.find((c) => c.name === "r2")).toMatchObject({ status: "failed", error: "bucket gone" });
      expect(bad.checks.find((c) => c.name === "queues")).toMatchObject({ status: "failed", error: "TEST_QUEUE wrong_type" });
    } finally {
      undo.forEach((u) => u());
    }
  });

  it("shows failure details to admins only", async () => {
    const pub = await api("/readyz");
    expect(pub.body.checks[1].detail).toBeUndefined();
    const key = await metricsKey();
    const detailed = await api("/readyz", { headers: { "x-api-key": key } });
    expect(detailed.body.checks.find((c: { name: string }) => c.name === "d1").detail).toMatch(/migrations applied/);
  });
});

describe("logs", () => {
  afterEach(() => {
    setLogLevel("warn");
    vi.restoreAllMocks();
  });

  it("writes one JSON access line per request with trace id, route and user, and never the token", async () => {
    const a = await register();
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    setLogLevel("info");
    const me = await api("/v1/users/me", { token: a.accessToken, headers: { "x-request-id": "client-trace-0001" } });
    const ws = await TestSocket.open(a.accessToken);
    const foreign = directId("someone", "else");
    await ws.request("send", { conversationId: foreign, clientMsgId: "x", type: "text", content: { text: "x" } });
    await api(`/v1/conversations/${encodeURIComponent(foreign)}/messages`, { token: a.accessToken });
    ws.close();
    setLogLevel("warn");
    expect(me.headers.get("x-request-id")).toBe("client-trace-0001");
    const access = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l["event"] === "http.request");
    expect(access[0]).toMatchObject({ level: "info", traceId: "client-trace-0001", method: "GET", route: "/v1/users/me", status: 200, userId: a.user.id, ms: expect.any(Number) });
    expect(access[1]).toMatchObject({ route: "/v1/ws", status: 101 });
    expect(access[2]).toMatchObject({ route: "/v1/conversations/:id/messages", status: 403, conversationId: foreign, userId: a.user.id });
    const op = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l["event"] === "ws.op");
    expect(op).toMatchObject({ op: "send", outcome: "forbidden", userId: a.user.id, conversationId: foreign, traceId: expect.stringMatching(/^[0-9A-Z]{26}$/) });
    expect(lines.join("\n")).not.toContain(a.accessToken);
  });

  it("redacts secret-looking fields as a last line of defence", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    setLogLevel("info");
    const { log } = await import("../../shared/log.js");
    log.info("test.event", { accessToken: "eyJ...", password: "hunter2", apiKey: "imk_x", userId: "u1" });
    expect(JSON.parse(lines[0]!)).toMatchObject({ accessToken: "[redacted]", password: "[redacted]", apiKey: "[redacted]", userId: "u1" });
  });

  it("replaces a malformed client request id", async () => {
    const res = await api("/healthz", { headers: { "x-request-id": "bad id with spaces" } });
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9A-Z]{26}$/);
  });
});
