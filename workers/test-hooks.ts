/**
 * Fault injection for the chaos suite (test/chaos/), and nothing else. Everything here is
 * inert unless the Worker runs with the var TEST_HOOKS set to "1", which only test
 * configurations set (`startLocalWorker({ vars })`, vitest bindings); the production
 * `wrangler.toml` does not declare it, and test/security/config.test.ts fails if it ever
 * does. Without the var the routes below do not exist (404 like any unknown path) and the
 * queue hook passes batches through untouched.
 *
 * - `POST /__test/abort {"kind": "user"|"conversation"|"group"|"group_shard", "name"}`: resets that Durable
 *   Object as a crash would (its in-memory state is gone, storage and alarms survive).
 * - `TEST_FAULT_QUEUE_RETRY_RATE` (0–1): the share of queue messages whose first delivery
 *   fails (retried by the queue), so consumers are exercised under at-least-once redelivery.
 * - `TEST_FAULT_PUSH_DROP_RATE` (0–1): the share of message pushes a user object drops (the
 *   log and the index are untouched), so clients must notice the gaps and pull them.
 */
import { AppError } from "../shared/errors.js";

type HookEnv = Record<string, unknown>;

/** Whether this Worker runs with the test hooks (a test configuration). */
export function testHooksEnabled(env: unknown): boolean {
  return (env as HookEnv)["TEST_HOOKS"] === "1";
}

/** The object kinds a test may reset, and their namespaces. */
const NAMESPACES = { user: "USERS", conversation: "CONVERSATIONS", group: "GROUPS", group_shard: "GROUP_SHARDS" } as const;

/** What a Durable Object offers the hook: resetting itself. */
export interface Abortable {
  testAbort(): Promise<void>;
}

/**
 * Resets the object as a crash would: an exception thrown inside blockConcurrencyWhile
 * breaks the object's input gate and the runtime discards the instance (`ctx.abort()` is
 * not available under `wrangler dev`). The caller sees the call fail.
 */
export function abortSelf(ctx: DurableObjectState, env: unknown): Promise<void> {
  if (!testHooksEnabled(env)) return Promise.reject(new AppError("not_found", "no such method"));
  return ctx.blockConcurrencyWhile(async () => {
    throw new Error("test hook: object reset on purpose");
  });
}

/** Answers a `/__test/...` request when the hooks are on; undefined lets the router handle it (404). */
export async function testHookResponse(request: Request, env: Env): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (!url.pathname.startsWith("/__test/") || !testHooksEnabled(env)) return undefined;
  if (request.method === "POST" && url.pathname === "/__test/abort") {
    const body = (await request.json().catch(() => null)) as { kind?: unknown; name?: unknown } | null;
    const kind = body?.kind;
    if (typeof kind !== "string" || !(kind in NAMESPACES) || typeof body?.name !== "string" || body.name.length === 0) {
      return Response.json({ error: { code: "bad_request", message: `kind (${Object.keys(NAMESPACES).join("|")}) and name are required` } }, { status: 400 });
    }
    const namespace = (env as unknown as Record<string, DurableObjectNamespace>)[NAMESPACES[kind as keyof typeof NAMESPACES]]!;
    const stub = namespace.get(namespace.idFromName(body.name)) as unknown as Abortable;
    // The call fails by design (the object dies mid-call); any other outcome is reported.
    const outcome = await stub.testAbort().then(
      () => "survived",
      () => "aborted",
    );
    return Response.json({ kind, name: body.name, outcome });
  }
  return Response.json({ error: { code: "not_found", message: "no such test hook" } }, { status: 404 });
}

/** The share of pushes to drop (0 unless the hooks are on and a rate is set). */
export function pushDropRate(env: unknown): number {
  if (!testHooksEnabled(env)) return 0;
  const rate = Number((env as HookEnv)["TEST_FAULT_PUSH_DROP_RATE"] ?? 0);
  return rate > 0 && rate < 1 ? rate : 0;
}

/** Random source of the hooks; tests of the hooks may replace it. */
export const hookRandom = { next: Math.random };

/**
 * Fails the first delivery of a share of the batch's messages (they are retried by the
 * queue) and hands the rest to `consume`. Passes the batch through when the hooks are off.
 */
export async function withQueueFaults<T>(batch: MessageBatch<T>, env: unknown, consume: (batch: MessageBatch<T>) => Promise<void>): Promise<void> {
  const rate = testHooksEnabled(env) ? Number((env as HookEnv)["TEST_FAULT_QUEUE_RETRY_RATE"] ?? 0) : 0;
  if (!(rate > 0)) return consume(batch);
  const kept: Array<Message<T>> = [];
  for (const message of batch.messages) {
    if (message.attempts <= 1 && hookRandom.next() < rate) message.retry({ delaySeconds: 0 });
    else kept.push(message);
  }
  if (kept.length === 0) return;
  const partial: MessageBatch<T> = {
    queue: batch.queue,
    metadata: batch.metadata,
    messages: kept,
    retryAll: (options) => kept.forEach((m) => m.retry(options)),
    ackAll: () => kept.forEach((m) => m.ack()),
  };
  return consume(partial);
}
