/**
 * Response shapes of the HTTP API as zod schemas, for the OpenAPI document. The server
 * builds these values from the types in shared/protocol.ts; the type assertions at the end
 * make the two agree at compile time.
 */
import { z } from "zod";
import { ERRORS } from "./errors.js";
import { ContentSchema, MESSAGE_TYPES, type ConversationState, type HistoryResult, type Message, type SendAck } from "./protocol.js";

export const ErrorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERRORS) as [keyof typeof ERRORS, ...Array<keyof typeof ERRORS>]).describe("Stable machine code: branch on this."),
      message: z.string().describe("Human-readable; never internals."),
      retryAfterMs: z.number().int().optional().describe("With rate_limited (and unavailable): when a retry may succeed. Also sent as Retry-After (seconds)."),
    }),
  })
  .meta({ id: "ErrorResponse" });

export const PublicUserSchema = z
  .object({ id: z.string(), username: z.string(), displayName: z.string(), createdAt: z.number().int().describe("epoch ms") })
  .meta({ id: "User" });

export const AuthResultSchema = z
  .object({
    user: PublicUserSchema,
    accessToken: z.string().describe("HS256 JWT, Bearer credential for HTTP and WebSocket"),
    refreshToken: z.string().describe("Opaque, single use: rotated by /v1/auth/refresh"),
    tokenType: z.literal("Bearer"),
    expiresIn: z.number().int().describe("Access token lifetime in seconds"),
    sessionId: z.string(),
    deviceId: z.string(),
  })
  .meta({ id: "AuthResult" });

export const MeSchema = z.object({ user: PublicUserSchema, deviceId: z.string(), sessionId: z.string() });
export const UserResponseSchema = z.object({ user: PublicUserSchema });

export const MessageSchema = z
  .object({
    messageId: z.string().describe("ULID, time-ordered"),
    conversationId: z.string(),
    seq: z.number().int().describe("Dense from 1 per conversation"),
    senderId: z.string(),
    clientMsgId: z.string(),
    type: z.string().describe(`One of ${MESSAGE_TYPES.join(", ")}`),
    content: ContentSchema,
    ts: z.number().int().describe("Server time, epoch ms"),
    replyTo: z.string().optional(),
    mentions: z.array(z.string()).optional(),
    editedAt: z.number().int().optional(),
    recalled: z.boolean().optional(),
  })
  .meta({ id: "Message" });

export const SendAckSchema = z
  .object({
    messageId: z.string(),
    conversationId: z.string(),
    seq: z.number().int(),
    ts: z.number().int(),
    clientMsgId: z.string(),
    duplicate: z.boolean().optional().describe("true when this clientMsgId was already stored (nothing new was stored)"),
  })
  .meta({ id: "SendAck" });

export const ConversationStateSchema = z
  .object({
    conversationId: z.string(),
    kind: z.enum(["direct", "group"]),
    peerId: z.string().optional(),
    lastSeq: z.number().int(),
    readSeq: z.number().int(),
    unread: z.number().int(),
    deliveredSeq: z.number().int(),
    lastMessage: MessageSchema.optional(),
    updatedAt: z.number().int(),
  })
  .meta({ id: "ConversationState" });

export const ConversationListSchema = z.object({ conversations: z.array(ConversationStateSchema), nextCursor: z.number().int().optional() });

export const HistoryResultSchema = z
  .object({ conversationId: z.string(), messages: z.array(MessageSchema), hasMore: z.boolean(), lastSeq: z.number().int() })
  .meta({ id: "HistoryResult" });

// Compile-time agreement between these schemas and the protocol types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemaChecks = [
  Assert<Same<z.infer<typeof MessageSchema>, Message>>,
  Assert<Same<z.infer<typeof SendAckSchema>, SendAck>>,
  Assert<Same<z.infer<typeof ConversationStateSchema>, ConversationState>>,
  Assert<Same<z.infer<typeof HistoryResultSchema>, HistoryResult>>,
];
