/**
 * The HTTP route table of the gateway. Each route is one line through `route()`; the
 * router's single `catch` maps every error to `{"error":{"code","message"}}`.
 */
import { Router } from "itty-router";
import { z } from "zod";
import { AppError, unwrap } from "../shared/errors.js";
import { LIMITS, OutgoingMessageSchema } from "../shared/protocol.js";
import { conversationService, resolveConversation } from "../objects/conversations.js";
import { errorResponse, json, noContent } from "./http/respond.js";
import { route, type RoutedRequest } from "./http/route.js";
import { Accounts, CredentialsSchema, LogoutSchema, RefreshSchema } from "./services/accounts.js";
import { authenticate } from "./auth/authenticate.js";
import { D1EventOutbox } from "./events/d1-outbox.js";
import { upgradeWebSocket } from "./websocket.js";
import { healthz } from "./health.js";
import { adminRoutes } from "./http/routes/admin.js";
import { fileRoutes } from "./http/routes/files.js";
import { pushRoutes } from "./http/routes/push.js";
import type { Config } from "./config.js";

const intParam = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const HistoryQuery = z.object({
  afterSeq: intParam(0, Number.MAX_SAFE_INTEGER).optional(),
  beforeSeq: intParam(0, Number.MAX_SAFE_INTEGER).optional(),
  limit: intParam(1, LIMITS.historyPage).default(LIMITS.historyDefault),
});

const UserLookupQuery = z.object({ username: z.string().regex(/^[A-Za-z0-9_.-]{3,32}$/, "3-32 letters, digits or _.-") });

const ListQuery = z.object({
  limit: intParam(1, 200).default(50),
  cursor: intParam(0, Number.MAX_SAFE_INTEGER).optional(),
});

/** Largest history page over HTTP, in JSON bytes. */
const HTTP_PAGE_BYTES = 1_048_576;

const accounts = (env: Env, config: Config, ctx?: ExecutionContext) => new Accounts(env.DB, config, new D1EventOutbox(env, ctx));

const userStub = (env: Env, userId: string) => env.USERS.get(env.USERS.idFromName(userId));

export const router = Router<RoutedRequest, [Env, ExecutionContext]>({
  catch: (err, request) => errorResponse(err, request),
});

router
  .get("/healthz", (_req, env) => healthz(env))
  .get("/v1/ws", (req, env) => upgradeWebSocket(req, env))

  .post("/v1/auth/register", route({ auth: false, body: CredentialsSchema }, async ({ env, ctx, config, body }) =>
    json(await accounts(env, config, ctx).register(body), 201)))
  .post("/v1/auth/login", route({ auth: false, body: CredentialsSchema }, async ({ env, ctx, config, body }) =>
    json(await accounts(env, config, ctx).login(body))))
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
  .get("/v1/users", route({ auth: true, query: UserLookupQuery }, async ({ env, config, query }) => {
    const user = await accounts(env, config).getUserByUsername(query.username);
    if (!user) throw new AppError("not_found", "no user with that username");
    return json({ user });
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
  .post("/v1/conversations/:id/messages", route({ auth: true, body: OutgoingMessageSchema }, async ({ env, identity, params, body }) => {
    const ref = resolveConversation(identity.userId, { conversationId: params["id"]! });
    const [result] = unwrap(await conversationService(env, ref).send([{ senderId: identity.userId, senderDevice: identity.deviceId, message: body }]));
    const ack = unwrap(result!);
    return json(ack, ack.duplicate ? 200 : 201);
  }));

// Feature route groups, each in its own module.
fileRoutes(router);
pushRoutes(router);
adminRoutes(router);

router.all("*", () => {
  throw new AppError("not_found", "no such route");
});
