/**
 * Group management: each command checks the permission table against the current roster
 * and applies its change with the system entry that records it, synchronously. The
 * GroupDO runs each one inside `transactionSync`, so the check, the change and the append
 * commit together or not at all.
 */
import { AppError } from "../../shared/errors.js";
import type { GroupCreateInput, GroupInfo, GroupMember, GroupMemberPatch, GroupSettings } from "../../shared/protocol.js";
import type { StoredMessage } from "../log/message-log.js";
import type { GroupCore } from "./core.js";
import { authorize } from "./permissions.js";

/** What a command produced: the entries to fan out, and its reply. */
export interface Outcome<T> {
  appended: StoredMessage[];
  value: T;
}

const none = <T>(value: T): Outcome<T> => ({ appended: [], value });

/** Creates the group: the creator is the owner; `members` join as members. */
export function createGroup(core: GroupCore, groupId: string, ownerId: string, others: string[], input: GroupCreateInput, now: number): Outcome<GroupInfo> {
  const record = core.info.create(groupId, ownerId, input, now);
  const seq = core.log.lastSeq + 1;
  core.roster.add([ownerId], "owner", now, seq);
  core.roster.add(others, "member", now, seq);
  const settings: GroupSettings = { name: record.name, joinPolicy: record.joinPolicy, historyVisibility: record.historyVisibility, muteAll: false };
  if (record.avatar) settings.avatar = record.avatar;
  if (record.notice) settings.notice = record.notice;
  const message = core.appendSystem({ kind: "group_created", actorId: ownerId, userIds: [ownerId, ...others], settings }, now);
  return { appended: [message], value: core.infoFor(ownerId) };
}

/** Adds members (owner/admin). Existing members are skipped. Throws `forbidden`, `group_full`. */
export function addMembers(core: GroupCore, actorId: string, userIds: string[], now: number): Outcome<GroupInfo> {
  core.active();
  authorize("add_members", core.role(actorId));
  const fresh = [...new Set(userIds)].filter((u) => !core.roster.has(u));
  if (fresh.length === 0) return none(core.infoFor(actorId));
  checkRoom(core, fresh.length);
  core.roster.add(fresh, "member", now, core.log.lastSeq + 1);
  const message = core.appendSystem({ kind: "members_added", actorId, userIds: fresh }, now);
  return { appended: [message], value: core.infoFor(actorId) };
}

/** Joins an open group. Throws `forbidden` (invite-only), `group_full`. */
export function joinGroup(core: GroupCore, userId: string, now: number): Outcome<GroupInfo> {
  const record = core.active();
  if (core.roster.has(userId)) return none(core.infoFor(userId));
  if (record.joinPolicy !== "open") throw new AppError("forbidden", "this group is invite-only: ask an admin to add you");
  checkRoom(core, 1);
  core.roster.add([userId], "member", now, core.log.lastSeq + 1);
  const message = core.appendSystem({ kind: "member_joined", actorId: userId, userIds: [userId] }, now);
  return { appended: [message], value: core.infoFor(userId) };
}

/**
 * Removes a member (owner/admin, outranking them), or the caller leaves (`userId` =
 * `actorId`; the owner must transfer ownership first). Throws `forbidden`, `not_found`.
 */
export function removeMember(core: GroupCore, actorId: string, userId: string, now: number): Outcome<{ removed: string; seq: number }> {
  core.active();
  const leaving = actorId === userId;
  if (leaving) {
    if (core.member(actorId).role === "owner") throw new AppError("forbidden", "the owner cannot leave: transfer ownership or dissolve the group");
  } else {
    const actorRole = core.role(actorId);
    authorize("remove_member", actorRole);
    const target = core.roster.get(userId);
    if (!target) throw new AppError("not_found", "that user is not a member of this group");
    authorize("remove_member", actorRole, target.role);
  }
  core.roster.remove(userId, core.log.lastSeq + 1);
  core.positions.remove(userId);
  const message = core.appendSystem({ kind: leaving ? "member_left" : "member_removed", actorId, userIds: [userId] }, now);
  return { appended: [message], value: { removed: userId, seq: message.seq } };
}

/** Changes settings (owner/admin); no entry when nothing changed. Throws `forbidden`. */
export function updateSettings(core: GroupCore, actorId: string, settings: GroupSettings, now: number): Outcome<GroupInfo> {
  core.active();
  authorize("update_settings", core.role(actorId));
  const changed = core.info.update(settings, now);
  if (Object.keys(changed).length === 0) return none(core.infoFor(actorId));
  const message = core.appendSystem({ kind: "group_updated", actorId, settings: changed }, now);
  return { appended: [message], value: core.infoFor(actorId) };
}

/**
 * Changes a member's role (owner only) and/or mutes them for `muteSeconds` (0 unmutes;
 * owner/admin outranking them). Throws `forbidden`, `not_found`, `bad_request`.
 */
export function updateMember(core: GroupCore, actorId: string, userId: string, patch: GroupMemberPatch, now: number): Outcome<GroupMember> {
  core.active();
  const actorRole = core.role(actorId);
  if (!actorRole) throw new AppError("forbidden", "you are not a member of this group");
  const target = core.roster.get(userId);
  if (!target) throw new AppError("not_found", "that user is not a member of this group");
  const appended: StoredMessage[] = [];
  if (patch.role !== undefined) {
    authorize("set_role", actorRole, target.role);
    if (patch.role !== target.role) {
      core.roster.setRole(userId, patch.role);
      appended.push(core.appendSystem({ kind: "role_changed", actorId, userIds: [userId], role: patch.role }, now));
    }
  }
  if (patch.muteSeconds !== undefined) {
    authorize("mute_member", actorRole, target.role);
    if (patch.muteSeconds > 0) {
      const until = now + patch.muteSeconds * 1_000;
      core.roster.setMute(userId, until);
      appended.push(core.appendSystem({ kind: "member_muted", actorId, userIds: [userId], mutedUntil: until }, now));
    } else if (target.mutedUntil) {
      core.roster.setMute(userId, undefined);
      appended.push(core.appendSystem({ kind: "member_unmuted", actorId, userIds: [userId] }, now));
    }
  }
  if (appended.length > 0) core.info.touch(now);
  return { appended, value: core.roster.get(userId)! };
}

/** Hands ownership to another member (owner only); the old owner becomes an admin. */
export function transferOwnership(core: GroupCore, actorId: string, userId: string, now: number): Outcome<GroupInfo> {
  core.active();
  authorize("transfer_ownership", core.role(actorId));
  if (userId === actorId) throw new AppError("bad_request", "you already own this group");
  if (!core.roster.has(userId)) throw new AppError("not_found", "that user is not a member of this group");
  core.roster.setRole(userId, "owner");
  core.roster.setRole(actorId, "admin");
  core.info.setOwner(userId, now);
  const message = core.appendSystem({ kind: "owner_transferred", actorId, userIds: [userId] }, now);
  return { appended: [message], value: core.infoFor(actorId) };
}

/** Dissolves the group (owner only): it becomes read-only for its last members. */
export function dissolveGroup(core: GroupCore, actorId: string, now: number): Outcome<GroupInfo> {
  core.active();
  authorize("dissolve", core.role(actorId));
  core.info.dissolve(now);
  const message = core.appendSystem({ kind: "group_dissolved", actorId }, now);
  return { appended: [message], value: core.infoFor(actorId) };
}

/** Throws `group_full` unless `adding` more members fit. */
export function checkRoom(core: GroupCore, adding: number): void {
  const max = core.config.groupMaxMembers;
  if (core.roster.count + adding > max) throw new AppError("group_full", `a group has at most ${max} members (${core.roster.count} now)`);
}
