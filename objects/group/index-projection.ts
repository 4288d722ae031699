/**
 * Projects a group's system events into the D1 groups/memberships index. It is a target
 * of the GroupDO's outbox like any member: it receives every entry in seq order, at least
 * once, retried with backoff until D1 confirms. Each batch becomes one atomic D1 batch of
 * idempotent statements, so a redelivered prefix converges to the same rows.
 */
import type { StoredMessage } from "../log/message-log.js";

export async function projectToIndex(db: D1Database, groupId: string, batch: StoredMessage[]): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  for (const m of batch) {
    if (m.type !== "system" || !m.system) continue;
    const e = m.system;
    const users = JSON.stringify(e.userIds ?? []);
    switch (e.kind) {
      case "group_created": {
        const s = e.settings ?? {};
        statements.push(
          db
            .prepare(
              `INSERT OR REPLACE INTO groups (id, name, avatar, notice, owner_id, join_policy, history_visibility, mute_all, member_count, created_at, updated_at, dissolved_at, index_seq)
               VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, NULL, 0)`,
            )
            .bind(groupId, s.name ?? "", s.avatar ?? "", s.notice ?? "", e.actorId, s.joinPolicy ?? "invite", s.historyVisibility ?? "joined", m.ts, m.ts),
          db
            .prepare("INSERT OR REPLACE INTO group_members (group_id, user_id, role, joined_at) SELECT ?, value, CASE WHEN value = ? THEN 'owner' ELSE 'member' END, ? FROM json_each(?)")
            .bind(groupId, e.actorId, m.ts, users),
        );
        break;
      }
      case "members_added":
      case "member_joined":
        statements.push(db.prepare("INSERT OR REPLACE INTO group_members (group_id, user_id, role, joined_at) SELECT ?, value, 'member', ? FROM json_each(?)").bind(groupId, m.ts, users));
        break;
      case "member_removed":
      case "member_left":
        statements.push(db.prepare("DELETE FROM group_members WHERE group_id = ? AND user_id IN (SELECT value FROM json_each(?))").bind(groupId, users));
        break;
      case "role_changed":
        statements.push(db.prepare("UPDATE group_members SET role = ? WHERE group_id = ? AND user_id IN (SELECT value FROM json_each(?))").bind(e.role ?? "member", groupId, users));
        break;
      case "owner_transferred":
        statements.push(
          db.prepare("UPDATE group_members SET role = 'admin' WHERE group_id = ? AND user_id = ?").bind(groupId, e.actorId),
          db.prepare("UPDATE group_members SET role = 'owner' WHERE group_id = ? AND user_id IN (SELECT value FROM json_each(?))").bind(groupId, users),
          db.prepare("UPDATE groups SET owner_id = ? WHERE id = ?").bind(e.userIds?.[0] ?? e.actorId, groupId),
        );
        break;
      case "group_updated": {
        const s = e.settings ?? {};
        const columns: Array<[string, string | number]> = [];
        if (s.name !== undefined) columns.push(["name", s.name]);
        if (s.avatar !== undefined) columns.push(["avatar", s.avatar]);
        if (s.notice !== undefined) columns.push(["notice", s.notice]);
        if (s.joinPolicy !== undefined) columns.push(["join_policy", s.joinPolicy]);
        if (s.historyVisibility !== undefined) columns.push(["history_visibility", s.historyVisibility]);
        if (s.muteAll !== undefined) columns.push(["mute_all", s.muteAll ? 1 : 0]);
        if (columns.length > 0) {
          // Column names come from the fixed list above; values are bound.
          statements.push(db.prepare(`UPDATE groups SET ${columns.map(([c]) => `${c} = ?`).join(", ")} WHERE id = ?`).bind(...columns.map(([, v]) => v), groupId));
        }
        break;
      }
      case "group_dissolved":
        statements.push(db.prepare("UPDATE groups SET dissolved_at = ? WHERE id = ?").bind(m.ts, groupId));
        break;
      default:
        break;
    }
  }
  if (statements.length === 0) return;
  const last = batch[batch.length - 1]!;
  statements.push(
    db
      .prepare("UPDATE groups SET member_count = (SELECT COUNT(*) FROM group_members WHERE group_id = ?), updated_at = ?, index_seq = MAX(index_seq, ?) WHERE id = ?")
      .bind(groupId, last.ts, last.seq, groupId),
  );
  await db.batch(statements);
}
