/**
 * Where a conversation lives, and who may touch it. The gateway (HTTP) and UserDO
 * (WebSocket/TCP) both go through here, so membership rules are written once.
 * Direct conversations (`d:<a>:<b>`) live in a ConversationDO, groups (`g:<id>`) in a
 * GroupDO; both offer the same RPC surface (conversation/api.ts) and check membership
 * inside, in the same step as the work.
 */
import { AppError, type Result } from "../shared/errors.js";
import { directConversationId, parseConversationId, type ConversationRef } from "../shared/ids.js";
import type { EditsResult, HistoryResult, ReadersResult, ReceiptsResult, SendAck } from "../shared/protocol.js";
import type { HistoryQuery, ReceiptMark, SendItem } from "./conversation/api.js";

export interface ConversationService {
  send(items: SendItem[]): Promise<Result<Result<SendAck>[]>>;
  history(q: HistoryQuery): Promise<Result<HistoryResult>>;
  receipt(userId: string, mark: ReceiptMark): Promise<Result<null>>;
  receipts(userId: string, seqs: number[]): Promise<Result<ReceiptsResult>>;
  readers(userId: string, seq: number): Promise<Result<ReadersResult>>;
  edits(userId: string, messageId: string): Promise<Result<EditsResult>>;
  hide(userId: string, messageIds: string[]): Promise<Result<{ messageIds: string[] }>>;
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

/** The stub of the object owning a conversation. */
export function conversationStub(env: Env, ref: ConversationRef) {
  return ref.kind === "direct" ? env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(ref.id)) : env.GROUPS.get(env.GROUPS.idFromName(ref.id));
}

/** The service owning a conversation. */
export function conversationService(env: Env, ref: ConversationRef): ConversationService {
  const stub = conversationStub(env, ref);
  const call = <T>(fn: () => Promise<unknown>) => withRetry(async () => (await fn()) as Result<T>);
  return {
    send: (items) => call(() => stub.send(ref.id, items)),
    history: (q) => call(() => stub.history(ref.id, q)),
    receipt: (userId, mark) => call(() => stub.receipt(ref.id, userId, mark)),
    receipts: (userId, seqs) => call(() => stub.receipts(ref.id, userId, seqs)),
    readers: (userId, seq) => call(() => stub.readers(ref.id, userId, seq)),
    edits: (userId, messageId) => call(() => stub.edits(ref.id, userId, messageId)),
    hide: (userId, messageIds) => call(() => stub.hide(ref.id, userId, messageIds)),
  };
}

/**
 * Retries a Durable Object call the platform marks retryable (never `overloaded`). Safe for
 * these calls: sends are idempotent by clientMsgId, receipts keep the maximum, the rest read.
 */
export async function withRetry<T>(call: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const e = err as { retryable?: boolean; overloaded?: boolean };
      if (attempt >= attempts || !e.retryable || e.overloaded) throw err;
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt * (0.5 + Math.random() / 2)));
    }
  }
}
