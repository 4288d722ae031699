/** Group routes (docs/groups.md): lifecycle, settings, members, roles, mutes. */
import type { RouterType } from "itty-router";
import { z } from "zod";
import { GroupInfoSchema, GroupMemberSchema } from "../../../shared/http-schemas.js";
import { GroupAddBodySchema, GroupCreateSchema, GroupMemberPatchSchema, GroupSettingsSchema, idCursor, LIMITS, UserRefSchema } from "../../../shared/protocol.js";
import { groupService } from "../../../objects/groups.js";
import { enforceGroupCreationQuota } from "../../limits/quota.js";
import { json } from "../respond.js";
import { route, type RoutedRequest } from "../route.js";

const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(LIMITS.groupPage).default(LIMITS.groupDefault),
  cursor: idCursor.optional().describe("nextCursor of the previous page"),
});

const group = z.object({ group: GroupInfoSchema });
const groupParam = { id: "group id (the <id> of g:<id>)" };
const memberParams = { ...groupParam, userId: "a member's user id" };

export function groupRoutes(router: RouterType<RoutedRequest, [Env, ExecutionContext]>): void {
  router
    .post("/v1/groups", route({
      auth: true, body: GroupCreateSchema,
      doc: { summary: "Create a group (you are the owner)", tags: ["groups"], response: { status: 201, schema: group }, errors: ["not_found", "group_full", "rate_limited"], description: "At most 500 members per request; GROUPS_PER_DAY creations per user and day." },
    }, async ({ env, identity, body, traceId }) => {
      await enforceGroupCreationQuota(env, identity.userId, traceId);
      return json({ group: await groupService(env, traceId).create(identity.userId, body) }, 201);
    }))
    .get("/v1/groups", route({
      auth: true, query: PageQuery,
      doc: { summary: "My groups (from the D1 index), by group id", tags: ["groups"], response: { status: 200, schema: z.object({ groups: z.array(GroupInfoSchema), nextCursor: z.string().optional() }) } },
    }, async ({ env, identity, query, traceId }) => json(await groupService(env, traceId).list(identity.userId, query.limit, query.cursor))))
    .get("/v1/groups/:id", route({
      auth: true,
      doc: { summary: "A group's info (members; anyone for open groups)", tags: ["groups"], response: { status: 200, schema: group }, errors: ["forbidden", "not_found"], params: groupParam },
    }, async ({ env, identity, params, traceId }) => json({ group: await groupService(env, traceId).info(identity.userId, params["id"]!) })))
    .patch("/v1/groups/:id", route({
      auth: true, body: GroupSettingsSchema,
      doc: { summary: "Change settings (owner, admin)", tags: ["groups"], response: { status: 200, schema: group }, errors: ["forbidden", "not_found"], params: groupParam },
    }, async ({ env, identity, params, body, traceId }) => json({ group: await groupService(env, traceId).updateSettings(identity.userId, params["id"]!, body) })))
    .delete("/v1/groups/:id", route({
      auth: true,
      doc: { summary: "Dissolve the group (owner); it becomes read-only", tags: ["groups"], response: { status: 200, schema: group }, errors: ["forbidden", "not_found"], params: groupParam },
    }, async ({ env, identity, params, traceId }) => json({ group: await groupService(env, traceId).dissolve(identity.userId, params["id"]!) })))
    .get("/v1/groups/:id/members", route({
      auth: true, query: PageQuery,
      doc: {
        summary: "A page of members by user id (members only)", tags: ["groups"], params: groupParam, errors: ["forbidden", "not_found"],
        response: { status: 200, schema: z.object({ groupId: z.string(), members: z.array(GroupMemberSchema), nextCursor: z.string().optional() }) },
      },
    }, async ({ env, identity, params, query, traceId }) => json(await groupService(env, traceId).members(identity.userId, params["id"]!, query.limit, query.cursor))))
    .post("/v1/groups/:id/members", route({
      auth: true, body: GroupAddBodySchema,
      doc: { summary: "Add members (owner, admin)", tags: ["groups"], response: { status: 200, schema: group }, errors: ["forbidden", "not_found", "group_full"], params: groupParam },
    }, async ({ env, identity, params, body, traceId }) => json({ group: await groupService(env, traceId).addMembers(identity.userId, params["id"]!, body.userIds) })))
    .delete("/v1/groups/:id/members/:userId", route({
      auth: true,
      doc: {
        summary: "Remove a member (owner/admin outranking them), or leave (your own id)", tags: ["groups"], params: memberParams, errors: ["forbidden", "not_found"],
        response: { status: 200, schema: z.object({ removed: z.string(), seq: z.number().int().describe("seq of the removal entry") }) },
      },
    }, async ({ env, identity, params, traceId }) => json(await groupService(env, traceId).removeMember(identity.userId, params["id"]!, params["userId"]!))))
    .patch("/v1/groups/:id/members/:userId", route({
      auth: true, body: GroupMemberPatchSchema,
      doc: { summary: "Set a member's role (owner) and/or mute them (owner/admin)", tags: ["groups"], response: { status: 200, schema: z.object({ member: GroupMemberSchema }) }, errors: ["forbidden", "not_found"], params: memberParams },
    }, async ({ env, identity, params, body, traceId }) => json({ member: await groupService(env, traceId).updateMember(identity.userId, params["id"]!, params["userId"]!, body) })))
    .post("/v1/groups/:id/join", route({
      auth: true,
      doc: { summary: "Join an open group", tags: ["groups"], response: { status: 200, schema: group }, errors: ["forbidden", "not_found", "group_full"], params: groupParam },
    }, async ({ env, identity, params, traceId }) => json({ group: await groupService(env, traceId).join(identity.userId, params["id"]!) })))
    .post("/v1/groups/:id/transfer", route({
      auth: true, body: UserRefSchema,
      doc: { summary: "Transfer ownership (owner); you become an admin", tags: ["groups"], response: { status: 200, schema: group }, errors: ["forbidden", "not_found"], params: groupParam },
    }, async ({ env, identity, params, body, traceId }) => json({ group: await groupService(env, traceId).transfer(identity.userId, params["id"]!, body.userId) })));
}
