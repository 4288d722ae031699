-- Event bus, notifications, webhooks and file attachments (docs/events.md, docs/files.md).

-- Events produced by the gateway after a D1 commit (user.registered, user.login_success)
-- are written here in the same batch as the change itself, sent to the queue right after,
-- and deleted once sent. The scheduled handler re-sends rows left behind by a crash.
CREATE TABLE event_outbox (
  event_id TEXT PRIMARY KEY,
  body TEXT NOT NULL,                         -- the validated event, JSON
  created_at INTEGER NOT NULL
);
CREATE INDEX event_outbox_created ON event_outbox (created_at);

-- Idempotency records of queue consumers: an id (event id, delivery job id, or a channel
-- step of a job) is recorded after its side effect succeeded and is skipped when seen again.
-- Kept longer than the longest queue retention (14 days), then pruned by the cron.
CREATE TABLE consumed_ids (
  consumer TEXT NOT NULL,
  id TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (consumer, id)
);
CREATE INDEX consumed_ids_expiry ON consumed_ids (expires_at);

-- The last failure of a queue message, by queue message id (a message keeps its id when it
-- moves to the dead-letter queue), so the DLQ consumer can store why it died.
CREATE TABLE delivery_failures (
  message_id TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

-- Dead letters: messages that exhausted their retries, with the reason, for inspection,
-- replay (re-sent to their queue) or discard through /v1/admin/dead-letters.
CREATE TABLE dead_letters (
  id TEXT PRIMARY KEY,                        -- the queue message id
  queue TEXT NOT NULL,                        -- the queue a replay goes to: 'events' | 'deliveries'
  kind TEXT NOT NULL,                         -- event type, or 'webhook' / 'notify' for deliveries
  ref_id TEXT NOT NULL,                       -- event_id or job_id
  body TEXT NOT NULL,
  reason TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'dead',        -- 'dead' | 'replayed'
  created_at INTEGER NOT NULL,
  replayed_at INTEGER
);
CREATE INDEX dead_letters_status ON dead_letters (status, created_at);

-- After-event webhook endpoints of app backends (managed through /v1/admin/webhooks).
CREATE TABLE webhook_endpoints (
  id TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  secret TEXT NOT NULL,                       -- HMAC-SHA256 signing key
  events TEXT NOT NULL,                       -- JSON array of event types, or ["*"]
  description TEXT NOT NULL DEFAULT '',
  enabled INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);

-- Web Push subscriptions, one per (user, device).
CREATE TABLE push_subscriptions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  device_id TEXT NOT NULL,
  endpoint TEXT NOT NULL,
  p256dh TEXT NOT NULL,                       -- base64url, the browser's P-256 public key
  auth TEXT NOT NULL,                         -- base64url, 16-byte auth secret
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (user_id, device_id)
);

-- Uploaded files. Storage use of a user is SUM(size) of their rows (derived, never a
-- counter that can drift); an upload in progress counts with its declared size.
CREATE TABLE files (
  id TEXT PRIMARY KEY,                        -- ULID, server-generated
  owner_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  r2_key TEXT NOT NULL UNIQUE,                -- server-generated, never from user input
  name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  status TEXT NOT NULL,                       -- 'uploading' | 'ready'
  created_at INTEGER NOT NULL
);
CREATE INDEX files_owner ON files (owner_id, created_at);
CREATE INDEX files_status ON files (status, created_at);

-- Conversations whose messages reference a file: their members may download it, and a
-- referenced file is never garbage-collected as an orphan.
CREATE TABLE file_refs (
  file_id TEXT NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  conversation_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (file_id, conversation_id)
);
