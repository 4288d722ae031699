/**
 * `POST /v1/files`: the raw file is the request body (`Content-Type` its type,
 * `Content-Length` its size, the name in `?name=`), streamed to R2 without buffering.
 * Checks, in order: type on the allowlist, declared size within the limit, quota (reserved
 * before the upload), then while streaming: the bytes match the declared length and, for
 * images and PDF, the declared type. The key is server-generated; the name is only metadata.
 */
import { AppError } from "../../shared/errors.js";
import { ulid } from "../../shared/ids.js";
import { log } from "../../shared/log.js";
import type { Config } from "../config.js";
import { fileKey, FileStore, type FileMeta } from "./store.js";
import { matchesType, SNIFF_BYTES } from "./sniff.js";

/** A display name: no path, no control characters, at most 200 characters. */
export function cleanName(raw: string | null): string {
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return clean === "" || clean === "." || clean === ".." ? "file" : clean;
}

export async function uploadFile(request: Request, env: Env, config: Config, ownerId: string, now = Date.now()): Promise<FileMeta> {
  const mime = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!config.files.types.has(mime)) throw new AppError("unsupported_media_type", `content type ${mime || "(none)"} is not allowed; allowed: ${[...config.files.types].join(", ")}`);
  const declared = request.headers.get("content-length");
  if (declared === null || !/^\d+$/.test(declared)) throw new AppError("bad_request", "Content-Length is required");
  const size = Number(declared);
  if (size > config.files.maxBytes) throw new AppError("too_large", `file exceeds the ${config.files.maxBytes}-byte limit`);
  if (size === 0 || !request.body) throw new AppError("bad_request", "the file is empty");

  const store = new FileStore(env.DB);
  const id = ulid(now);
  const key = fileKey(ownerId, id);
  const name = cleanName(new URL(request.url).searchParams.get("name"));
  await store.reserve({ id, ownerId, key, name, mime, size }, config.files.quotaBytes, now);

  let refused: AppError | undefined;
  let seen = 0;
  let head = new Uint8Array(0);
  const check = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > size) {
        refused = new AppError("bad_request", "body is longer than Content-Length");
        controller.error(refused);
        return;
      }
      if (head.length < SNIFF_BYTES) {
        const next = new Uint8Array(Math.min(SNIFF_BYTES, head.length + chunk.byteLength));
        next.set(head);
        next.set(chunk.subarray(0, next.length - head.length), head.length);
        head = next;
        if ((head.length >= SNIFF_BYTES || seen === size) && !matchesType(mime, head)) {
          refused = new AppError("unsupported_media_type", `the file's content is not ${mime}`);
          controller.error(refused);
          return;
        }
      }
      controller.enqueue(chunk);
    },
  });
  // R2 needs a known length: FixedLengthStream also fails a body shorter than declared.
  const sized = new FixedLengthStream(size);
  try {
    const piping = request.body.pipeThrough(check).pipeTo(sized.writable);
    await Promise.all([env.FILES.put(key, sized.readable, { httpMetadata: { contentType: mime }, customMetadata: { ownerId, fileId: id } }), piping]);
    if (seen !== size) throw new AppError("bad_request", "body is shorter than Content-Length");
  } catch (err) {
    await store.remove(id).catch(() => {});
    await env.FILES.delete(key).catch(() => {});
    if (refused) throw refused;
    if (err instanceof AppError) throw err;
    log.warn("files.upload_failed", { ownerId, err });
    throw new AppError("bad_request", "upload failed: the body did not match Content-Length or was interrupted");
  }
  await store.markReady(id);
  return { id, ownerId, name, mime, size, status: "ready", createdAt: now };
}
