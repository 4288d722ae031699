/**
 * File references in the send path. An image/file message names an uploaded file by id
 * (`content.file.id`); before the message is stored this checks the sender may share the
 * file (its owner, or a member of a conversation it was already shared in: forwarding),
 * fills in the authoritative name, type and size, and records that the conversation
 * references the file. The reference is written *before* the append: a crash in between
 * leaves a harmless extra reference, never a stored message whose file its readers cannot
 * download or that the orphan collector deletes.
 */
import { AppError } from "../../shared/errors.js";
import type { Content } from "../../shared/protocol.js";
import { isConversationMember } from "../conversations.js";

interface FileRow {
  id: string;
  owner_id: string;
  name: string;
  mime: string;
  size: number;
  status: string;
}

/**
 * Resolves the file of a message's content and records the reference. Returns the content
 * with server-side file metadata. Throws `not_found` (unknown, unfinished or not shareable
 * by this sender: the same answer, so ids cannot be probed) or `bad_request` (an image
 * message whose file is not an image).
 */
export async function attachFile(env: Env, conversationId: string, senderId: string, type: string, content: Content, now: number): Promise<Content> {
  const ref = content.file;
  if (!ref) return content;
  const file = await env.DB.prepare("SELECT id, owner_id, name, mime, size, status FROM files WHERE id = ?").bind(ref.id).first<FileRow>();
  if (!file || file.status !== "ready" || !(await maySend(env, file, senderId))) throw new AppError("not_found", `no such file ${ref.id}`);
  if (type === "image" && !file.mime.startsWith("image/")) throw new AppError("bad_request", "image messages need an image file");
  await env.DB.prepare("INSERT OR IGNORE INTO file_refs (file_id, conversation_id, created_at) VALUES (?, ?, ?)").bind(file.id, conversationId, now).run();
  return { ...content, file: { ...ref, id: file.id, name: ref.name ?? file.name, mime: file.mime, size: file.size } };
}

async function maySend(env: Env, file: FileRow, senderId: string): Promise<boolean> {
  if (file.owner_id === senderId) return true;
  const { results } = await env.DB.prepare("SELECT conversation_id FROM file_refs WHERE file_id = ? LIMIT 100").bind(file.id).all<{ conversation_id: string }>();
  for (const r of results) if (await isConversationMember(env, r.conversation_id, senderId)) return true;
  return false;
}
