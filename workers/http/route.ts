/**
 * The one adapter every HTTP route goes through: parse (body, query, params) → authorize →
 * call → respond. Errors thrown anywhere reach the router's single catch (respond.ts).
 */
import type { z } from "zod";
import { AppError } from "../../shared/errors.js";
import type { Identity } from "../auth/jwt.js";
import { authenticate } from "../auth/authenticate.js";
import { configFrom, type Config } from "../config.js";
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
}

interface Spec<BS extends z.ZodType | undefined, QS extends z.ZodType | undefined, A extends boolean> {
  auth: A;
  body?: BS;
  query?: QS;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** A request as itty-router hands it over (params added). */
export type RoutedRequest = Request & { params?: Record<string, string> };

export function route<BS extends z.ZodType | undefined = undefined, QS extends z.ZodType | undefined = undefined, A extends boolean = true>(
  spec: Spec<BS, QS, A>,
  handler: (input: RouteInput<Infer<BS>, Infer<QS>, A extends true ? Identity : undefined>) => Promise<Response> | Response,
) {
  return async (request: RoutedRequest, env: Env, ctx: ExecutionContext): Promise<Response> => {
    const config = configFrom(env);
    const identity = spec.auth ? await authenticate(request, env.DB, config) : undefined;
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.params ?? {})) {
      try {
        params[key] = decodeURIComponent(value);
      } catch {
        throw new AppError("bad_request", `path parameter ${key} is not valid`);
      }
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
    });
  };
}
