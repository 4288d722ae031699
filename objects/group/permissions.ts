/**
 * Who may do what in a group: the permission table, as data. Roles rank
 * owner > admin > member; actions on another member also require outranking them.
 * docs/groups.md renders this table and test/objects/group-permissions.test.ts checks every
 * cell against the running GroupDO.
 */
import { AppError } from "../../shared/errors.js";
import type { Role } from "../../shared/protocol.js";

export const RANK: Record<Role, number> = { owner: 3, admin: 2, member: 1 };

export interface Permission {
  /** The lowest role allowed. */
  minRole: Role;
  /** The actor must also outrank the member acted on. */
  outranksTarget: boolean;
  what: string;
}

export const PERMISSIONS = {
  view: { minRole: "member", outranksTarget: false, what: "read the group's info, members, history and read receipts" },
  send: { minRole: "member", outranksTarget: false, what: "send, edit own messages, recall own messages within the recall window (refused while muted)" },
  mention_all: { minRole: "admin", outranksTarget: false, what: "mention everyone (@all)" },
  update_settings: { minRole: "admin", outranksTarget: false, what: "change name, avatar, notice, join policy, history visibility, mute-all" },
  add_members: { minRole: "admin", outranksTarget: false, what: "add members" },
  remove_member: { minRole: "admin", outranksTarget: true, what: "remove a member" },
  mute_member: { minRole: "admin", outranksTarget: true, what: "mute / unmute a member" },
  recall_any: { minRole: "admin", outranksTarget: true, what: "recall others' messages at any time (and their own past the window)" },
  set_role: { minRole: "owner", outranksTarget: true, what: "promote to admin / demote to member" },
  transfer_ownership: { minRole: "owner", outranksTarget: false, what: "transfer ownership (the old owner becomes an admin)" },
  dissolve: { minRole: "owner", outranksTarget: false, what: "dissolve the group" },
} as const satisfies Record<string, Permission>;

export type GroupAction = keyof typeof PERMISSIONS;

/** Whether `actor` (undefined: not a member) may do `action`, to a member of role `target`. */
export function allowed(action: GroupAction, actor: Role | undefined, target?: Role): boolean {
  if (!actor) return false;
  const rule: Permission = PERMISSIONS[action];
  if (RANK[actor] < RANK[rule.minRole]) return false;
  if (rule.outranksTarget && target !== undefined && RANK[actor] <= RANK[target]) return false;
  return true;
}

/** Throws `forbidden` unless allowed. */
export function authorize(action: GroupAction, actor: Role | undefined, target?: Role): void {
  if (allowed(action, actor, target)) return;
  if (!actor) throw new AppError("forbidden", "you are not a member of this group");
  const rule: Permission = PERMISSIONS[action];
  throw new AppError(
    "forbidden",
    rule.outranksTarget && target !== undefined && RANK[actor] >= RANK[rule.minRole]
      ? `a ${actor} cannot ${action.replace("_", " ")} a ${target}`
      : `only a group ${rule.minRole === "owner" ? "owner" : "owner or admin"} may ${rule.what.split(" (")[0]}`,
  );
}
