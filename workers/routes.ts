/**
 * The HTTP route table of the gateway. Each route is one line through `route()` (whose
 * spec also documents it for OpenAPI); the router's stages (http/pipeline.ts) wrap every
 * request, and its single `catch` maps every error to `{"error":{"code","message"}}`.
 */
import { Router, type RouterType } from "itty-router";
import { z } from "zod";
import { AppError, unwrap } from "../shared/errors.js";
import { AuthResultSchema, ConversationListSchema, HistoryResultSchema, MeSchema, SendAckSchema, UserResponseSchema } from "../shared/http-schemas.js";
import { LIMITS, OutgoingMessageSchema } from "../shared/protocol.js";
import { adminRoutes } from "./admin/routes.js";
import { appendOne, conversationFor } from "./http/conversation.js";
import { errorResponse, json, noContent } from "./http/respond.js";
import { afterRequest, beforeRequest } from "./http/pipeline.js";
import { route, type RoutedRequest } from "./http/route.js";
import { opsRoutes } from "./ops-routes.js";
import { routerFor } from "./router/router.js";
import { Accounts, CredentialsSchema, LogoutSchema, RefreshSchema } from "./services/accounts.js";
import { guardedLogin } from "./services/login.js";
import { authenticate } from "./auth/authenticate.js";
import { D1EventOutbox } from "./events/d1-outbox.js";
import { adminRoutes as eventAdminRoutes } from "./http/routes/admin.js";
import { conversationFeatureRoutes } from "./http/routes/conversation-features.js";
import { fileRoutes } from "./http/routes/files.js";
import { groupRoutes } from "./http/routes/groups.js";
import { pushRoutes } from "./http/routes/push.js";
import type { Config } from "./config.js";

const intParam = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const HistoryQuery = z.object({
  afterSeq: intParam(0, Number.MAX_SAFE_INTEGER).optional().describe("Messages after this seq (catch-up); default 0"),
  beforeSeq: intParam(0, Number.MAX_SAFE_INTEGER).optional().describe("Messages before this seq, newest first in the page (scroll-back)"),
  limit: intParam(1, LIMITS.historyPage).default(LIMITS.historyDefault),
});

const UserLookupQuery = z.object({ username: z.string().regex(/^[A-Za-z0-9_.-]{3,32}$/, "3-32 letters, digits or _.-") });

const ListQuery = z.object({
  limit: intParam(1, 200).default(50),
  cursor: intParam(0, Number.MAX_SAFE_INTEGER).optional().describe("nextCursor of the previous page"),
});

/** Largest history page over HTTP, in JSON bytes. */
const HTTP_PAGE_BYTES = 1_048_576;

const accounts = (env: Env, config: Config, ctx?: ExecutionContext) => new Accounts(env.DB, config, new D1EventOutbox(env, ctx));

type IttyRoutes = ReadonlyArray<[string, RegExp, unknown[], string]>;

export const router: RouterType<RoutedRequest, [Env, ExecutionContext]> = Router<RoutedRequest, [Env, ExecutionContext]>({
  before: [beforeRequest((): IttyRoutes => router.routes as unknown as IttyRoutes)],
  catch: (err, request) => errorResponse(err, request),
  finally: [afterRequest],
});

const conversationParam = { id: "conversation id (`d:<a>:<b>` or `g:<groupId>`), may be percent-encoded" };

opsRoutes(router);

router
  .post("/v1/auth/register", route({
    auth: false, body: CredentialsSchema, limit: { ip: "register_ip" },
    doc: { summary: "Create an account and a first session", tags: ["auth"], response: { status: 201, schema: AuthResultSchema }, errors: ["conflict"] },
  }, async ({ env, ctx, config, body }) => json(await accounts(env, config, ctx).register(body), 201)))
  .post("/v1/auth/login", route({
    auth: false, body: CredentialsSchema, limit: { ip: "login_ip" },
    doc: {
      summary: "Sign in (opens a session for the device)", tags: ["auth"], response: { status: 200, schema: AuthResultSchema }, errors: ["forbidden"],
      description: "Wrong credentials are 401 (the same for an unknown user). After LOGIN_MAX_FAILURES failures an account name is locked for LOGIN_LOCKOUT_SECONDS: 429 with Retry-After, even with the right password. A suspended account gets 403.",
    },
  }, async ({ env, ctx, config, body }) => json(await guardedLogin(accounts(env, config, ctx), env.DB, config, body))))
  .post("/v1/auth/refresh", route({
    auth: false, body: RefreshSchema,
    doc: { summary: "Rotate the refresh token and get a new access token", tags: ["auth"], response: { status: 200, schema: AuthResultSchema } },
  }, async ({ env, config, body }) => json(await accounts(env, config).refresh(body.refreshToken))))
  .post("/v1/auth/logout", route({
    auth: false, body: LogoutSchema,
    doc: { summary: "End this session (access token, or refresh token alone) and close its sockets", tags: ["auth"], response: { status: 204 }, errors: ["unauthorized"] },
  }, async ({ request, env, config, body, traceId }) => {
    // Logout works with the access token, or with the refresh token alone (access expired).
    const service = accounts(env, config);
    const session = body.refreshToken
      ? await service.sessionOfRefreshToken(body.refreshToken)
      : await authenticate(request, env.DB, config).then((id) => ({ sessionId: id.sessionId, userId: id.userId }));
    if (!session) throw new AppError("unauthorized", "refresh token is not valid");
    await service.revokeSession(session.sessionId, "logout");
    unwrap(await routerFor(env).call("user.closeSession", session.userId, [session.userId, session.sessionId], { source: "gateway", traceId }));
    return noContent();
  }))

  .get("/v1/users/me", route({
    auth: true,
    doc: { summary: "The signed-in user, device and session", tags: ["users"], response: { status: 200, schema: MeSchema } },
  }, async ({ env, config, identity }) => {
    const user = await accounts(env, config).getUser(identity.userId);
    if (!user) throw new AppError("not_found", "no such user");
    return json({ user, deviceId: identity.deviceId, sessionId: identity.sessionId });
  }))
  .get("/v1/users", route({
    auth: true, query: UserLookupQuery,
    doc: { summary: "Find a user by username (exact, case-insensitive)", tags: ["users"], response: { status: 200, schema: UserResponseSchema }, errors: ["not_found"] },
  }, async ({ env, config, query }) => {
    const user = await accounts(env, config).getUserByUsername(query.username);
    if (!user) throw new AppError("not_found", "no user with that username");
    return json({ user });
  }))
  .get("/v1/users/:id", route({
    auth: true,
    doc: { summary: "A user's public profile", tags: ["users"], response: { status: 200, schema: UserResponseSchema }, errors: ["not_found"], params: { id: "user id" } },
  }, async ({ env, config, params }) => {
    const user = await accounts(env, config).getUser(params["id"]!);
    if (!user) throw new AppError("not_found", "no such user");
    return json({ user });
  }))

  .get("/v1/conversations", route({
    auth: true, query: ListQuery,
    doc: { summary: "My conversations, most recent activity first, with unread counts", tags: ["conversations"], response: { status: 200, schema: ConversationListSchema } },
  }, async ({ env, identity, query, traceId }) =>
    json(unwrap(await routerFor(env).call("user.listConversations", identity.userId, [identity.userId, query.limit, query.cursor], { source: "gateway", traceId })))))
  .get("/v1/conversations/:id/messages", route({
    auth: true, query: HistoryQuery,
    doc: { summary: "A page of history, in seq order (members only)", tags: ["conversations"], response: { status: 200, schema: HistoryResultSchema }, errors: ["forbidden", "not_found", "timeout", "unavailable"], params: conversationParam },
  }, async ({ env, identity, params, query, traceId }) => {
    const page = await conversationFor(env, identity.userId, params["id"]!, traceId).history({
      userId: identity.userId,
      ...(query.afterSeq !== undefined ? { afterSeq: query.afterSeq } : {}),
      ...(query.beforeSeq !== undefined ? { beforeSeq: query.beforeSeq } : {}),
      limit: query.limit,
      maxBytes: HTTP_PAGE_BYTES,
    });
    return json(unwrap(page));
  }))
  .post("/v1/conversations/:id/messages", route({
    auth: true, body: OutgoingMessageSchema, limit: { user: "send_user" },
    doc: {
      summary: "Send a message (idempotent by clientMsgId)", tags: ["conversations"], params: conversationParam,
      description: "201 with the ack when stored; 200 with the same ack and `duplicate: true` when this clientMsgId was already stored. On `timeout`/`unavailable` resend with the same clientMsgId.",
      response: { status: 201, schema: SendAckSchema }, errors: ["forbidden", "not_found", "idempotency_mismatch", "timeout", "unavailable"],
    },
  }, ({ env, identity, params, body, traceId }) =>
    appendOne(env, params["id"]!, { senderId: identity.userId, senderDevice: identity.deviceId, message: body, traceId }, identity.userId, traceId)));

// Feature route groups, each in its own module.
conversationFeatureRoutes(router);
groupRoutes(router);
fileRoutes(router);
pushRoutes(router);
eventAdminRoutes(router);
adminRoutes(router);

router.all("*", () => {
  throw new AppError("not_found", "no such route");
});
