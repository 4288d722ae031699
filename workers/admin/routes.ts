/**
 * The admin API under /v1/admin: for server-to-server calls with an API key (each route
 * names the scope it needs) or for users listed in ADMIN_USER_IDS. docs/admin.md.
 */
import type { RouterType } from "itty-router";
import { AppError } from "../../shared/errors.js";
import type { AdminPrincipal } from "../auth/admin.js";
import { allows, ApiKeys } from "../auth/api-keys.js";
import type { Config } from "../config.js";
import { json } from "../http/respond.js";
import { route, type RoutedRequest } from "../http/route.js";
import { PublicUserSchema } from "../../shared/http-schemas.js";
import { z } from "zod";
import { audit } from "./audit.js";
import { adminSend, traceMessage } from "./messages.js";
import {
  AdminSendResultSchema,
  AdminSendSchema,
  AdminUserSchema,
  AuditQuerySchema,
  AuditSchema,
  BanResultSchema,
  BanSchema,
  CreatedKeySchema,
  CreateKeySchema,
  CreateUserSchema,
  DevicesSchema,
  ImportResultSchema,
  ImportUsersSchema,
  KeyListSchema,
  LogoutResultSchema,
  TraceQuerySchema,
  TraceSchema,
  ApiKeySchema,
} from "./schemas.js";
import { AdminUsers } from "./users.js";

type GatewayRouter = RouterType<RoutedRequest, [Env, ExecutionContext]>;

const tags = ["admin"];
const userParam = { id: "user id" };

export function adminRoutes(router: GatewayRouter): void {
  const users = (input: { env: Env; config: Config; principal: AdminPrincipal; traceId: string }) => new AdminUsers(input.env, input.config, input.principal, input.traceId);

  router
    .post("/v1/admin/users", route({
      auth: false, admin: "users:write", body: CreateUserSchema,
      doc: { summary: "Create a user (no session is opened)", tags, response: { status: 201, schema: z.object({ user: PublicUserSchema }) }, errors: ["conflict"] },
    }, async (i) => json({ user: await users(i).create(i.body) }, 201)))
    .post("/v1/admin/users/import", route({
      auth: false, admin: "users:write", body: ImportUsersSchema,
      doc: { summary: "Create up to 50 users; a taken username fails only that entry", tags, response: { status: 200, schema: ImportResultSchema } },
    }, async (i) => json(await users(i).import(i.body.users))))
    .get("/v1/admin/users/:id", route({
      auth: false, admin: "users:read",
      doc: { summary: "A user with ban status and live session count", tags, response: { status: 200, schema: AdminUserSchema }, errors: ["not_found"], params: userParam },
    }, async (i) => json(await users(i).get(i.params["id"]!))))
    .get("/v1/admin/users/:id/devices", route({
      auth: false, admin: "users:read",
      doc: { summary: "A user's devices: sessions (D1) and live connections", tags, response: { status: 200, schema: DevicesSchema }, errors: ["not_found"], params: userParam },
    }, async (i) => json(await users(i).devices(i.params["id"]!))))
    .post("/v1/admin/users/:id/ban", route({
      auth: false, admin: "users:ban", body: BanSchema,
      doc: { summary: "Ban: refuse login, revoke every session, close every socket (4004)", tags, response: { status: 200, schema: BanResultSchema }, errors: ["not_found"], params: userParam },
    }, async (i) => json(await users(i).ban(i.params["id"]!, i.body))))
    .delete("/v1/admin/users/:id/ban", route({
      auth: false, admin: "users:ban",
      doc: { summary: "Lift a ban", tags, response: { status: 200, schema: BanResultSchema }, errors: ["not_found"], params: userParam },
    }, async (i) => json(await users(i).unban(i.params["id"]!))))
    .post("/v1/admin/users/:id/logout", route({
      auth: false, admin: "sessions:revoke",
      doc: { summary: "Force logout: revoke every session and close every socket (4003)", tags, response: { status: 200, schema: LogoutResultSchema }, errors: ["not_found"], params: userParam },
    }, async (i) => json(await users(i).forceLogout(i.params["id"]!))))

    .post("/v1/admin/messages", route({
      auth: false, admin: "messages:send", body: AdminSendSchema,
      doc: {
        summary: "Send a message as the system account (no `from`) or as a user", tags,
        description: "Idempotent by (sender, clientMsgId): 201 when stored, 200 with `duplicate: true` for a repeat.",
        response: { status: 201, schema: AdminSendResultSchema }, errors: ["forbidden", "not_found", "idempotency_mismatch", "timeout", "unavailable"],
      },
    }, async (i) => {
      const ack = await adminSend(i.env, i.principal, i.body, i.traceId);
      return json(ack, ack.duplicate ? 200 : 201);
    }))
    .get("/v1/admin/messages/:id/trace", route({
      auth: false, admin: "messages:trace", query: TraceQuerySchema,
      doc: {
        summary: "Where a message is: stored, confirmed by each member's object, pushed to and acknowledged by which devices, read", tags,
        response: { status: 200, schema: TraceSchema }, errors: ["not_found"], params: { id: "message id" },
        description: "The message id alone does not say which object holds the message, so the conversation id is required.",
      },
    }, async (i) => json(await traceMessage(i.env, i.params["id"]!, i.query.conversationId, i.traceId))))

    .post("/v1/admin/keys", route({
      auth: false, admin: "keys:manage", body: CreateKeySchema,
      doc: { summary: "Create an API key (the key is returned once)", tags, response: { status: 201, schema: CreatedKeySchema }, errors: ["forbidden"] },
    }, async ({ env, body, principal }) => {
      // A key can hand out only scopes it holds itself.
      for (const scope of body.scopes) {
        const held = scope === "*" ? principal.scopes.includes("*") : allows(principal.scopes, scope);
        if (!held) throw new AppError("forbidden", `cannot grant ${scope}: the calling key lacks it`);
      }
      const now = Date.now();
      const { key, record } = await new ApiKeys(env.DB).create({
        name: body.name,
        scopes: body.scopes,
        createdBy: principal.actor,
        ...(body.expiresInDays ? { expiresAt: now + body.expiresInDays * 86_400_000 } : {}),
      }, now);
      await audit(env.DB, principal, "key.create", record.id, { name: record.name, scopes: record.scopes });
      return json({ key, apiKey: record }, 201);
    }))
    .get("/v1/admin/keys", route({
      auth: false, admin: "keys:manage",
      doc: { summary: "List API keys (never their secrets)", tags, response: { status: 200, schema: KeyListSchema } },
    }, async ({ env }) => json({ keys: await new ApiKeys(env.DB).list() })))
    .delete("/v1/admin/keys/:id", route({
      auth: false, admin: "keys:manage",
      doc: { summary: "Revoke an API key (takes effect on its next call)", tags, response: { status: 200, schema: z.object({ apiKey: ApiKeySchema }) }, errors: ["not_found"], params: { id: "key id" } },
    }, async ({ env, params, principal }) => {
      const record = await new ApiKeys(env.DB).revoke(params["id"]!);
      await audit(env.DB, principal, "key.revoke", record.id);
      return json({ apiKey: record });
    }))
    .get("/v1/admin/audit", route({
      auth: false, admin: "keys:manage", query: AuditQuerySchema,
      doc: { summary: "Recent admin actions, newest first", tags, response: { status: 200, schema: AuditSchema } },
    }, async ({ env, query }) => {
      const { results } = await env.DB.prepare("SELECT id, actor, action, target, detail, at FROM admin_audit ORDER BY id DESC LIMIT ?").bind(query.limit).all<{
        id: string; actor: string; action: string; target: string | null; detail: string | null; at: number;
      }>();
      return json({
        entries: results.map((r) => ({ id: r.id, actor: r.actor, action: r.action, ...(r.target ? { target: r.target } : {}), detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {}, at: r.at })),
      });
    }));
}
