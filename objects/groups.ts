/**
 * The group service as callers see it: HTTP routes and WebSocket ops both go through
 * here to the group's GroupDO (`g:<groupId>`), and "my groups" reads the D1 index the
 * GroupDOs project into. Results are unwrapped: failures throw AppError.
 */
import { AppError, unwrap, type Result } from "../shared/errors.js";
import { groupConversationId, isUserId, ulid } from "../shared/ids.js";
import type { GroupCreateInput, GroupInfo, GroupMember, GroupMemberPatch, GroupSettings } from "../shared/protocol.js";
import { withRetry } from "./conversations.js";

function stub(env: Env, groupId: string) {
  if (!isUserId(groupId)) throw new AppError("not_found", "no such group");
  const conversationId = groupConversationId(groupId);
  return { conversationId, group: env.GROUPS.get(env.GROUPS.idFromName(conversationId)) };
}

interface IndexRow {
  id: string;
  name: string;
  avatar: string;
  notice: string;
  owner_id: string;
  join_policy: string;
  history_visibility: string;
  mute_all: number;
  member_count: number;
  created_at: number;
  updated_at: number;
  role: string;
}

/** Reads are retried when the platform says so; mutations are not (they are not all idempotent). */
const read = async <T>(call: () => Promise<unknown>) => unwrap(await withRetry(async () => (await call()) as Result<T>));
const write = async <T>(call: () => Promise<unknown>) => unwrap((await call()) as Result<T>);

export function groupService(env: Env) {
  return {
    /** Creates a group owned by `ownerId`. */
    create(ownerId: string, input: GroupCreateInput): Promise<GroupInfo> {
      const { conversationId, group } = stub(env, ulid());
      return write(() => group.create(conversationId, ownerId, input));
    },
    info(userId: string, groupId: string): Promise<GroupInfo> {
      const { conversationId, group } = stub(env, groupId);
      return read(() => group.info(conversationId, userId));
    },
    members(userId: string, groupId: string, limit: number, cursor?: string): Promise<{ groupId: string; members: GroupMember[]; nextCursor?: string }> {
      const { conversationId, group } = stub(env, groupId);
      return read(() => group.members(conversationId, userId, limit, cursor));
    },
    addMembers(actorId: string, groupId: string, userIds: string[]): Promise<GroupInfo> {
      const { conversationId, group } = stub(env, groupId);
      return write(() => group.addMembers(conversationId, actorId, userIds));
    },
    join(userId: string, groupId: string): Promise<GroupInfo> {
      const { conversationId, group } = stub(env, groupId);
      return write(() => group.join(conversationId, userId));
    },
    removeMember(actorId: string, groupId: string, userId: string): Promise<{ removed: string; seq: number }> {
      const { conversationId, group } = stub(env, groupId);
      return write(() => group.removeMember(conversationId, actorId, userId));
    },
    updateSettings(actorId: string, groupId: string, settings: GroupSettings): Promise<GroupInfo> {
      const { conversationId, group } = stub(env, groupId);
      return write(() => group.updateSettings(conversationId, actorId, settings));
    },
    updateMember(actorId: string, groupId: string, userId: string, patch: GroupMemberPatch): Promise<GroupMember> {
      const { conversationId, group } = stub(env, groupId);
      return write(() => group.updateMember(conversationId, actorId, userId, patch));
    },
    transfer(actorId: string, groupId: string, userId: string): Promise<GroupInfo> {
      const { conversationId, group } = stub(env, groupId);
      return write(() => group.transfer(conversationId, actorId, userId));
    },
    dissolve(actorId: string, groupId: string): Promise<GroupInfo> {
      const { conversationId, group } = stub(env, groupId);
      return write(() => group.dissolve(conversationId, actorId));
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
  const info: GroupInfo = {
    id: r.id,
    conversationId: groupConversationId(r.id),
    name: r.name,
    ownerId: r.owner_id,
    joinPolicy: r.join_policy === "open" ? "open" : "invite",
    historyVisibility: r.history_visibility === "full" ? "full" : "joined",
    muteAll: r.mute_all === 1,
    memberCount: r.member_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    role: r.role === "owner" || r.role === "admin" ? r.role : "member",
  };
  if (r.avatar) info.avatar = r.avatar;
  if (r.notice) info.notice = r.notice;
  return info;
}
