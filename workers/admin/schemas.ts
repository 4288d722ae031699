/** Request and response shapes of the admin API (validated at the edge, documented in OpenAPI). */
import { z } from "zod";
import { OutgoingMessageSchema } from "../../shared/protocol.js";
import { MessageSchema, PublicUserSchema, SendAckSchema } from "../../shared/http-schemas.js";
import { ADMIN_SCOPES, ScopeSchema } from "../auth/api-keys.js";
import { CredentialsSchema } from "../services/accounts.js";

const userId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a user id");

export const CreateUserSchema = CredentialsSchema.pick({ username: true, password: true, displayName: true });

export const IMPORT_MAX = 50;
export const ImportUsersSchema = z.object({ users: z.array(CreateUserSchema).min(1).max(IMPORT_MAX) });

export const ImportResultSchema = z.object({
  results: z.array(
    z.object({
      username: z.string(),
      status: z.enum(["created", "conflict"]),
      id: z.string().optional(),
    }),
  ),
});

export const BanSchema = z.object({
  reason: z.string().trim().min(1).max(500),
  /** Epoch ms when the ban lifts; absent = until lifted. */
  until: z.number().int().positive().optional(),
});

export const BanResultSchema = z.object({ userId: z.string(), banned: z.boolean(), revokedSessions: z.number().int(), closedSockets: z.number().int() });
export const LogoutResultSchema = z.object({ userId: z.string(), revokedSessions: z.number().int(), closedSockets: z.number().int() });

export const AdminUserSchema = z.object({
  user: PublicUserSchema,
  ban: z.object({ reason: z.string(), bannedAt: z.number().int(), bannedBy: z.string(), until: z.number().int().optional() }).optional(),
  activeSessions: z.number().int(),
});

export const DevicesSchema = z.object({
  userId: z.string(),
  devices: z.array(
    z.object({
      deviceId: z.string(),
      sessions: z.array(z.object({ sessionId: z.string(), createdAt: z.number().int(), lastRefreshedAt: z.number().int(), revokedAt: z.number().int().optional() })),
      connections: z.array(z.object({ sessionId: z.string(), encoding: z.enum(["json", "binary"]), compress: z.boolean(), connectedAt: z.number().int() })),
    }),
  ),
});

export const AdminSendSchema = z
  .object({
    /** Sender user id; absent = the system account. */
    from: userId.optional(),
    to: userId.optional(),
    conversationId: z.string().min(3).max(140).optional(),
  })
  .and(OutgoingMessageSchema)
  .refine((s) => Boolean(s.conversationId) !== Boolean(s.to), { message: "give exactly one of conversationId or to", path: ["conversationId"] });

export const AdminSendResultSchema = SendAckSchema.extend({ senderId: z.string() });

export const TraceQuerySchema = z.object({ conversationId: z.string().min(3).max(140) });

export const TraceSchema = z.object({
  messageId: z.string(),
  conversationId: z.string(),
  seq: z.number().int(),
  senderId: z.string(),
  ts: z.number().int(),
  stored: z.literal(true),
  archived: z.boolean().describe("moved from the conversation object's SQLite to an R2 segment"),
  message: MessageSchema.optional().describe("the whole message while it is in the hot log"),
  bus: z.object({
    published: z.boolean().describe("`message.created` went out on the event bus"),
    consumed: z.boolean().describe("the events consumer processed it (planned webhook and notification jobs)"),
  }),
  recipients: z.array(
    z.object({
      userId: z.string(),
      role: z.enum(["sender", "recipient"]),
      deliveredToUser: z.boolean().describe("the user's object confirmed receiving it (outbox cursor)"),
      acknowledged: z.boolean().describe("some device of the user sent `delivered` for it"),
      read: z.boolean(),
      readSeq: z.number().int(),
      devices: z.array(
        z.object({
          deviceId: z.string(),
          connected: z.boolean(),
          pushed: z.boolean().describe("pushed to this device's live socket"),
          acknowledged: z.boolean().describe("this device sent `delivered` for it"),
          lastPushAt: z.number().int().optional(),
          lastAckAt: z.number().int().optional(),
        }),
      ),
      notification: z
        .object({
          job: z.enum(["done", "pending"]).describe("done: the notify job finished (it may have decided not to notify: online, read, muted)"),
          sent: z.array(z.string()).describe("channel deliveries that went out: `webhook`, `webpush:<subscription>`"),
        })
        .optional()
        .describe("push notification (recipients only)"),
      error: z.string().optional().describe("set when the user's object could not be asked"),
    }),
  ),
});

export const CreateKeySchema = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(ScopeSchema).min(1).max(ADMIN_SCOPES.length + 1),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export const ApiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(ScopeSchema),
  createdAt: z.number().int(),
  createdBy: z.string(),
  expiresAt: z.number().int().optional(),
  revokedAt: z.number().int().optional(),
  lastUsedAt: z.number().int().optional(),
});

export const CreatedKeySchema = z.object({ key: z.string().describe("shown once: store it now"), apiKey: ApiKeySchema });
export const KeyListSchema = z.object({ keys: z.array(ApiKeySchema) });

export const AuditQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
export const AuditSchema = z.object({
  entries: z.array(z.object({ id: z.string(), actor: z.string(), action: z.string(), target: z.string().optional(), detail: z.record(z.string(), z.unknown()), at: z.number().int() })),
});
