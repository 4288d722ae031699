/** The admin audit trail: one row per mutating admin call (who, what, on what). */
import { ulid } from "../../shared/ids.js";
import { log } from "../../shared/log.js";
import type { AdminPrincipal } from "../auth/admin.js";

export async function audit(db: D1Database, principal: AdminPrincipal, action: string, target: string | null, detail: Record<string, unknown> = {}, now = Date.now()): Promise<void> {
  log.info("admin.action", { actor: principal.actor, action, target });
  await db
    .prepare("INSERT INTO admin_audit (id, actor, action, target, detail, at) VALUES (?, ?, ?, ?, ?, ?)")
    .bind(ulid(now), principal.actor, action, target, JSON.stringify(detail), now)
    .run();
}
