-- Users, credentials and sessions. D1 is the relational store; message logs live in
-- Durable Object SQLite (see docs/architecture.md).

CREATE TABLE users (
  id TEXT PRIMARY KEY,                       -- ULID
  username TEXT NOT NULL,
  display_name TEXT NOT NULL,
  created_at INTEGER NOT NULL                -- epoch ms
);
-- Usernames are unique regardless of case: "Alice" and "alice" are the same account name.
CREATE UNIQUE INDEX users_username ON users (username COLLATE NOCASE);

-- PBKDF2-SHA256 over HMAC(pepper, password); parameters stored per row so they can be raised.
CREATE TABLE credentials (
  user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  algorithm TEXT NOT NULL,                   -- 'pbkdf2-sha256'
  iterations INTEGER NOT NULL,
  salt TEXT NOT NULL,                        -- base64url, 16 bytes
  hash TEXT NOT NULL,                        -- base64url, 32 bytes
  updated_at INTEGER NOT NULL
);

-- One session per login (per device). Access tokens carry the session id (`sid`);
-- logging out revokes the session, which refuses its access and refresh tokens.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  device_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_refreshed_at INTEGER NOT NULL,
  revoked_at INTEGER,
  revoked_reason TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Rotating refresh tokens, stored as SHA-256 hashes. A used token that is presented again
-- means theft: the whole session (token family) is revoked.
CREATE TABLE refresh_tokens (
  token_hash TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);
