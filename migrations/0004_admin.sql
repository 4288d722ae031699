-- Operations: admin API keys, bans, login lockout, the admin audit trail, and the system
-- account that "send as system" writes from.

-- API keys for server-to-server calls. The key is shown once at creation
-- (`imk_<id>_<secret>`); only SHA-256(secret) is stored. Scopes are a space-separated
-- list (see docs/admin.md); a revoked or expired key is refused.
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,                       -- ULID, the public part of the key
  name TEXT NOT NULL,
  secret_hash TEXT NOT NULL,                 -- hex SHA-256 of the secret part
  scopes TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,                  -- 'bootstrap', 'key:<id>' or 'user:<id>'
  expires_at INTEGER,
  revoked_at INTEGER,
  last_used_at INTEGER
);

-- A banned user cannot log in; the ban also revoked their sessions and closed their
-- sockets. `until` NULL means until lifted.
CREATE TABLE user_bans (
  user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  reason TEXT NOT NULL,
  banned_at INTEGER NOT NULL,
  banned_by TEXT NOT NULL,
  until INTEGER
);

-- Failed logins per account name (lower-case), whether or not the account exists, so a
-- lockout reveals nothing about which names are registered. Counted here, not per
-- location, so an attacker cannot spread guesses over the edge.
CREATE TABLE login_failures (
  username_key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  window_started_at INTEGER NOT NULL,
  locked_until INTEGER
);

-- Every mutating admin call, who made it and on what.
CREATE TABLE admin_audit (
  id TEXT PRIMARY KEY,                       -- ULID (time-ordered)
  actor TEXT NOT NULL,                       -- 'key:<id>' or 'user:<id>'
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT,                               -- JSON
  at INTEGER NOT NULL
);
CREATE INDEX admin_audit_at ON admin_audit (at);

-- The system account: messages "from the system" are sent by it. It has no credentials,
-- so nobody can log in as it, and its username is taken so nobody can register it.
INSERT INTO users (id, username, display_name, created_at) VALUES ('system', 'system', 'System', 0);
