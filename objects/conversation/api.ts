/**
 * The RPC surface every conversation-owning object offers (ConversationDO for 1:1,
 * GroupDO for groups), so callers route by conversation kind and nothing else
 * (objects/conversations.ts). Each method takes the conversation id first and returns a
 * Result; membership is checked inside the owning object.
 */
import type { Result } from "../../shared/errors.js";
import type { EditsResult, HistoryResult, ReadersResult, ReceiptsResult, SendAck } from "../../shared/protocol.js";
import type { EntryInput } from "../log/message-log.js";

export interface SendItem {
  senderId: string;
  senderDevice?: string | undefined;
  message: EntryInput;
  /** The request's trace id, for logs and the delivery envelope; not stored. */
  traceId?: string | undefined;
}

export interface HistoryQuery {
  userId: string;
  afterSeq?: number;
  beforeSeq?: number;
  limit: number;
  maxBytes: number;
}

export interface ReceiptMark {
  readSeq?: number | undefined;
  deliveredSeq?: number | undefined;
}

export interface ConversationRpc {
  send(conversationId: string, items: SendItem[]): Promise<Result<Result<SendAck>[]>>;
  history(conversationId: string, q: HistoryQuery): Promise<Result<HistoryResult>>;
  receipt(conversationId: string, userId: string, mark: ReceiptMark): Promise<Result<null>>;
  receipts(conversationId: string, userId: string, seqs: number[]): Promise<Result<ReceiptsResult>>;
  readers(conversationId: string, userId: string, seq: number): Promise<Result<ReadersResult>>;
  edits(conversationId: string, userId: string, messageId: string): Promise<Result<EditsResult>>;
  hide(conversationId: string, userId: string, messageIds: string[]): Promise<Result<{ messageIds: string[] }>>;
}

/** Room a message's own envelope needs inside a frame, beyond its JSON size. */
export const FRAME_HEADROOM = 1_024;
