/**
 * Admin API keys for server-to-server calls: `imk_<id>_<secret>`. The id is public (a
 * ULID, the row's key); only SHA-256 of the secret is stored, compared in constant time.
 * Keys carry scopes, may expire, and are revoked by setting `revoked_at`.
 */
import { z } from "zod";
import { AppError } from "../../shared/errors.js";
import { randomToken, ulid, ULID_PATTERN } from "../../shared/ids.js";

/** Every scope an API key can hold. `*` grants all of them. */
export const ADMIN_SCOPES = [
  "users:read",
  "users:write",
  "users:ban",
  "sessions:revoke",
  "messages:send",
  "messages:trace",
  "dlq:read",
  "dlq:write",
  "webhooks:manage",
  "metrics:read",
  "keys:manage",
] as const;
export type AdminScope = (typeof ADMIN_SCOPES)[number];

export const ScopeSchema = z.union([z.enum(ADMIN_SCOPES), z.literal("*")]);
export type GrantedScope = z.infer<typeof ScopeSchema>;

export const KEY_PREFIX = "imk_";
const KEY_SHAPE = /^imk_([0-9A-HJKMNP-TV-Z]{26})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeyRecord {
  id: string;
  name: string;
  scopes: GrantedScope[];
  createdAt: number;
  createdBy: string;
  expiresAt?: number;
  revokedAt?: number;
  lastUsedAt?: number;
}

interface KeyRow {
  id: string;
  name: string;
  secret_hash: string;
  scopes: string;
  created_at: number;
  created_by: string;
  expires_at: number | null;
  revoked_at: number | null;
  last_used_at: number | null;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function timingSafeEqualText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function toRecord(row: KeyRow): ApiKeyRecord {
  const record: ApiKeyRecord = {
    id: row.id,
    name: row.name,
    scopes: row.scopes.split(" ").filter(Boolean) as GrantedScope[],
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
  if (row.expires_at !== null) record.expiresAt = row.expires_at;
  if (row.revoked_at !== null) record.revokedAt = row.revoked_at;
  if (row.last_used_at !== null) record.lastUsedAt = row.last_used_at;
  return record;
}

/** Does a key with `granted` scopes allow `scope`? */
export function allows(granted: readonly GrantedScope[], scope: AdminScope): boolean {
  return granted.includes("*") || granted.includes(scope);
}

/** Only touch `last_used_at` when it is this stale (a write per admin call is not worth it). */
const LAST_USED_GRANULARITY_MS = 60_000;

export class ApiKeys {
  constructor(private readonly db: D1Database) {}

  /** Creates a key. The plain key is in the result only: it cannot be recovered later. */
  async create(input: { name: string; scopes: GrantedScope[]; createdBy: string; expiresAt?: number }, now = Date.now()): Promise<{ key: string; record: ApiKeyRecord }> {
    const id = ulid(now);
    const secret = randomToken(32);
    await this.db
      .prepare("INSERT INTO api_keys (id, name, secret_hash, scopes, created_at, created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .bind(id, input.name, await sha256Hex(secret), [...new Set(input.scopes)].join(" "), now, input.createdBy, input.expiresAt ?? null)
      .run();
    const record: ApiKeyRecord = { id, name: input.name, scopes: [...new Set(input.scopes)], createdAt: now, createdBy: input.createdBy };
    if (input.expiresAt !== undefined) record.expiresAt = input.expiresAt;
    return { key: `${KEY_PREFIX}${id}_${secret}`, record };
  }

  /**
   * Resolves a presented key. Throws `unauthorized` for anything that is not a live key:
   * malformed, unknown, wrong secret, revoked or expired (one message for all, so a caller
   * learns nothing about which).
   */
  async verify(presented: string, now = Date.now(), touch?: (p: Promise<unknown>) => void): Promise<ApiKeyRecord> {
    const m = KEY_SHAPE.exec(presented);
    const refused = new AppError("unauthorized", "invalid, revoked or expired API key");
    if (!m) throw refused;
    const [, id, secret] = m as unknown as [string, string, string];
    const row = await this.db.prepare("SELECT * FROM api_keys WHERE id = ?").bind(id).first<KeyRow>();
    const hash = await sha256Hex(secret);
    if (!row || !timingSafeEqualText(hash, row.secret_hash)) throw refused;
    if (row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= now)) throw refused;
    if (touch && (row.last_used_at === null || now - row.last_used_at > LAST_USED_GRANULARITY_MS)) {
      touch(this.db.prepare("UPDATE api_keys SET last_used_at = ? WHERE id = ?").bind(now, id).run());
    }
    return toRecord(row);
  }

  async list(): Promise<ApiKeyRecord[]> {
    const { results } = await this.db.prepare("SELECT * FROM api_keys ORDER BY created_at DESC LIMIT 500").all<KeyRow>();
    return results.map(toRecord);
  }

  /** Revokes a key. Throws `not_found` for an unknown id; revoking twice is harmless. */
  async revoke(id: string, now = Date.now()): Promise<ApiKeyRecord> {
    if (!ULID_PATTERN.test(id)) throw new AppError("not_found", "no such API key");
    await this.db.prepare("UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?").bind(now, id).run();
    const row = await this.db.prepare("SELECT * FROM api_keys WHERE id = ?").bind(id).first<KeyRow>();
    if (!row) throw new AppError("not_found", "no such API key");
    return toRecord(row);
  }
}
