/**
 * Payload shapes of the operations in shared/ops.ts. Client-to-server payloads are zod
 * schemas (validation is the contract: JSON and decoded binary go through the same
 * parse); server-to-client payloads are the plain types handlers build. A test round-trips
 * every example in docs through the protobuf frames, so these and im.proto cannot drift.
 */
import { z } from "zod";

export const LIMITS = {
  clientMsgIdChars: 64,
  textChars: 16_384,
  dataChars: 32_768,
  mentions: 50,
  historyPage: 500,
  historyDefault: 50,
  syncPage: 500,
  syncDefault: 200,
} as const;

const userId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a user id");
const conversationId = z.string().min(3).max(140);
const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const MESSAGE_TYPES = ["text", "image", "file", "custom"] as const;

export const FileRefSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(256).optional(),
  mime: z.string().max(128).optional(),
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  width: z.number().int().min(0).max(100_000).optional(),
  height: z.number().int().min(0).max(100_000).optional(),
});

export const ContentSchema = z.object({
  text: z.string().max(LIMITS.textChars).optional(),
  file: FileRefSchema.optional(),
  data: z.string().max(LIMITS.dataChars).optional(),
});

/** The message fields a client supplies, shared by the `send` op and HTTP send. */
export const OutgoingMessageSchema = z
  .object({
    clientMsgId: z.string().regex(/^[A-Za-z0-9_.:-]+$/, "letters, digits and _.:- only").min(1).max(LIMITS.clientMsgIdChars),
    type: z.enum(MESSAGE_TYPES).default("text"),
    content: ContentSchema,
    replyTo: z.string().min(1).max(64).optional(),
    mentions: z.array(userId).max(LIMITS.mentions).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.type === "text" && !m.content.text) ctx.addIssue({ code: "custom", path: ["content", "text"], message: "text messages need content.text" });
    if ((m.type === "image" || m.type === "file") && !m.content.file) ctx.addIssue({ code: "custom", path: ["content", "file"], message: `${m.type} messages need content.file` });
    if (m.type === "custom" && m.content.data === undefined) ctx.addIssue({ code: "custom", path: ["content", "data"], message: "custom messages need content.data" });
  });
export type OutgoingMessage = z.infer<typeof OutgoingMessageSchema>;

export const SendSchema = z
  .object({
    conversationId: conversationId.optional(),
    to: userId.optional(),
  })
  .and(OutgoingMessageSchema)
  .refine((s) => Boolean(s.conversationId) !== Boolean(s.to), { message: "give exactly one of conversationId or to", path: ["conversationId"] });

export const SeqMarkSchema = z.object({ conversationId, seq });

export const SyncSchema = z.object({
  token: z.string().max(128).optional(),
  limit: z.number().int().min(1).max(LIMITS.syncPage).optional(),
});

export const HistorySchema = z.object({
  conversationId,
  afterSeq: seq.optional(),
  beforeSeq: seq.optional(),
  limit: z.number().int().min(1).max(LIMITS.historyPage).optional(),
});

export const AuthSchema = z.object({ token: z.string().min(1).max(4096), deviceId: z.string().max(64).optional() });

export const EmptySchema = z.object({});

/** Inbound (client-to-server) operations and their payload schemas. */
export const INBOUND = {
  auth: AuthSchema,
  ping: EmptySchema,
  pong: EmptySchema,
  send: SendSchema,
  delivered: SeqMarkSchema,
  read: SeqMarkSchema,
  sync: SyncSchema,
  history: HistorySchema,
} as const;
export type InboundOp = keyof typeof INBOUND;
export type InboundPayload<K extends InboundOp> = z.infer<(typeof INBOUND)[K]>;

// ---------------------------------------------------------------------------
// Server-to-client payloads
// ---------------------------------------------------------------------------

export type FileRef = z.infer<typeof FileRefSchema>;
export type Content = z.infer<typeof ContentSchema>;

export interface Message {
  messageId: string;
  conversationId: string;
  seq: number;
  senderId: string;
  clientMsgId: string;
  type: string;
  content: Content;
  ts: number;
  replyTo?: string;
  mentions?: string[];
  editedAt?: number;
  recalled?: boolean;
}

export interface SendAck {
  messageId: string;
  conversationId: string;
  seq: number;
  ts: number;
  clientMsgId: string;
  duplicate?: boolean;
}

export interface ConversationState {
  conversationId: string;
  kind: "direct" | "group";
  peerId?: string;
  lastSeq: number;
  readSeq: number;
  unread: number;
  deliveredSeq: number;
  lastMessage?: Message;
  updatedAt: number;
}

export interface SyncResult {
  token: string;
  conversations: ConversationState[];
  reset: boolean;
  hasMore: boolean;
}

export interface HistoryResult {
  conversationId: string;
  messages: Message[];
  hasMore: boolean;
  lastSeq: number;
}

export interface AuthOk {
  userId: string;
  deviceId: string;
  sessionId: string;
  serverTime: number;
  heartbeatMs: number;
  maxFrameBytes: number;
  /** "gzip" when this connection asked for compressed pushes (`compress=gzip`). */
  compression?: string;
}

export interface ErrorPayload {
  code: string;
  message: string;
  status: number;
  retryable: boolean;
  retryAfterMs?: number;
}
