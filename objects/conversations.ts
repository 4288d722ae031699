/**
 * Where a conversation lives, and who may touch it. The gateway (HTTP) and UserDO
 * (WebSocket/TCP) both go through here, so membership rules are written once.
 * Direct conversations (`d:<a>:<b>`) live in a ConversationDO, groups (`g:<id>`) in a
 * GroupDO; both offer the same surface (conversation/api.ts), reached through the message
 * router (timeouts, retries, circuit breaker), and check membership inside, in the same
 * step as the work.
 */
import { AppError } from "../shared/errors.js";
import { directConversationId, parseConversationId, type ConversationRef } from "../shared/ids.js";
import { routerFor, type CallOptions } from "../workers/router/router.js";
import type { ConversationRpc } from "./conversation/api.js";

/** A conversation's RPC surface (conversation/api.ts) with the conversation id bound. */
export type ConversationService = {
  [K in keyof ConversationRpc]: ConversationRpc[K] extends (conversationId: string, ...args: infer A) => infer R ? (...args: A) => R : never;
};

/**
 * Resolves the conversation a client addresses, by id or by `to` (a user id, meaning the
 * direct conversation with that user). Throws `bad_request`, `forbidden` or `not_found`.
 */
export function resolveConversation(userId: string, target: { conversationId?: string | undefined; to?: string | undefined }): ConversationRef {
  if (target.to !== undefined) {
    if (target.to === userId) throw new AppError("bad_request", "cannot start a direct conversation with yourself");
    return parseConversationId(directConversationId(userId, target.to))!;
  }
  const ref = target.conversationId ? parseConversationId(target.conversationId) : undefined;
  if (!ref) throw new AppError("not_found", "no such conversation");
  if (ref.kind === "direct" && !ref.members.includes(userId)) throw new AppError("forbidden", "you are not a member of this conversation");
  return ref;
}

/** Who is calling, for the envelope: the calling service and the trace id. */
export type CallContext = Pick<CallOptions, "source"> & { traceId?: string | undefined };

/**
 * Whether `userId` is a member of `conversationId` (file downloads, attachments). Direct
 * conversations answer from the id itself; groups ask their GroupDO (the roster as it is
 * now, not the D1 index, so a removed member loses access at once).
 */
export async function isConversationMember(env: Env, conversationId: string, userId: string): Promise<boolean> {
  const ref = parseConversationId(conversationId);
  if (!ref) return false;
  if (ref.kind === "direct") return ref.members.includes(userId);
  const result = await routerFor(env).call("group.isMember", ref.id, [ref.id, userId], { source: "gateway" });
  return result.ok && result.value;
}

/** The service owning a conversation. */
export function conversationService(env: Env, ref: ConversationRef, context: CallContext = { source: "gateway" }): ConversationService {
  const router = routerFor(env);
  const options: CallOptions = context.traceId ? { source: context.source, traceId: context.traceId } : { source: context.source };
  // Both owners offer the same methods under their own route prefix.
  const service = ref.kind === "direct" ? "conversation" : "group";
  return {
    // Idempotent by clientMsgId, so the router may retry it; a timeout answers the client
    // `timeout` (retryable) and a resend with the same clientMsgId gets the stored ack.
    send: (items) => router.call(`${service}.send`, ref.id, [ref.id, items], options),
    history: (q) => router.call(`${service}.history`, ref.id, [ref.id, q], options),
    receipt: (userId, mark) => router.call(`${service}.receipt`, ref.id, [ref.id, userId, mark], options),
    receipts: (userId, seqs) => router.call(`${service}.receipts`, ref.id, [ref.id, userId, seqs], options),
    readers: (userId, seq) => router.call(`${service}.readers`, ref.id, [ref.id, userId, seq], options),
    edits: (userId, messageId) => router.call(`${service}.edits`, ref.id, [ref.id, userId, messageId], options),
    hide: (userId, messageIds) => router.call(`${service}.hide`, ref.id, [ref.id, userId, messageIds], options),
  };
}
