/**
 * The group service as callers see it: HTTP routes and WebSocket ops both go through
 * here to the group's GroupDO (`g:<groupId>`), and "my groups" reads the D1 index the
 * GroupDOs project into. Results are unwrapped: failures throw AppError.
 */
import { AppError, unwrap } from "../shared/errors.js";
import { groupConversationId, isUserId, ulid } from "../shared/ids.js";
import type { GroupCreateInput, GroupInfo, GroupMember, GroupMemberPatch, GroupSettings } from "../shared/protocol.js";
import { routerFor } from "../workers/router/router.js";
import { fromGroupRow, toGroupInfo, type GroupRow } from "./group/info.js";

/** The conversation id of a group, or `not_found` for something that cannot be a group id. */
function conversationOf(groupId: string): string {
  if (!isUserId(groupId)) throw new AppError("not_found", "no such group");
  return groupConversationId(groupId);
}

/** A group of the D1 index with the caller's role (dissolved groups are not listed). */
interface IndexRow extends Omit<GroupRow, "dissolved_at"> {
  member_count: number;
  role: string;
}

/**
 * The group service for one request (`traceId` follows it through the router). Retries
 * and their safety are the route table's business (workers/router/routes.ts).
 */
export function groupService(env: Env, traceId?: string) {
  const router = routerFor(env);
  const options = { source: "gateway", ...(traceId ? { traceId } : {}) };
  return {
    /** Creates a group owned by `ownerId` (the group id is chosen here). */
    async create(ownerId: string, input: GroupCreateInput): Promise<GroupInfo> {
      const id = groupConversationId(ulid());
      return unwrap(await router.call("group.create", id, [id, ownerId, input], options));
    },
    async info(userId: string, groupId: string): Promise<GroupInfo> {
      const id = conversationOf(groupId);
      return unwrap(await router.call("group.info", id, [id, userId], options));
    },
    async members(userId: string, groupId: string, limit: number, cursor?: string): Promise<{ groupId: string; members: GroupMember[]; nextCursor?: string }> {
      const id = conversationOf(groupId);
      return unwrap(await router.call("group.members", id, [id, userId, limit, cursor], options));
    },
    async addMembers(actorId: string, groupId: string, userIds: string[]): Promise<GroupInfo> {
      const id = conversationOf(groupId);
      return unwrap(await router.call("group.addMembers", id, [id, actorId, userIds], options));
    },
    async join(userId: string, groupId: string): Promise<GroupInfo> {
      const id = conversationOf(groupId);
      return unwrap(await router.call("group.join", id, [id, userId], options));
    },
    async removeMember(actorId: string, groupId: string, userId: string): Promise<{ removed: string; seq: number }> {
      const id = conversationOf(groupId);
      return unwrap(await router.call("group.removeMember", id, [id, actorId, userId], options));
    },
    async updateSettings(actorId: string, groupId: string, settings: GroupSettings): Promise<GroupInfo> {
      const id = conversationOf(groupId);
      return unwrap(await router.call("group.updateSettings", id, [id, actorId, settings], options));
    },
    async updateMember(actorId: string, groupId: string, userId: string, patch: GroupMemberPatch): Promise<GroupMember> {
      const id = conversationOf(groupId);
      return unwrap(await router.call("group.updateMember", id, [id, actorId, userId, patch], options));
    },
    async transfer(actorId: string, groupId: string, userId: string): Promise<GroupInfo> {
      const id = conversationOf(groupId);
      return unwrap(await router.call("group.transfer", id, [id, actorId, userId], options));
    },
    async dissolve(actorId: string, groupId: string): Promise<GroupInfo> {
      const id = conversationOf(groupId);
      return unwrap(await router.call("group.dissolve", id, [id, actorId], options));
    },

    /** The groups `userId` belongs to, by group id, from the D1 index. */
    async list(userId: string, limit: number, cursor?: string): Promise<{ groups: GroupInfo[]; nextCursor?: string }> {
      const { results } = await env.DB.prepare(
        `SELECT g.id, g.name, g.avatar, g.notice, g.owner_id, g.join_policy, g.history_visibility, g.mute_all, g.member_count, g.created_at, g.updated_at, m.role
         FROM group_members m JOIN groups g ON g.id = m.group_id
         WHERE m.user_id = ? AND m.group_id > ? AND g.dissolved_at IS NULL
         ORDER BY m.group_id LIMIT ?`,
      )
        .bind(userId, cursor ?? "", limit + 1)
        .all<IndexRow>();
      const page = results.slice(0, limit).map(toInfo);
      const last = page[page.length - 1];
      return results.length > limit && last ? { groups: page, nextCursor: last.id } : { groups: page };
    },
  };
}

function toInfo(r: IndexRow): GroupInfo {
  const role = r.role === "owner" || r.role === "admin" ? r.role : "member";
  return toGroupInfo(fromGroupRow({ ...r, dissolved_at: null }), r.member_count, role, undefined);
}
