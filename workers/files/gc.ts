/**
 * Orphan collection (from the scheduled handler): files never referenced by a message
 * within FILE_ORPHAN_HOURS of their upload, and uploads that never finished (the isolate
 * died mid-stream), are deleted from D1 and R2. The row goes first, in a statement that
 * re-checks it is still unreferenced, so a message referencing the file at the same moment
 * either keeps it or fails to reference it; it never points at deleted bytes.
 */
import { log } from "../../shared/log.js";
import type { Config } from "../config.js";

/** An upload still "uploading" after this long is dead. */
const STALE_UPLOAD_MS = 3_600_000;

export async function collectOrphans(env: Env, config: Config, now = Date.now(), limit = 500): Promise<{ deleted: number }> {
  const { results } = await env.DB.prepare(
    `SELECT id, r2_key FROM files f
      WHERE ((status = 'ready' AND created_at < ?) OR (status = 'uploading' AND created_at < ?))
        AND NOT EXISTS (SELECT 1 FROM file_refs r WHERE r.file_id = f.id)
      ORDER BY created_at LIMIT ?`,
  )
    .bind(now - config.files.orphanHours * 3_600_000, now - STALE_UPLOAD_MS, limit)
    .all<{ id: string; r2_key: string }>();
  if (results.length === 0) return { deleted: 0 };
  const deleted = await env.DB.batch(
    results.map((f) => env.DB.prepare("DELETE FROM files WHERE id = ? AND NOT EXISTS (SELECT 1 FROM file_refs WHERE file_id = ?)").bind(f.id, f.id)),
  );
  const keys = results.filter((_, i) => deleted[i]?.meta.changes === 1).map((f) => f.r2_key);
  for (let i = 0; i < keys.length; i += 1_000) await env.FILES.delete(keys.slice(i, i + 1_000));
  if (keys.length > 0) log.info("files.orphans_deleted", { count: keys.length });
  return { deleted: keys.length };
}
