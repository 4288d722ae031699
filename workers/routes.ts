/**
 * The HTTP route table of the gateway. Each route is one line through `route()`; the
 * router's single `catch` maps every error to `{"error":{"code","message"}}`.
 */
import { Router } from "itty-router";
import { z } from "zod";
import { AppError, unwrap } from "../shared/errors.js";
import {
  ConversationSettingsSchema,
  EditBodySchema,
  GroupAddBodySchema,
  GroupCreateSchema,
  GroupMemberPatchSchema,
  GroupSettingsSchema,
  idCursor,
  LIMITS,
  OutgoingMessageSchema,
  RecallBodySchema,
} from "../shared/protocol.js";
import { conversationService, resolveConversation } from "../objects/conversations.js";
import type { SendItem } from "../objects/conversation/api.js";
import { groupService } from "../objects/groups.js";
import { presenceOf } from "../objects/user/actions.js";
import { errorResponse, json, noContent } from "./http/respond.js";
import { route, type RoutedRequest } from "./http/route.js";
import { Accounts, CredentialsSchema, LogoutSchema, RefreshSchema } from "./services/accounts.js";
import { authenticate } from "./auth/authenticate.js";
import { upgradeWebSocket } from "./websocket.js";
import { healthz } from "./health.js";
import type { Config } from "./config.js";

const intParam = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const HistoryQuery = z.object({
  afterSeq: intParam(0, Number.MAX_SAFE_INTEGER).optional(),
  beforeSeq: intParam(0, Number.MAX_SAFE_INTEGER).optional(),
  limit: intParam(1, LIMITS.historyPage).default(LIMITS.historyDefault),
});

const ListQuery = z.object({
  limit: intParam(1, 200).default(50),
  cursor: intParam(0, Number.MAX_SAFE_INTEGER).optional(),
});

const PageQuery = z.object({
  limit: intParam(1, LIMITS.groupPage).default(LIMITS.groupDefault),
  cursor: idCursor.optional(),
});

const MentionsQuery = z.object({
  limit: intParam(1, LIMITS.mentionsPage).default(LIMITS.mentionsDefault),
  cursor: intParam(1, Number.MAX_SAFE_INTEGER).optional(),
});

/** A comma-separated list in a query string. */
const csv = z.string().transform((v) => v.split(",").filter((x) => x !== ""));

const ReceiptsQuery = z.object({
  seqs: csv.pipe(z.array(z.string().regex(/^\d{1,15}$/, "must be a seq").transform(Number).pipe(z.number().int().min(1))).min(1).max(LIMITS.receiptSeqs)),
});
const ReadersQuery = z.object({ seq: intParam(1, Number.MAX_SAFE_INTEGER) });
const PresenceQuery = z.object({ userIds: csv.pipe(z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a user id")).min(1).max(LIMITS.presenceUsers)) });
const ReadBody = z.object({ seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });
const TransferBody = z.object({ userId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a user id") });

/** Appends one entry over HTTP and answers 201 (stored) or 200 (a resend of a stored one). */
async function appendOne(env: Env, conversationId: string, item: SendItem, userId: string): Promise<Response> {
  const ref = resolveConversation(userId, { conversationId });
  const [result] = unwrap(await conversationService(env, ref).send([item]));
  const ack = unwrap(result!);
  return json(ack, ack.duplicate ? 200 : 201);
}

/** Largest history page over HTTP, in JSON bytes. */
const HTTP_PAGE_BYTES = 1_048_576;

const accounts = (env: Env, config: Config) => new Accounts(env.DB, config);

const userStub = (env: Env, userId: string) => env.USERS.get(env.USERS.idFromName(userId));

function validUserId(id: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new AppError("not_found", "no such user");
  return id;
}

export const router = Router<RoutedRequest, [Env, ExecutionContext]>({
  catch: (err, request) => errorResponse(err, request),
});

router
  .get("/healthz", (_req, env) => healthz(env))
  .get("/v1/ws", (req, env) => upgradeWebSocket(req, env))

  .post("/v1/auth/register", route({ auth: false, body: CredentialsSchema }, async ({ env, config, body }) =>
    json(await accounts(env, config).register(body), 201)))
  .post("/v1/auth/login", route({ auth: false, body: CredentialsSchema }, async ({ env, config, body }) =>
    json(await accounts(env, config).login(body))))
  .post("/v1/auth/refresh", route({ auth: false, body: RefreshSchema }, async ({ env, config, body }) =>
    json(await accounts(env, config).refresh(body.refreshToken))))
  .post("/v1/auth/logout", route({ auth: false, body: LogoutSchema }, async ({ request, env, config, body }) => {
    // Logout works with the access token, or with the refresh token alone (access expired).
    const service = accounts(env, config);
    const session = body.refreshToken
      ? await service.sessionOfRefreshToken(body.refreshToken)
      : await authenticate(request, env.DB, config).then((id) => ({ sessionId: id.sessionId, userId: id.userId }));
    if (!session) throw new AppError("unauthorized", "refresh token is not valid");
    await service.revokeSession(session.sessionId, "logout");
    await userStub(env, session.userId).closeSession(session.userId, session.sessionId);
    return noContent();
  }))

  .get("/v1/users/me", route({ auth: true }, async ({ env, config, identity }) => {
    const user = await accounts(env, config).getUser(identity.userId);
    if (!user) throw new AppError("not_found", "no such user");
    return json({ user, deviceId: identity.deviceId, sessionId: identity.sessionId });
  }))
  .get("/v1/users/:id", route({ auth: true }, async ({ env, config, params }) => {
    const user = await accounts(env, config).getUser(params["id"]!);
    if (!user) throw new AppError("not_found", "no such user");
    return json({ user });
  }))

  .get("/v1/conversations", route({ auth: true, query: ListQuery }, async ({ env, identity, query }) =>
    json(unwrap(await userStub(env, identity.userId).listConversations(identity.userId, query.limit, query.cursor)))))
  .get("/v1/conversations/:id/messages", route({ auth: true, query: HistoryQuery }, async ({ env, identity, params, query }) => {
    const ref = resolveConversation(identity.userId, { conversationId: params["id"]! });
    const page = await conversationService(env, ref).history({
      userId: identity.userId,
      ...(query.afterSeq !== undefined ? { afterSeq: query.afterSeq } : {}),
      ...(query.beforeSeq !== undefined ? { beforeSeq: query.beforeSeq } : {}),
      limit: query.limit,
      maxBytes: HTTP_PAGE_BYTES,
    });
    return json(unwrap(page));
  }))
  .post("/v1/conversations/:id/messages", route({ auth: true, body: OutgoingMessageSchema }, ({ env, identity, params, body }) =>
    appendOne(env, params["id"]!, { senderId: identity.userId, senderDevice: identity.deviceId, message: body }, identity.userId)))
  .patch("/v1/conversations/:id/messages/:messageId", route({ auth: true, body: EditBodySchema }, ({ env, identity, params, body }) =>
    appendOne(env, params["id"]!, { senderId: identity.userId, senderDevice: identity.deviceId, message: { clientMsgId: body.clientMsgId, type: "edit", content: body.content, targetId: params["messageId"]! } }, identity.userId)))
  .post("/v1/conversations/:id/messages/:messageId/recall", route({ auth: true, body: RecallBodySchema }, ({ env, identity, params, body }) =>
    appendOne(env, params["id"]!, { senderId: identity.userId, senderDevice: identity.deviceId, message: { clientMsgId: body.clientMsgId, type: "recall", content: {}, targetId: params["messageId"]! } }, identity.userId)))
  .delete("/v1/conversations/:id/messages/:messageId", route({ auth: true }, async ({ env, identity, params }) =>
    json(unwrap(await userStub(env, identity.userId).deleteForMe(identity.userId, params["id"]!, [params["messageId"]!])))))
  .get("/v1/conversations/:id/messages/:messageId/edits", route({ auth: true }, async ({ env, identity, params }) => {
    const ref = resolveConversation(identity.userId, { conversationId: params["id"]! });
    return json(unwrap(await conversationService(env, ref).edits(identity.userId, params["messageId"]!)));
  }))
  .get("/v1/conversations/:id/receipts", route({ auth: true, query: ReceiptsQuery }, async ({ env, identity, params, query }) => {
    const ref = resolveConversation(identity.userId, { conversationId: params["id"]! });
    return json(unwrap(await conversationService(env, ref).receipts(identity.userId, query.seqs)));
  }))
  .get("/v1/conversations/:id/readers", route({ auth: true, query: ReadersQuery }, async ({ env, identity, params, query }) => {
    const ref = resolveConversation(identity.userId, { conversationId: params["id"]! });
    return json(unwrap(await conversationService(env, ref).readers(identity.userId, query.seq)));
  }))
  .post("/v1/conversations/:id/read", route({ auth: true, body: ReadBody }, async ({ env, identity, params, body }) =>
    json({ conversation: unwrap(await userStub(env, identity.userId).markRead(identity.userId, params["id"]!, body.seq)) })))
  .patch("/v1/conversations/:id", route({ auth: true, body: ConversationSettingsSchema }, async ({ env, identity, params, body }) =>
    json({ conversation: unwrap(await userStub(env, identity.userId).updateConversation(identity.userId, params["id"]!, body)) })))

  .get("/v1/mentions", route({ auth: true, query: MentionsQuery }, async ({ env, identity, query }) =>
    json(unwrap(await userStub(env, identity.userId).listMentions(identity.userId, query.limit, query.cursor)))))
  .get("/v1/blocks", route({ auth: true }, async ({ env, identity }) => json(unwrap(await userStub(env, identity.userId).listBlocks(identity.userId)))))
  .post("/v1/users/:id/block", route({ auth: true }, async ({ env, identity, params }) =>
    json({ block: unwrap(await userStub(env, identity.userId).block(identity.userId, params["id"]!)) })))
  .delete("/v1/users/:id/block", route({ auth: true }, async ({ env, identity, params }) => {
    unwrap(await userStub(env, identity.userId).unblock(identity.userId, params["id"]!));
    return noContent();
  }))
  .get("/v1/users/:id/presence", route({ auth: true }, async ({ env, params }) => {
    const [presence] = await presenceOf(env, [validUserId(params["id"]!)]);
    return json({ presence });
  }))
  .get("/v1/presence", route({ auth: true, query: PresenceQuery }, async ({ env, query }) => json({ presences: await presenceOf(env, query.userIds) })))

  .post("/v1/groups", route({ auth: true, body: GroupCreateSchema }, async ({ env, identity, body }) =>
    json({ group: await groupService(env).create(identity.userId, body) }, 201)))
  .get("/v1/groups", route({ auth: true, query: PageQuery }, async ({ env, identity, query }) =>
    json(await groupService(env).list(identity.userId, query.limit, query.cursor))))
  .get("/v1/groups/:id", route({ auth: true }, async ({ env, identity, params }) =>
    json({ group: await groupService(env).info(identity.userId, params["id"]!) })))
  .patch("/v1/groups/:id", route({ auth: true, body: GroupSettingsSchema }, async ({ env, identity, params, body }) =>
    json({ group: await groupService(env).updateSettings(identity.userId, params["id"]!, body) })))
  .delete("/v1/groups/:id", route({ auth: true }, async ({ env, identity, params }) =>
    json({ group: await groupService(env).dissolve(identity.userId, params["id"]!) })))
  .get("/v1/groups/:id/members", route({ auth: true, query: PageQuery }, async ({ env, identity, params, query }) =>
    json(await groupService(env).members(identity.userId, params["id"]!, query.limit, query.cursor))))
  .post("/v1/groups/:id/members", route({ auth: true, body: GroupAddBodySchema }, async ({ env, identity, params, body }) =>
    json({ group: await groupService(env).addMembers(identity.userId, params["id"]!, body.userIds) })))
  .delete("/v1/groups/:id/members/:userId", route({ auth: true }, async ({ env, identity, params }) =>
    json(await groupService(env).removeMember(identity.userId, params["id"]!, params["userId"]!))))
  .patch("/v1/groups/:id/members/:userId", route({ auth: true, body: GroupMemberPatchSchema }, async ({ env, identity, params, body }) =>
    json({ member: await groupService(env).updateMember(identity.userId, params["id"]!, params["userId"]!, body) })))
  .post("/v1/groups/:id/join", route({ auth: true }, async ({ env, identity, params }) =>
    json({ group: await groupService(env).join(identity.userId, params["id"]!) })))
  .post("/v1/groups/:id/transfer", route({ auth: true, body: TransferBody }, async ({ env, identity, params, body }) =>
    json({ group: await groupService(env).transfer(identity.userId, params["id"]!, body.userId) })))

  .all("*", () => {
    throw new AppError("not_found", "no such route");
  });
