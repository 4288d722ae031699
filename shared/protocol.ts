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
  receiptSeqs: 100,
  presenceUsers: 100,
  deleteIds: 100,
  mentionsPage: 200,
  mentionsDefault: 50,
  groupMembersPerRequest: 500,
  groupNameChars: 64,
  groupNoticeChars: 2_048,
  avatarChars: 512,
  groupPage: 200,
  groupDefault: 50,
  /** Longest mute a group admin can set: one year. */
  muteSeconds: 366 * 86_400,
} as const;

const userId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a user id");
const conversationId = z.string().min(3).max(140);
const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const MESSAGE_TYPES = ["text", "image", "file", "custom"] as const;
/** Log entries only the server writes: edits and recalls of earlier messages, group events. */
export const EVENT_TYPES = ["edit", "recall", "system"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ROLES = ["owner", "admin", "member"] as const;
export type Role = (typeof ROLES)[number];
export const JOIN_POLICIES = ["invite", "open"] as const;
export const HISTORY_VISIBILITY = ["joined", "full"] as const;

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

/**
 * What is wrong with `content` for a message of `type` (undefined: nothing). Shared by
 * sends and edits, so an edit can never turn a message into something a send refuses.
 */
export function contentIssue(type: string, content: z.infer<typeof ContentSchema>): { path: string; message: string } | undefined {
  if (type === "text" && !content.text) return { path: "content.text", message: "text messages need content.text" };
  if ((type === "image" || type === "file") && !content.file) return { path: "content.file", message: `${type} messages need content.file` };
  if (type === "custom" && content.data === undefined) return { path: "content.data", message: "custom messages need content.data" };
  return undefined;
}

const clientMsgId = z.string().regex(/^[A-Za-z0-9_.:-]+$/, "letters, digits and _.:- only").min(1).max(LIMITS.clientMsgIdChars);
const messageId = z.string().min(1).max(64);

/** The message fields a client supplies, shared by the `send` op and HTTP send. */
export const OutgoingMessageSchema = z
  .object({
    clientMsgId,
    type: z.enum(MESSAGE_TYPES).default("text"),
    content: ContentSchema,
    replyTo: messageId.optional(),
    mentions: z.array(userId).max(LIMITS.mentions).optional(),
    mentionAll: z.boolean().optional(),
  })
  .superRefine((m, ctx) => {
    const issue = contentIssue(m.type, m.content);
    if (issue) ctx.addIssue({ code: "custom", path: issue.path.split("."), message: issue.message });
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

// Conversation features -------------------------------------------------------

export const TypingSchema = z.object({ conversationId, stop: z.boolean().optional() });
export const PresenceQuerySchema = z.object({ userIds: z.array(userId).min(1).max(LIMITS.presenceUsers) });
export const ReceiptsSchema = z.object({ conversationId, seqs: z.array(seq.min(1)).min(1).max(LIMITS.receiptSeqs) });
export const ReadersSchema = z.object({ conversationId, seq: seq.min(1) });
/** The edit body over HTTP (the message id is in the path). */
export const EditBodySchema = z.object({ clientMsgId, content: ContentSchema });
export const EditSchema = EditBodySchema.extend({ conversationId, messageId });
export const RecallBodySchema = z.object({ clientMsgId });
export const RecallSchema = RecallBodySchema.extend({ conversationId, messageId });
export const DeleteSchema = z.object({ conversationId, messageIds: z.array(messageId).min(1).max(LIMITS.deleteIds) });
export const EditsSchema = z.object({ conversationId, messageId });
export const MentionsSchema = z.object({
  limit: z.number().int().min(1).max(LIMITS.mentionsPage).optional(),
  cursor: seq.optional(),
});
/** Per-conversation settings of one user (HTTP PATCH body; the op adds the id). */
export const ConversationSettingsSchema = z
  .object({ pinned: z.boolean().optional(), muted: z.boolean().optional() })
  .refine((s) => s.pinned !== undefined || s.muted !== undefined, { message: "give pinned and/or muted" });
export const ConversationUpdateSchema = z
  .object({ conversationId, pinned: z.boolean().optional(), muted: z.boolean().optional() })
  .refine((s) => s.pinned !== undefined || s.muted !== undefined, { message: "give pinned and/or muted" });
export const UserRefSchema = z.object({ userId });

// Groups ----------------------------------------------------------------------

export const groupId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a group id");
const groupName = z.string().trim().min(1).max(LIMITS.groupNameChars);
const joinPolicy = z.enum(JOIN_POLICIES);
const historyVisibility = z.enum(HISTORY_VISIBILITY);

export const GroupCreateSchema = z.object({
  name: groupName,
  members: z.array(userId).max(LIMITS.groupMembersPerRequest).default([]),
  avatar: z.string().max(LIMITS.avatarChars).optional(),
  notice: z.string().max(LIMITS.groupNoticeChars).optional(),
  joinPolicy: joinPolicy.optional(),
  historyVisibility: historyVisibility.optional(),
});
export type GroupCreateInput = z.infer<typeof GroupCreateSchema>;

/** A settings change; unknown fields (ownerId, id...) are dropped, and one field is required. */
export const GroupSettingsSchema = z
  .object({
    name: groupName.optional(),
    avatar: z.string().max(LIMITS.avatarChars).optional(),
    notice: z.string().max(LIMITS.groupNoticeChars).optional(),
    joinPolicy: joinPolicy.optional(),
    historyVisibility: historyVisibility.optional(),
    muteAll: z.boolean().optional(),
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined), { message: "give at least one setting to change" });
export type GroupSettings = z.infer<typeof GroupSettingsSchema>;

export const GroupRefSchema = z.object({ groupId });
export const GroupUpdateSchema = z.object({ groupId, settings: GroupSettingsSchema });
export const GroupAddBodySchema = z.object({ userIds: z.array(userId).min(1).max(LIMITS.groupMembersPerRequest) });
export const GroupAddSchema = GroupAddBodySchema.extend({ groupId });
export const GroupMemberRefSchema = z.object({ groupId, userId });
/** Role (owner only) and/or mute (seconds; 0 unmutes) of one member. */
export const GroupMemberPatchSchema = z
  .object({
    role: z.enum(["admin", "member"]).optional(),
    muteSeconds: z.number().int().min(0).max(LIMITS.muteSeconds).optional(),
  })
  .refine((s) => s.role !== undefined || s.muteSeconds !== undefined, { message: "give role and/or muteSeconds" });
export const GroupMemberUpdateSchema = z
  .object({
    groupId,
    userId,
    role: z.enum(["admin", "member"]).optional(),
    muteSeconds: z.number().int().min(0).max(LIMITS.muteSeconds).optional(),
  })
  .refine((s) => s.role !== undefined || s.muteSeconds !== undefined, { message: "give role and/or muteSeconds" });
export type GroupMemberPatch = z.infer<typeof GroupMemberPatchSchema>;
/** Paging cursor of member and group lists: the last id of the previous page. */
export const idCursor = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be the nextCursor of the previous page");
export const GroupMembersSchema = z.object({
  groupId,
  limit: z.number().int().min(1).max(LIMITS.groupPage).optional(),
  cursor: idCursor.optional(),
});
export const GroupsSchema = z.object({
  limit: z.number().int().min(1).max(LIMITS.groupPage).optional(),
  cursor: idCursor.optional(),
});

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
  typing: TypingSchema,
  presence_query: PresenceQuerySchema,
  receipts: ReceiptsSchema,
  readers: ReadersSchema,
  edit: EditSchema,
  recall: RecallSchema,
  delete: DeleteSchema,
  edits: EditsSchema,
  mentions: MentionsSchema,
  conversation_update: ConversationUpdateSchema,
  block: UserRefSchema,
  unblock: UserRefSchema,
  blocks: EmptySchema,
  group_create: GroupCreateSchema,
  group_get: GroupRefSchema,
  group_update: GroupUpdateSchema,
  group_add: GroupAddSchema,
  group_remove: GroupMemberRefSchema,
  group_member_update: GroupMemberUpdateSchema,
  group_transfer: GroupMemberRefSchema,
  group_join: GroupRefSchema,
  group_dissolve: GroupRefSchema,
  group_members: GroupMembersSchema,
  groups: GroupsSchema,
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
  /** edit / recall entries: the message they change. */
  targetId?: string;
  mentionAll?: boolean;
  /** type "system": the group event. */
  system?: SystemEvent;
  /** Deleted by the reader for themselves: content removed from their view. */
  deleted?: boolean;
}

export const SYSTEM_KINDS = [
  "group_created",
  "members_added",
  "member_joined",
  "member_removed",
  "member_left",
  "role_changed",
  "owner_transferred",
  "member_muted",
  "member_unmuted",
  "group_updated",
  "group_dissolved",
] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];

export interface SystemEvent {
  kind: SystemKind;
  actorId: string;
  userIds?: string[];
  role?: Role;
  mutedUntil?: number;
  settings?: GroupSettings;
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
  pinned?: boolean;
  muted?: boolean;
  peerReadSeq?: number;
  peerDeliveredSeq?: number;
  unreadMentions?: number;
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

export interface Presence {
  userId: string;
  online: boolean;
  lastSeen: number;
}

export interface Receipt {
  conversationId: string;
  userId: string;
  readSeq: number;
  deliveredSeq: number;
}

export interface ReceiptsResult {
  conversationId: string;
  memberCount: number;
  receipts: Array<{ seq: number; readBy: number }>;
}

export interface ReadersResult {
  conversationId: string;
  seq: number;
  readBy: number;
  listed: boolean;
  userIds: string[];
}

export interface EditsResult {
  conversationId: string;
  messageId: string;
  versions: Array<{ content: Content; editedAt: number }>;
}

export interface Mention {
  conversationId: string;
  seq: number;
  messageId: string;
  senderId: string;
  ts: number;
  all: boolean;
}

export interface Block {
  userId: string;
  createdAt: number;
}

export interface GroupInfo {
  id: string;
  conversationId: string;
  name: string;
  avatar?: string;
  notice?: string;
  ownerId: string;
  joinPolicy: (typeof JOIN_POLICIES)[number];
  historyVisibility: (typeof HISTORY_VISIBILITY)[number];
  muteAll: boolean;
  memberCount: number;
  createdAt: number;
  updatedAt: number;
  dissolvedAt?: number;
  /** The caller's role (absent for non-members looking at an open group). */
  role?: Role;
  lastSeq?: number;
}

export interface GroupMember {
  userId: string;
  role: Role;
  joinedAt: number;
  joinSeq: number;
  mutedUntil?: number;
}
