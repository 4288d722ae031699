/**
 * The OpenAPI 3.1 document, generated from the router's own route table: every route's
 * spec (`route({ body, query, admin, doc })`) gives its zod schemas and documentation, and
 * zod 4's JSON Schema output (draft 2020-12, the dialect of OpenAPI 3.1) describes them.
 * Served at /openapi.json; docs/openapi.json is the committed copy (a test fails on drift).
 */
import { z } from "zod";
import { ERRORS, type ErrorCode } from "../../shared/errors.js";
import { ErrorResponseSchema } from "../../shared/http-schemas.js";
import type { RouteHandler } from "../http/route.js";

type Json = Record<string, unknown>;

/** What itty-router keeps per route: [method, regex, handlers, path]. */
export type IttyRoute = [string, RegExp, unknown[], string];

export const API_VERSION = "1.0.0";

/** Errors any route may answer with, besides its own. */
const COMMON_ERRORS: ErrorCode[] = ["internal"];

const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No content",
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  413: "Payload too large",
  426: "Upgrade required",
  429: "Too many requests",
  500: "Internal error",
  503: "Unavailable",
  504: "Timeout",
};

class Components {
  readonly schemas: Record<string, Json> = {};

  /** JSON Schema for `schema`, with named sub-schemas moved to components and referenced. */
  toJson(schema: z.ZodType, io: "input" | "output"): Json {
    const out = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
    delete out["$schema"];
    const defs = (out["$defs"] ?? {}) as Record<string, Json>;
    delete out["$defs"];
    const renames: Record<string, string> = {};
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (value && typeof value === "object") {
        const obj: Json = {};
        for (const [k, v] of Object.entries(value)) {
          obj[k] = k === "$ref" && typeof v === "string" && v.startsWith("#/$defs/") ? `#/components/schemas/${renames[v.slice(8)] ?? v.slice(8)}` : rewrite(v);
        }
        return obj;
      }
      return value;
    };
    // The same named schema can differ between request (input) and response (output) forms
    // (defaults make fields optional on input); a differing twin gets a suffixed name.
    for (const [id, def] of Object.entries(defs)) {
      const existing = this.schemas[id];
      renames[id] = existing && JSON.stringify(existing) !== JSON.stringify(rewrite(def)) ? `${id}${io === "input" ? "Input" : "Output"}` : id;
    }
    for (const [id, def] of Object.entries(defs)) this.schemas[renames[id]!] = rewrite(def) as Json;
    return rewrite(out) as Json;
  }
}

const openApiPath = (path: string) => path.replace(/:(\w+)\+?/g, "{$1}");

export function buildOpenApi(routes: readonly IttyRoute[]): Json {
  const components = new Components();
  const errorRef = { $ref: "#/components/schemas/ErrorResponse" };
  components.toJson(ErrorResponseSchema, "output");
  const paths: Record<string, Record<string, Json>> = {};
  const tags = new Set<string>();
  for (const [method, , handlers, path] of routes) {
    const spec = (handlers.find((h) => typeof h === "function" && "spec" in h) as RouteHandler | undefined)?.spec;
    if (!spec?.doc || method === "ALL") continue;
    const doc = spec.doc;
    doc.tags.forEach((t) => tags.add(t));
    const op: Json = {
      operationId: `${method.toLowerCase()}${path.replace(/[:/{}.+*-]+(\w)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      summary: doc.summary,
      tags: doc.tags,
    };
    if (doc.description) op["description"] = doc.description;
    const parameters: Json[] = [];
    for (const m of path.matchAll(/:(\w+)/g)) {
      const name = m[1]!;
      parameters.push({ name, in: "path", required: true, schema: { type: "string" }, ...(doc.params?.[name] ? { description: doc.params[name] } : {}) });
    }
    if (spec.query) {
      const q = components.toJson(spec.query, "input");
      const required = new Set((q["required"] as string[] | undefined) ?? []);
      for (const [name, schema] of Object.entries((q["properties"] ?? {}) as Record<string, Json>)) {
        const { description, ...rest } = schema;
        parameters.push({ name, in: "query", required: required.has(name), schema: rest, ...(description ? { description } : {}) });
      }
    }
    if (parameters.length > 0) op["parameters"] = parameters;
    if (spec.body) op["requestBody"] = { required: true, content: { "application/json": { schema: components.toJson(spec.body, "input") } } };
    const responses: Record<string, Json> = {};
    const ok = doc.response ?? { status: 200 };
    responses[String(ok.status)] = {
      description: ok.description ?? STATUS_TEXT[ok.status] ?? "Success",
      ...(ok.schema ? { content: { "application/json": { schema: components.toJson(ok.schema, "output") } } } : {}),
    };
    const codes = new Set<ErrorCode>([...((doc.errors ?? []) as ErrorCode[]), ...COMMON_ERRORS]);
    if (spec.body || spec.query || parameters.length > 0) codes.add("bad_request");
    if (spec.body) codes.add("bad_json").add("too_large");
    if (spec.auth || spec.admin) codes.add("unauthorized");
    if (spec.admin) codes.add("forbidden");
    if (spec.limit) codes.add("rate_limited");
    const byStatus = new Map<number, ErrorCode[]>();
    for (const code of codes) byStatus.set(ERRORS[code].status, [...(byStatus.get(ERRORS[code].status) ?? []), code]);
    for (const [status, list] of [...byStatus].sort((a, b) => a[0] - b[0])) {
      responses[String(status)] = {
        description: `${STATUS_TEXT[status] ?? "Error"}: ${list.map((c) => `\`${c}\``).join(", ")}`,
        content: { "application/json": { schema: errorRef } },
        ...(status === 429 ? { headers: { "Retry-After": { description: "Seconds until a retry may succeed", schema: { type: "integer" } } } } : {}),
      };
    }
    op["responses"] = responses;
    op["security"] = spec.admin ? [{ apiKey: [spec.admin] }, { adminBearer: [] }] : spec.auth ? [{ bearer: [] }] : [];
    if (spec.admin) op["x-required-scope"] = spec.admin;
    (paths[openApiPath(path)] ??= {})[method.toLowerCase()] = op;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "IMServer HTTP API",
      version: API_VERSION,
      description:
        "Instant messaging on Cloudflare Workers and Durable Objects. Errors are `{\"error\":{\"code\",\"message\"}}`; branch on `code`. " +
        "The WebSocket protocol (`GET /v1/ws`) is described in docs/protocol.md.",
    },
    servers: [{ url: "/" }],
    tags: [...tags].sort().map((name) => ({ name })),
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      schemas: Object.fromEntries(Object.entries(components.schemas).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "Access token from /v1/auth/register, /login or /refresh" },
        apiKey: { type: "apiKey", in: "header", name: "X-API-Key", description: "Admin API key `imk_...` (also accepted as `Authorization: Bearer imk_...`); the operation names the scope it needs" },
        adminBearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "Access token of a user listed in ADMIN_USER_IDS (all scopes)" },
      },
    },
  };
}
