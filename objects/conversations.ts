/**
 * Where a conversation lives, and who may touch it. The gateway (HTTP) and UserDO
 * (WebSocket/TCP) both go through here, so membership rules are written once.
 * Direct conversations (`d:<a>:<b>`) live in a ConversationDO, reached through the
 * message router (timeouts, retries, circuit breaker); group ids are routed by the groups
 * feature.
 */
import { AppError, type Result } from "../shared/errors.js";
import { directConversationId, parseConversationId, type ConversationRef } from "../shared/ids.js";
import type { HistoryResult, SendAck } from "../shared/protocol.js";
import { routerFor, type CallOptions } from "../workers/router/router.js";
import type { HistoryQuery, SendItem } from "./conversation.js";

export interface ConversationService {
  send(items: SendItem[]): Promise<Result<Result<SendAck>[]>>;
  history(q: HistoryQuery): Promise<Result<HistoryResult>>;
}

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
 * conversations answer from the id itself. Group membership is the groups feature's: until
 * it is wired here (its D1 memberships index or the GroupDO), groups answer false.
 */
export async function isConversationMember(_env: Env, conversationId: string, userId: string): Promise<boolean> {
  const ref = parseConversationId(conversationId);
  if (!ref) return false;
  if (ref.kind === "direct") return ref.members.includes(userId);
  return false;
}

/** The service owning a conversation. Throws `not_found` for kinds this deployment lacks. */
export function conversationService(env: Env, ref: ConversationRef, context: CallContext = { source: "gateway" }): ConversationService {
  const router = routerFor(env);
  const options: CallOptions = context.traceId ? { source: context.source, traceId: context.traceId } : { source: context.source };
  if (ref.kind === "direct") {
    return {
      // Idempotent by clientMsgId, so the router may retry it; a timeout answers the client
      // `timeout` (retryable) and a resend with the same clientMsgId gets the stored ack.
      send: (items) => router.call("conversation.send", ref.id, [ref.id, items], options),
      history: (q) => router.call("conversation.history", ref.id, [ref.id, q], options),
    };
  }
  throw new AppError("not_found", "no such conversation");
}
