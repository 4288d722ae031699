/**
 * Response shapes of the HTTP API as zod schemas, for the OpenAPI document. The server
 * builds these values from the types in shared/protocol.ts; the type assertions at the end
 * make the two agree at compile time.
 */
import { z } from "zod";
import { ERRORS } from "./errors.js";
import {
  ContentSchema,
  GroupSettingsSchema,
  HISTORY_VISIBILITY,
  JOIN_POLICIES,
  MESSAGE_TYPES,
  ROLES,
  SYSTEM_KINDS,
  type ConversationState,
  type GroupInfo,
  type GroupMember,
  type HistoryResult,
  type Message,
  type SendAck,
} from "./protocol.js";

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

export const SystemEventSchema = z
  .object({
    kind: z.enum(SYSTEM_KINDS),
    actorId: z.string().describe("Who made the change"),
    userIds: z.array(z.string()).optional().describe("Whom it concerns"),
    role: z.enum(ROLES).optional(),
    mutedUntil: z.number().int().optional(),
    settings: GroupSettingsSchema.optional().describe("group_created: all settings; group_updated: the changed ones"),
  })
  .meta({ id: "SystemEvent" });

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
    targetId: z.string().optional().describe("edit and recall entries: the message they change"),
    mentionAll: z.boolean().optional(),
    system: SystemEventSchema.optional().describe("type system: the group event"),
    deleted: z.boolean().optional().describe("deleted by the reader for themselves (content removed)"),
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
    pinned: z.boolean().optional(),
    muted: z.boolean().optional().describe("no push notifications"),
    peerReadSeq: z.number().int().optional().describe("direct: how far the other user has read"),
    peerDeliveredSeq: z.number().int().optional().describe("direct: how far the other user's devices acknowledged"),
    unreadMentions: z.number().int().optional(),
  })
  .meta({ id: "ConversationState" });

export const GroupInfoSchema = z
  .object({
    id: z.string(),
    conversationId: z.string().describe("g:<id>"),
    name: z.string(),
    avatar: z.string().optional(),
    notice: z.string().optional(),
    ownerId: z.string(),
    joinPolicy: z.enum(JOIN_POLICIES),
    historyVisibility: z.enum(HISTORY_VISIBILITY),
    muteAll: z.boolean(),
    memberCount: z.number().int(),
    createdAt: z.number().int(),
    updatedAt: z.number().int(),
    dissolvedAt: z.number().int().optional(),
    role: z.enum(ROLES).optional().describe("The caller's role"),
    lastSeq: z.number().int().optional(),
  })
  .meta({ id: "Group" });

export const GroupMemberSchema = z
  .object({ userId: z.string(), role: z.enum(ROLES), joinedAt: z.number().int(), joinSeq: z.number().int(), mutedUntil: z.number().int().optional() })
  .meta({ id: "GroupMember" });

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
  Assert<Same<z.infer<typeof GroupInfoSchema>, GroupInfo>>,
  Assert<Same<z.infer<typeof GroupMemberSchema>, GroupMember>>,
];
