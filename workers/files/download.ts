/**
 * `GET`/`HEAD /v1/files/:id`: the file's bytes for its owner and for members of any
 * conversation whose messages reference it; everyone else gets 404 (existence is not
 * revealed). Supports one `Range`, `If-None-Match`, and serves with the stored type,
 * `nosniff` and a sandboxing CSP; only images are shown inline.
 */
import { AppError } from "../../shared/errors.js";
import { isConversationMember } from "../../objects/conversations.js";
import { json } from "../http/respond.js";
import { parseRange } from "./range.js";
import { FileStore, toMeta, type FileMeta, type FileRow } from "./store.js";

/** The file if `userId` may read it; `not_found` otherwise. */
export async function readableFile(env: Env, fileId: string, userId: string): Promise<FileRow> {
  const store = new FileStore(env.DB);
  const file = await store.find(fileId);
  if (file && file.status === "ready") {
    if (file.owner_id === userId) return file;
    for (const conversationId of await store.conversationsOf(fileId)) {
      if (await isConversationMember(env, conversationId, userId)) return file;
    }
  }
  throw new AppError("not_found", "no such file");
}

export async function fileInfo(env: Env, fileId: string, userId: string): Promise<FileMeta> {
  return toMeta(await readableFile(env, fileId, userId));
}

function disposition(file: FileRow): string {
  const kind = file.mime.startsWith("image/") ? "inline" : "attachment";
  const ascii = file.name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`;
}

export async function downloadFile(request: Request, env: Env, fileId: string, userId: string): Promise<Response> {
  const file = await readableFile(env, fileId, userId);
  const headers = new Headers({
    "content-type": file.mime,
    "content-disposition": disposition(file),
    "accept-ranges": "bytes",
    "cache-control": "private, max-age=3600",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
  });
  const range = parseRange(request.headers.get("range"), file.size);
  if (range === "unsatisfiable") {
    const error = new AppError("range_not_satisfiable", `range is outside the file (${file.size} bytes)`);
    return json({ error: error.toBody() }, error.status, { "content-range": `bytes */${file.size}` });
  }
  const head = request.method === "HEAD";
  const etag = request.headers.get("if-none-match");
  const object = head
    ? await env.FILES.head(file.r2_key)
    : await env.FILES.get(file.r2_key, {
        ...(range ? { range } : {}),
        ...(etag ? { onlyIf: { etagDoesNotMatch: etag.replace(/^W\//, "").replace(/"/g, "") } } : {}),
      });
  if (!object) throw new AppError("not_found", "no such file");
  headers.set("etag", object.httpEtag);
  if (etag && etag.replace(/^W\//, "") === object.httpEtag) return new Response(null, { status: 304, headers });
  const body = !head && "body" in object ? (object as R2ObjectBody).body : null;
  if (range) {
    headers.set("content-range", `bytes ${range.offset}-${range.offset + range.length - 1}/${file.size}`);
    headers.set("content-length", String(range.length));
    return new Response(body, { status: 206, headers });
  }
  headers.set("content-length", String(file.size));
  return new Response(body, { status: 200, headers });
}
