/** `GET /healthz`: liveness plus a check of each binding the gateway depends on. */
import { json } from "./http/respond.js";

export async function healthz(env: Env): Promise<Response> {
  const checks: Record<string, string> = {};
  try {
    await env.DB.prepare("SELECT 1").first();
    checks["db"] = "ok";
  } catch {
    checks["db"] = "failed";
  }
  checks["users"] = env.USERS ? "ok" : "missing";
  checks["conversations"] = env.CONVERSATIONS ? "ok" : "missing";
  checks["groups"] = env.GROUPS && env.GROUP_SHARDS ? "ok" : "missing";
  const healthy = Object.values(checks).every((v) => v === "ok");
  return json({ status: healthy ? "ok" : "degraded", checks }, healthy ? 200 : 503);
}
