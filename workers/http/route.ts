/**
 * The one adapter every HTTP route goes through: throttle → authenticate (user or admin) →
 * parse (body, query, params) → call → respond. Errors thrown anywhere reach the router's
 * single catch (respond.ts). The spec also documents the route: `doc` feeds the OpenAPI
 * document (workers/openapi/), so a route and its documentation are one definition.
 */
import type { z } from "zod";
import { AppError } from "../../shared/errors.js";
import { parseConversationId } from "../../shared/ids.js";
import type { Identity } from "../auth/jwt.js";
import { requireAdmin, type AdminPrincipal } from "../auth/admin.js";
import type { AdminScope } from "../auth/api-keys.js";
import { authenticate } from "../auth/authenticate.js";
import { configFrom, type Config } from "../config.js";
import { enforceEdgeLimit, enforceIpLimit, type EdgeLimit } from "../limits/edge.js";
import { contextOf } from "./context.js";
import { queryOf, readJson, validate } from "./input.js";

export interface RouteInput<B, Q, I> {
  request: Request;
  env: Env;
  ctx: ExecutionContext;
  config: Config;
  params: Record<string, string>;
  body: B;
  query: Q;
  identity: I;
  /** Set on admin routes. */
  principal: AdminPrincipal;
  /** The request's trace id: pass it to router calls. */
  traceId: string;
}

/** OpenAPI facts about a route that its schemas do not say. */
export interface RouteDoc {
  summary: string;
  tags: string[];
  description?: string;
  /** Success status and response schema. */
  response?: { status: number; schema?: z.ZodType; description?: string };
  /** Error codes this route can answer with (beyond the ones every route can). */
  errors?: string[];
  /** Path parameter descriptions. */
  params?: Record<string, string>;
}

interface Spec<BS extends z.ZodType | undefined, QS extends z.ZodType | undefined, A extends boolean> {
  auth: A;
  body?: BS;
  query?: QS;
  /** Admin route: needs an API key with this scope (or an admin user). Implies no user auth. */
  admin?: AdminScope;
  /** Rate limits counted before any work: per client IP and/or per authenticated user. */
  limit?: { ip?: EdgeLimit; user?: EdgeLimit };
  doc?: RouteDoc;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** A request as itty-router hands it over (params and the matched pattern added). */
export type RoutedRequest = Request & { params?: Record<string, string>; route?: string };

/** What `route()` returns: an itty handler that also carries its spec for the docs. */
export type RouteHandler = ((request: RoutedRequest, env: Env, ctx: ExecutionContext) => Promise<Response>) & {
  spec: { auth: boolean; body?: z.ZodType; query?: z.ZodType; admin?: AdminScope; limit?: { ip?: EdgeLimit; user?: EdgeLimit }; doc?: RouteDoc };
};

export function route<BS extends z.ZodType | undefined = undefined, QS extends z.ZodType | undefined = undefined, A extends boolean = true>(
  spec: Spec<BS, QS, A>,
  handler: (input: RouteInput<Infer<BS>, Infer<QS>, A extends true ? Identity : undefined>) => Promise<Response> | Response,
): RouteHandler {
  const run = async (request: RoutedRequest, env: Env, ctx: ExecutionContext): Promise<Response> => {
    const config = configFrom(env);
    const context = contextOf(request);
    if (spec.limit?.ip) await enforceIpLimit(env, config, spec.limit.ip, request);
    let principal: AdminPrincipal | undefined;
    if (spec.admin) {
      principal = await requireAdmin(request, env, spec.admin, (p) => ctx.waitUntil(p));
      context.admin = principal.actor;
    }
    const identity = spec.auth ? await authenticate(request, env.DB, config) : undefined;
    if (identity) context.userId = identity.userId;
    if (identity && spec.limit?.user) await enforceEdgeLimit(env, spec.limit.user, identity.userId);
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.params ?? {})) {
      try {
        params[key] = decodeURIComponent(value);
      } catch {
        throw new AppError("bad_request", `path parameter ${key} is not valid`);
      }
      if (params[key]!.length > 256) throw new AppError("bad_request", `path parameter ${key} is too long`);
      if (parseConversationId(params[key]!)) context.conversationId = params[key];
    }
    const body = spec.body ? await readJson(request, spec.body, config.maxBodyBytes) : undefined;
    const query = spec.query ? validate(spec.query, queryOf(request), "query") : undefined;
    return handler({
      request,
      env,
      ctx,
      config,
      params,
      body: body as Infer<BS>,
      query: query as Infer<QS>,
      identity: identity as A extends true ? Identity : undefined,
      principal: principal as AdminPrincipal,
      traceId: context.traceId,
    });
  };
  return Object.assign(run, { spec: spec as RouteHandler["spec"] });
}

/** Documents a handler that does not go through `route()` (health, WebSocket, docs). */
export function documented<H extends (...args: never[]) => unknown>(handler: H, spec: RouteHandler["spec"]): H & { spec: RouteHandler["spec"] } {
  return Object.assign(handler, { spec });
}
