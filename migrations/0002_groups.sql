-- Groups index and memberships index, for "my groups" (GET /v1/groups) and admin queries.
-- The GroupDO owns the truth (membership, roles, settings); these tables are a projection
-- of the group's log, applied in seq order from the GroupDO's outbox with retries until
-- D1 confirms (objects/group/index-projection.ts), so they converge and are never skipped.

CREATE TABLE groups (
  id TEXT PRIMARY KEY,                       -- group id; its conversation is g:<id>
  name TEXT NOT NULL,
  avatar TEXT NOT NULL DEFAULT '',
  notice TEXT NOT NULL DEFAULT '',
  owner_id TEXT NOT NULL,
  join_policy TEXT NOT NULL,                 -- 'invite' | 'open'
  history_visibility TEXT NOT NULL,          -- 'joined' | 'full'
  mute_all INTEGER NOT NULL DEFAULT 0,
  member_count INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,               -- epoch ms
  updated_at INTEGER NOT NULL,
  dissolved_at INTEGER,
  index_seq INTEGER NOT NULL DEFAULT 0       -- last group log seq projected here
);
CREATE INDEX groups_owner ON groups (owner_id);

CREATE TABLE group_members (
  group_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  role TEXT NOT NULL,                        -- 'owner' | 'admin' | 'member'
  joined_at INTEGER NOT NULL,
  PRIMARY KEY (group_id, user_id)
);
-- "My groups", paged by group id.
CREATE INDEX group_members_user ON group_members (user_id, group_id);
