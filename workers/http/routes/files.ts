/** Attachment routes (docs/files.md). */
import type { RouterType } from "itty-router";
import { z } from "zod";
import { AppError } from "../../../shared/errors.js";
import { downloadFile, fileInfo, readableFile } from "../../files/download.js";
import { FileStore } from "../../files/store.js";
import { uploadFile } from "../../files/upload.js";
import { json, noContent } from "../respond.js";
import { route, type RoutedRequest } from "../route.js";

const FileListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().regex(/^[0-9A-Z]{26}$/).optional(),
});

export function fileRoutes(router: RouterType<RoutedRequest, [Env, ExecutionContext]>): void {
  const tags = ["files"];
  const fileParam = { id: "file id" };
  const download = route({
    auth: true,
    doc: { summary: "Download a file (members of a conversation it was sent to, or its owner); supports Range", tags, params: fileParam, errors: ["forbidden", "not_found", "range_not_satisfiable"], description: "Answers with the file's bytes and content type (206 for a Range request)." },
  }, ({ request, env, identity, params }) => downloadFile(request, env, params["id"]!, identity.userId));
  router
    .post("/v1/files", route({
      auth: true,
      doc: {
        summary: "Upload a file (raw body with its Content-Type; name in X-File-Name)", tags, response: { status: 201 },
        errors: ["too_large", "quota_exceeded", "unsupported_media_type"], description: "See docs/files.md for the headers and limits (FILE_MAX_BYTES, FILE_QUOTA_BYTES, FILE_TYPES).",
      },
    }, async ({ request, env, config, identity }) =>
      json({ file: await uploadFile(request, env, config, identity.userId) }, 201)))
    .get("/v1/files", route({ auth: true, query: FileListQuery, doc: { summary: "My uploads, with storage used and quota", tags } }, async ({ env, config, identity, query }) => {
      const store = new FileStore(env.DB);
      const page = await store.list(identity.userId, query.limit, query.cursor);
      return json({ ...page, usedBytes: await store.usage(identity.userId), quotaBytes: config.files.quotaBytes });
    }))
    .get("/v1/files/:id/info", route({ auth: true, doc: { summary: "A file's metadata", tags, params: fileParam, errors: ["forbidden", "not_found"] } }, async ({ env, identity, params }) => json({ file: await fileInfo(env, params["id"]!, identity.userId) })))
    .get("/v1/files/:id", download)
    .head("/v1/files/:id", download)
    .delete("/v1/files/:id", route({ auth: true, doc: { summary: "Delete a file I own", tags, params: fileParam, response: { status: 204 }, errors: ["forbidden", "not_found"] } }, async ({ env, identity, params }) => {
      const file = await readableFile(env, params["id"]!, identity.userId);
      if (file.owner_id !== identity.userId) throw new AppError("forbidden", "only the owner can delete a file");
      await new FileStore(env.DB).remove(file.id);
      await env.FILES.delete(file.r2_key);
      return noContent();
    }));
}
