/**
 * File metadata in D1. A user's storage use is the sum of their files' sizes (derived, so
 * it cannot drift); an upload reserves its declared size up front in the same statement
 * that checks the quota, so two concurrent uploads cannot both squeeze under it.
 */
import { AppError } from "../../shared/errors.js";

export interface FileMeta {
  id: string;
  ownerId: string;
  name: string;
  mime: string;
  size: number;
  status: "uploading" | "ready";
  createdAt: number;
}

export interface FileRow {
  id: string;
  owner_id: string;
  r2_key: string;
  name: string;
  mime: string;
  size: number;
  status: string;
  created_at: number;
}

export const toMeta = (r: FileRow): FileMeta => ({
  id: r.id,
  ownerId: r.owner_id,
  name: r.name,
  mime: r.mime,
  size: r.size,
  status: r.status === "ready" ? "ready" : "uploading",
  createdAt: r.created_at,
});

/** The R2 key of a file: server-generated ids only, never a name from the client. */
export const fileKey = (ownerId: string, fileId: string) => `files/${encodeURIComponent(ownerId)}/${encodeURIComponent(fileId)}`;

export class FileStore {
  constructor(private readonly db: D1Database) {}

  /** Reserves quota and records an upload in progress. Throws `quota_exceeded`. */
  async reserve(f: { id: string; ownerId: string; key: string; name: string; mime: string; size: number }, quotaBytes: number, now: number): Promise<void> {
    const result = await this.db
      .prepare(
        `INSERT INTO files (id, owner_id, r2_key, name, mime, size, status, created_at)
         SELECT ?, ?, ?, ?, ?, ?, 'uploading', ?
          WHERE (SELECT COALESCE(SUM(size), 0) FROM files WHERE owner_id = ?) + ? <= ?`,
      )
      .bind(f.id, f.ownerId, f.key, f.name, f.mime, f.size, now, f.ownerId, f.size, quotaBytes)
      .run();
    if (result.meta.changes !== 1) throw new AppError("quota_exceeded", `this upload would exceed your storage quota of ${quotaBytes} bytes`);
  }

  async markReady(id: string): Promise<void> {
    await this.db.prepare("UPDATE files SET status = 'ready' WHERE id = ?").bind(id).run();
  }

  async find(id: string): Promise<FileRow | undefined> {
    return (await this.db.prepare("SELECT * FROM files WHERE id = ?").bind(id).first<FileRow>()) ?? undefined;
  }

  /** Conversations that reference the file (their members may download it). */
  async conversationsOf(id: string): Promise<string[]> {
    const { results } = await this.db.prepare("SELECT conversation_id FROM file_refs WHERE file_id = ? LIMIT 100").bind(id).all<{ conversation_id: string }>();
    return results.map((r) => r.conversation_id);
  }

  async usage(ownerId: string): Promise<number> {
    return Number((await this.db.prepare("SELECT COALESCE(SUM(size), 0) AS n FROM files WHERE owner_id = ?").bind(ownerId).first<{ n: number }>())?.n ?? 0);
  }

  /** The owner's files, newest first; `cursor` is the previous page's `nextCursor`. */
  async list(ownerId: string, limit: number, cursor?: string): Promise<{ files: FileMeta[]; nextCursor?: string }> {
    const { results } = await this.db
      .prepare(`SELECT * FROM files WHERE owner_id = ? AND status = 'ready' ${cursor ? "AND id < ?" : ""} ORDER BY id DESC LIMIT ?`)
      .bind(...[ownerId, ...(cursor ? [cursor] : []), limit + 1])
      .all<FileRow>();
    const page = results.slice(0, limit).map(toMeta);
    const last = page[page.length - 1];
    return results.length > limit && last ? { files: page, nextCursor: last.id } : { files: page };
  }

  /** Deletes a file row (references go with it). Returns false when it was already gone. */
  async remove(id: string): Promise<boolean> {
    return (await this.db.prepare("DELETE FROM files WHERE id = ?").bind(id).run()).meta.changes === 1;
  }
}
