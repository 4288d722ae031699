/**
 * `GET /healthz`: liveness. Answers without touching any binding, so a slow dependency
 * never makes the platform or a load balancer restart a healthy Worker. Readiness (the
 * dependencies) is `/readyz` (workers/readiness.ts).
 */
import { json } from "./http/respond.js";

export function healthz(): Response {
  return json({ status: "ok" });
}
