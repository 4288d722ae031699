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
  for (const [name, bucket] of [["archive", env.ARCHIVE], ["files", env.FILES]] as const) {
    try {
      await bucket.head("healthz");
      checks[name] = "ok";
    } catch {
      checks[name] = "failed";
    }
  }
  checks["events"] = env.EVENTS && env.DELIVERIES ? "ok" : "missing";
  const healthy = Object.values(checks).every((v) => v === "ok");
  return json({ status: healthy ? "ok" : "degraded", checks }, healthy ? 200 : 503);
}
