/**
 * `GET /readyz`: readiness. Runs every check in parallel, each with a timeout, and reports
 * each one's status and time: D1 answers a query, a Durable Object round trip through the
 * router (which also proves the envelope path), every R2 bucket in the registry answers a
 * HEAD, every queue producer is bound, and no required binding is missing. Features that
 * bring bindings add checks with `registerReadinessCheck`. 200 when all pass, else 503.
 */
import { unwrap } from "../shared/errors.js";
import { json } from "./http/respond.js";
import { inspectBindings } from "./router/registry.js";
import { routerFor } from "./router/router.js";
import { withTimeout } from "../shared/timeout.js";

export interface ReadinessCheck {
  name: string;
  /** Resolves when healthy (optionally with a detail); throws when not. */
  run(env: Env): Promise<string | void>;
}

export interface CheckReport {
  name: string;
  status: "ok" | "failed";
  ms: number;
  detail?: string;
  error?: string;
}

const CHECK_TIMEOUT_MS = 2_000;

/** The object the DO round trip talks to (never a real user: ids are ULIDs). */
export const READYZ_OBJECT = "__readyz__";

const CHECKS: ReadinessCheck[] = [
  {
    name: "bindings",
    async run(env) {
      const bad = inspectBindings(env).filter((b) => b.required && b.status !== "ok");
      if (bad.length > 0) throw new Error(bad.map((b) => `${b.binding} ${b.status}`).join(", "));
      return `${inspectBindings(env).filter((b) => b.status === "ok").length} bound`;
    },
  },
  {
    name: "d1",
    async run(env) {
      const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM d1_migrations").first<{ n: number }>();
      return `${row?.n ?? 0} migrations applied`;
    },
  },
  {
    name: "durable_objects",
    async run(env) {
      unwrap(await routerFor(env).call("user.ping", READYZ_OBJECT, [], { source: "readyz" }));
    },
  },
  {
    name: "r2",
    async run(env) {
      const buckets = inspectBindings(env).filter((b) => b.kind === "r2" && b.status === "ok");
      await Promise.all(buckets.map((b) => ((env as unknown as Record<string, R2Bucket>)[b.binding]!).head("__readyz__")));
      return buckets.length === 0 ? "none bound" : buckets.map((b) => b.binding).join(", ");
    },
  },
  {
    name: "queues",
    async run(env) {
      // A producer cannot be probed without sending a message; a bound producer of the
      // right shape is what can be checked without polluting the queue.
      const queues = inspectBindings(env).filter((b) => b.kind === "queue");
      const broken = queues.filter((q) => q.status === "wrong_type" || (q.required && q.status === "missing"));
      if (broken.length > 0) throw new Error(broken.map((q) => `${q.binding} ${q.status}`).join(", "));
      const bound = queues.filter((q) => q.status === "ok");
      return bound.length === 0 ? "none bound" : bound.map((q) => q.binding).join(", ");
    },
  },
];

export function registerReadinessCheck(check: ReadinessCheck): void {
  const i = CHECKS.findIndex((c) => c.name === check.name);
  if (i >= 0) CHECKS[i] = check;
  else CHECKS.push(check);
}

async function runCheck(check: ReadinessCheck, env: Env): Promise<CheckReport> {
  const started = performance.now();
  try {
    const detail = await withTimeout(check.run(env), CHECK_TIMEOUT_MS, () => new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`));
    return { name: check.name, status: "ok", ms: elapsed(started), ...(detail ? { detail } : {}) };
  } catch (err) {
    return { name: check.name, status: "failed", ms: elapsed(started), error: err instanceof Error ? err.message.slice(0, 300) : "failed" };
  }
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 100) / 100;

export async function readiness(env: Env): Promise<{ status: "ready" | "not_ready"; checks: CheckReport[]; ms: number }> {
  const started = performance.now();
  const checks = await Promise.all(CHECKS.map((c) => runCheck(c, env)));
  return { status: checks.every((c) => c.status === "ok") ? "ready" : "not_ready", checks, ms: elapsed(started) };
}

export async function readyz(env: Env): Promise<Response> {
  const report = await readiness(env);
  return json(report, report.status === "ready" ? 200 : 503);
}
