/**
 * The members of a group, with role, join seq (the log entry that added them) and mute,
 * in the GroupDO's SQLite. Lookups go to SQL (indexed), so a 10,000-member group costs
 * no memory beyond the count. Former members keep the span they belonged for (join seq to
 * the seq of the entry that removed them), so they can still read what they were sent.
 */
import type { GroupMember, Role } from "../../shared/protocol.js";

interface Row extends Record<string, SqlStorageValue> {
  user_id: string;
  role: string;
  joined_at: number;
  join_seq: number;
  muted_until: number | null;
}

export class Roster {
  private size: number;

  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS members (
      user_id TEXT PRIMARY KEY,
      role TEXT NOT NULL,
      joined_at INTEGER NOT NULL,
      join_seq INTEGER NOT NULL,
      muted_until INTEGER
    )`);
    sql.exec(`CREATE TABLE IF NOT EXISTS former_members (
      user_id TEXT PRIMARY KEY,
      join_seq INTEGER NOT NULL,
      left_seq INTEGER NOT NULL
    )`);
    this.size = Number(sql.exec("SELECT COUNT(*) AS n FROM members").one()["n"]);
  }

  get count(): number {
    return this.size;
  }

  get(userId: string): GroupMember | undefined {
    const row = this.sql.exec<Row>("SELECT * FROM members WHERE user_id = ?", userId).toArray()[0];
    return row ? toMember(row) : undefined;
  }

  has(userId: string): boolean {
    return this.sql.exec("SELECT 1 FROM members WHERE user_id = ?", userId).toArray().length > 0;
  }

  /** Adds new members (callers filter out existing ones); a re-added member's new span governs. */
  add(userIds: string[], role: Role, joinedAt: number, joinSeq: number): void {
    for (const userId of userIds) {
      this.sql.exec("INSERT INTO members (user_id, role, joined_at, join_seq) VALUES (?, ?, ?, ?)", userId, role, joinedAt, joinSeq);
      this.sql.exec("DELETE FROM former_members WHERE user_id = ?", userId);
    }
    this.size += userIds.length;
  }

  /** Removes a member; `leftSeq` is the seq of the entry recording it (the last they may read). */
  remove(userId: string, leftSeq: number): void {
    const row = this.sql.exec<{ join_seq: number }>("SELECT join_seq FROM members WHERE user_id = ?", userId).toArray()[0];
    if (!row) return;
    this.sql.exec("DELETE FROM members WHERE user_id = ?", userId);
    this.sql.exec("INSERT OR REPLACE INTO former_members (user_id, join_seq, left_seq) VALUES (?, ?, ?)", userId, row.join_seq, leftSeq);
    this.size -= 1;
  }

  /** The span a former member belonged for, undefined for members and strangers. */
  former(userId: string): { joinSeq: number; leftSeq: number } | undefined {
    const row = this.sql.exec<{ join_seq: number; left_seq: number }>("SELECT join_seq, left_seq FROM former_members WHERE user_id = ?", userId).toArray()[0];
    return row ? { joinSeq: row.join_seq, leftSeq: row.left_seq } : undefined;
  }

  setRole(userId: string, role: Role): void {
    this.sql.exec("UPDATE members SET role = ? WHERE user_id = ?", role, userId);
  }

  setMute(userId: string, until: number | undefined): void {
    this.sql.exec("UPDATE members SET muted_until = ? WHERE user_id = ?", until ?? null, userId);
  }

  /** Every member id (for a fan-out snapshot). */
  ids(): string[] {
    return this.sql.exec<{ user_id: string }>("SELECT user_id FROM members ORDER BY user_id").toArray().map((r) => r.user_id);
  }

  /** A page ordered by user id; `cursor` is the last user id of the previous page. */
  page(limit: number, cursor?: string): { members: GroupMember[]; nextCursor?: string } {
    const rows = this.sql.exec<Row>("SELECT * FROM members WHERE user_id > ? ORDER BY user_id LIMIT ?", cursor ?? "", limit + 1).toArray();
    const page = rows.slice(0, limit).map(toMember);
    const last = page[page.length - 1];
    return rows.length > limit && last ? { members: page, nextCursor: last.userId } : { members: page };
  }
}

function toMember(row: Row): GroupMember {
  const m: GroupMember = { userId: row.user_id, role: row.role as Role, joinedAt: row.joined_at, joinSeq: row.join_seq };
  if (row.muted_until) m.mutedUntil = row.muted_until;
  return m;
}
