/**
 * Conversation feature routes (docs/conversations.md): edit, recall, delete for me, edit
 * history, receipts, read, pin/mute, mentions, blocks, presence. 1:1 and groups alike.
 */
import type { RouterType } from "itty-router";
import { z } from "zod";
import { unwrap } from "../../../shared/errors.js";
import { ConversationStateSchema, SendAckSchema } from "../../../shared/http-schemas.js";
import { ConversationSettingsSchema, EditBodySchema, LIMITS, PresenceQuerySchema, RecallBodySchema, UserRefSchema } from "../../../shared/protocol.js";
import { presenceOf } from "../../../objects/user/actions.js";
import { routerFor } from "../../router/router.js";
import { appendOne, conversationFor } from "../conversation.js";
import { json, noContent } from "../respond.js";
import { route, type RoutedRequest } from "../route.js";
import { AppError } from "../../../shared/errors.js";

const seqParam = z.string().regex(/^\d{1,15}$/, "must be a seq").transform(Number).pipe(z.number().int().min(1));
/** A comma-separated list in a query string. */
const csv = z.string().transform((v) => v.split(",").filter((x) => x !== ""));

const ReceiptsQuery = z.object({ seqs: csv.pipe(z.array(seqParam).min(1).max(LIMITS.receiptSeqs)).describe("comma-separated seqs (at most 100)") });
const ReadersQuery = z.object({ seq: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });
const PresenceQuery = z.object({ userIds: csv.pipe(PresenceQuerySchema.shape.userIds).describe("comma-separated user ids (at most 100)") });
const MentionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(LIMITS.mentionsPage).default(LIMITS.mentionsDefault),
  cursor: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional().describe("nextCursor of the previous page"),
});
const ReadBody = z.object({ seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });

const conversationParam = { id: "conversation id (`d:<a>:<b>` or `g:<groupId>`), may be percent-encoded" };
const messageParams = { ...conversationParam, messageId: "the message's id" };
const state = z.object({ conversation: ConversationStateSchema });
const presenceSchema = z.object({ userId: z.string(), online: z.boolean(), lastSeen: z.number().int() });

function validUserId(id: string): string {
  if (!UserRefSchema.shape.userId.safeParse(id).success) throw new AppError("not_found", "no such user");
  return id;
}

export function conversationFeatureRoutes(router: RouterType<RoutedRequest, [Env, ExecutionContext]>): void {
  const user = (env: Env) => routerFor(env);
  router
    .patch("/v1/conversations/:id/messages/:messageId", route({
      auth: true, body: EditBodySchema, limit: { user: "send_user" },
      doc: { summary: "Edit one of your messages (appends an edit entry)", tags: ["conversations"], params: messageParams, response: { status: 201, schema: SendAckSchema }, errors: ["forbidden", "not_found", "conflict", "idempotency_mismatch"] },
    }, ({ env, identity, params, body, traceId }) =>
      appendOne(env, params["id"]!, { senderId: identity.userId, senderDevice: identity.deviceId, message: { clientMsgId: body.clientMsgId, type: "edit", content: body.content, targetId: params["messageId"]! }, traceId }, identity.userId, traceId)))
    .post("/v1/conversations/:id/messages/:messageId/recall", route({
      auth: true, body: RecallBodySchema, limit: { user: "send_user" },
      doc: { summary: "Recall a message for everyone (appends a recall entry)", tags: ["conversations"], params: messageParams, response: { status: 201, schema: SendAckSchema }, errors: ["forbidden", "not_found", "conflict", "idempotency_mismatch"] },
    }, ({ env, identity, params, body, traceId }) =>
      appendOne(env, params["id"]!, { senderId: identity.userId, senderDevice: identity.deviceId, message: { clientMsgId: body.clientMsgId, type: "recall", content: {}, targetId: params["messageId"]! }, traceId }, identity.userId, traceId)))
    .delete("/v1/conversations/:id/messages/:messageId", route({
      auth: true,
      doc: { summary: "Delete a message for yourself only", tags: ["conversations"], params: messageParams, response: { status: 200, schema: z.object({ conversationId: z.string(), messageIds: z.array(z.string()) }) }, errors: ["forbidden", "not_found"] },
    }, async ({ env, identity, params, traceId }) =>
      json(unwrap(await user(env).call("user.deleteForMe", identity.userId, [identity.userId, params["id"]!, [params["messageId"]!]], { source: "gateway", traceId })))))
    .get("/v1/conversations/:id/messages/:messageId/edits", route({
      auth: true,
      doc: { summary: "Every version of a message's content, oldest first", tags: ["conversations"], params: messageParams, errors: ["forbidden", "not_found"] },
    }, async ({ env, identity, params, traceId }) =>
      json(unwrap(await conversationFor(env, identity.userId, params["id"]!, traceId).edits(identity.userId, params["messageId"]!)))))
    .get("/v1/conversations/:id/receipts", route({
      auth: true, query: ReceiptsQuery,
      doc: { summary: "Read by N, per message", tags: ["conversations"], params: conversationParam, errors: ["forbidden", "not_found"] },
    }, async ({ env, identity, params, query, traceId }) =>
      json(unwrap(await conversationFor(env, identity.userId, params["id"]!, traceId).receipts(identity.userId, query.seqs)))))
    .get("/v1/conversations/:id/readers", route({
      auth: true, query: ReadersQuery,
      doc: { summary: "Who read a message (the list in 1:1 and small groups)", tags: ["conversations"], params: conversationParam, errors: ["forbidden", "not_found"] },
    }, async ({ env, identity, params, query, traceId }) =>
      json(unwrap(await conversationFor(env, identity.userId, params["id"]!, traceId).readers(identity.userId, query.seq)))))
    .post("/v1/conversations/:id/read", route({
      auth: true, body: ReadBody,
      doc: { summary: "Mark read up to a seq", tags: ["conversations"], params: conversationParam, response: { status: 200, schema: state }, errors: ["not_found"] },
    }, async ({ env, identity, params, body, traceId }) =>
      json({ conversation: unwrap(await user(env).call("user.markRead", identity.userId, [identity.userId, params["id"]!, body.seq], { source: "gateway", traceId })) })))
    .patch("/v1/conversations/:id", route({
      auth: true, body: ConversationSettingsSchema,
      doc: { summary: "Pin or mute a conversation for yourself", tags: ["conversations"], params: conversationParam, response: { status: 200, schema: state }, errors: ["not_found"] },
    }, async ({ env, identity, params, body, traceId }) =>
      json({ conversation: unwrap(await user(env).call("user.updateConversation", identity.userId, [identity.userId, params["id"]!, body], { source: "gateway", traceId })) })))

    .get("/v1/mentions", route({
      auth: true, query: MentionsQuery,
      doc: { summary: "Messages that mention me, newest first", tags: ["conversations"] },
    }, async ({ env, identity, query, traceId }) =>
      json(unwrap(await user(env).call("user.listMentions", identity.userId, [identity.userId, query.limit, query.cursor], { source: "gateway", traceId })))))
    .get("/v1/blocks", route({
      auth: true,
      doc: { summary: "The users I blocked", tags: ["users"] },
    }, async ({ env, identity, traceId }) => json(unwrap(await user(env).call("user.listBlocks", identity.userId, [identity.userId], { source: "gateway", traceId })))))
    .post("/v1/users/:id/block", route({
      auth: true,
      doc: { summary: "Block a user: neither of you can send in your 1:1 conversation", tags: ["users"], params: { id: "user id" }, errors: ["bad_request", "not_found"] },
    }, async ({ env, identity, params, traceId }) =>
      json({ block: unwrap(await user(env).call("user.block", identity.userId, [identity.userId, validUserId(params["id"]!)], { source: "gateway", traceId })) })))
    .delete("/v1/users/:id/block", route({
      auth: true,
      doc: { summary: "Revoke a block", tags: ["users"], params: { id: "user id" }, response: { status: 204 }, errors: ["not_found"] },
    }, async ({ env, identity, params, traceId }) => {
      unwrap(await user(env).call("user.unblock", identity.userId, [identity.userId, validUserId(params["id"]!)], { source: "gateway", traceId }));
      return noContent();
    }))
    .get("/v1/users/:id/presence", route({
      auth: true,
      doc: { summary: "A user's presence", tags: ["users"], params: { id: "user id" }, response: { status: 200, schema: z.object({ presence: presenceSchema }) } },
    }, async ({ env, params }) => {
      const [presence] = await presenceOf(env, [validUserId(params["id"]!)]);
      return json({ presence });
    }))
    .get("/v1/presence", route({
      auth: true, query: PresenceQuery,
      doc: { summary: "Presence of up to 100 users", tags: ["users"], response: { status: 200, schema: z.object({ presences: z.array(presenceSchema) }) } },
    }, async ({ env, query }) => json({ presences: await presenceOf(env, query.userIds) })));
}
