/** The settings row of a group (one row), in the GroupDO's SQLite. */
import { groupConversationId } from "../../shared/ids.js";
import type { GroupCreateInput, GroupInfo, GroupSettings } from "../../shared/protocol.js";

export interface GroupRecord {
  id: string;
  name: string;
  avatar: string;
  notice: string;
  ownerId: string;
  joinPolicy: GroupInfo["joinPolicy"];
  historyVisibility: GroupInfo["historyVisibility"];
  muteAll: boolean;
  createdAt: number;
  updatedAt: number;
  dissolvedAt: number | undefined;
}

/** A `group_info` row; the D1 group index (migrations/0002) stores the same columns. */
export interface GroupRow {
  id: string;
  name: string;
  avatar: string;
  notice: string;
  owner_id: string;
  join_policy: string;
  history_visibility: string;
  mute_all: number;
  created_at: number;
  updated_at: number;
  dissolved_at: number | null;
}

export class GroupInfoStore {
  private cached: GroupRecord | undefined;

  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS group_info (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      id TEXT NOT NULL,
      name TEXT NOT NULL,
      avatar TEXT NOT NULL,
      notice TEXT NOT NULL,
      owner_id TEXT NOT NULL,
      join_policy TEXT NOT NULL,
      history_visibility TEXT NOT NULL,
      mute_all INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      dissolved_at INTEGER
    )`);
    const row = sql.exec<GroupRow & Record<string, SqlStorageValue>>("SELECT * FROM group_info").toArray()[0];
    if (row) this.cached = fromGroupRow(row);
  }

  get record(): GroupRecord | undefined {
    return this.cached;
  }

  create(id: string, ownerId: string, input: GroupCreateInput, now: number): GroupRecord {
    const record: GroupRecord = {
      id,
      name: input.name,
      avatar: input.avatar ?? "",
      notice: input.notice ?? "",
      ownerId,
      joinPolicy: input.joinPolicy ?? "invite",
      historyVisibility: input.historyVisibility ?? "joined",
      muteAll: false,
      createdAt: now,
      updatedAt: now,
      dissolvedAt: undefined,
    };
    this.write(record);
    return record;
  }

  /** Applies a settings change; returns only the fields that actually changed. */
  update(settings: GroupSettings, now: number): GroupSettings {
    const r = this.cached!;
    const changed: GroupSettings = {};
    if (settings.name !== undefined && settings.name !== r.name) changed.name = settings.name;
    if (settings.avatar !== undefined && settings.avatar !== r.avatar) changed.avatar = settings.avatar;
    if (settings.notice !== undefined && settings.notice !== r.notice) changed.notice = settings.notice;
    if (settings.joinPolicy !== undefined && settings.joinPolicy !== r.joinPolicy) changed.joinPolicy = settings.joinPolicy;
    if (settings.historyVisibility !== undefined && settings.historyVisibility !== r.historyVisibility) changed.historyVisibility = settings.historyVisibility;
    if (settings.muteAll !== undefined && settings.muteAll !== r.muteAll) changed.muteAll = settings.muteAll;
    if (Object.keys(changed).length > 0) this.write({ ...r, ...changed, updatedAt: now });
    return changed;
  }

  setOwner(ownerId: string, now: number): void {
    this.write({ ...this.cached!, ownerId, updatedAt: now });
  }

  dissolve(now: number): void {
    this.write({ ...this.cached!, dissolvedAt: now, updatedAt: now });
  }

  touch(now: number): void {
    this.write({ ...this.cached!, updatedAt: now });
  }

  private write(r: GroupRecord): void {
    this.sql.exec(
      `INSERT INTO group_info (singleton, id, name, avatar, notice, owner_id, join_policy, history_visibility, mute_all, created_at, updated_at, dissolved_at)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (singleton) DO UPDATE SET
         name = excluded.name, avatar = excluded.avatar, notice = excluded.notice, owner_id = excluded.owner_id,
         join_policy = excluded.join_policy, history_visibility = excluded.history_visibility, mute_all = excluded.mute_all,
         updated_at = excluded.updated_at, dissolved_at = excluded.dissolved_at`,
      r.id,
      r.name,
      r.avatar,
      r.notice,
      r.ownerId,
      r.joinPolicy,
      r.historyVisibility,
      r.muteAll ? 1 : 0,
      r.createdAt,
      r.updatedAt,
      r.dissolvedAt ?? null,
    );
    this.cached = r;
  }
}

export function fromGroupRow(row: GroupRow): GroupRecord {
  return {
    id: row.id,
    name: row.name,
    avatar: row.avatar,
    notice: row.notice,
    ownerId: row.owner_id,
    joinPolicy: row.join_policy === "open" ? "open" : "invite",
    historyVisibility: row.history_visibility === "full" ? "full" : "joined",
    muteAll: row.mute_all === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    dissolvedAt: row.dissolved_at ?? undefined,
  };
}

/** The wire form for a caller of role `role` (undefined: a non-member viewing an open group). */
export function toGroupInfo(r: GroupRecord, memberCount: number, role: GroupInfo["role"], lastSeq: number | undefined): GroupInfo {
  const info: GroupInfo = {
    id: r.id,
    conversationId: groupConversationId(r.id),
    name: r.name,
    ownerId: r.ownerId,
    joinPolicy: r.joinPolicy,
    historyVisibility: r.historyVisibility,
    muteAll: r.muteAll,
    memberCount,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
  if (r.avatar) info.avatar = r.avatar;
  if (r.notice) info.notice = r.notice;
  if (r.dissolvedAt) info.dissolvedAt = r.dissolvedAt;
  if (role) info.role = role;
  if (lastSeq !== undefined) info.lastSeq = lastSeq;
  return info;
}
