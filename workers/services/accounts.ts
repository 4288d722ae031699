/**
 * The user and auth services: registration, login, refresh-token rotation, logout, and
 * profile lookups. D1 holds users, credentials, sessions and hashed refresh tokens.
 */
import { z } from "zod";
import type { AuthResult, PublicUser } from "../../shared/api.js";
import { AppError } from "../../shared/errors.js";
import { makeEvent } from "../../shared/events.js";
import { randomToken, ulid } from "../../shared/ids.js";
import { signAccessToken, type Identity } from "../auth/jwt.js";
import { burnPasswordCheck, hashPassword, verifyPassword } from "../auth/password.js";
import type { Config } from "../config.js";
import type { D1EventOutbox } from "../events/d1-outbox.js";

export const CredentialsSchema = z.object({
  username: z.string().regex(/^[A-Za-z0-9_.-]{3,32}$/, "3-32 letters, digits or _.-"),
  password: z.string().min(8, "at least 8 characters").max(128, "at most 128 characters"),
  displayName: z.string().trim().min(1).max(64).optional(),
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "letters, digits, _ or -, at most 64").optional(),
});
export type Credentials = z.infer<typeof CredentialsSchema>;

export const RefreshSchema = z.object({ refreshToken: z.string().min(16).max(256) });
export const LogoutSchema = z.object({ refreshToken: z.string().min(16).max(256).optional() });

export type { AuthResult, PublicUser };

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  created_at: number;
}

const toPublic = (row: UserRow): PublicUser => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  createdAt: row.created_at,
});

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed/.test(err.message);
}

export class Accounts {
  constructor(
    private readonly db: D1Database,
    private readonly config: Config,
    /** Where user.registered / user.login_success go, committed with the change. */
    private readonly events?: D1EventOutbox,
  ) {}

  /** Creates a user and a first session. Throws `conflict` when the username is taken. */
  async register(input: Credentials, now = Date.now()): Promise<AuthResult> {
    const user: UserRow = { id: ulid(now), username: input.username, display_name: input.displayName ?? input.username, created_at: now };
    const password = await hashPassword(input.password, this.config.pepper, this.config.pbkdf2Iterations);
    const session = this.newSession(user.id, input.deviceId, now);
    const refresh = await this.newRefreshToken(session.id, user.id, now);
    const event = makeEvent("user.registered", `user.registered:${user.id}`, "gateway", { userId: user.id, username: user.username, displayName: user.display_name, createdAt: now }, now);
    try {
      await this.db.batch([
        this.db.prepare("INSERT INTO users (id, username, display_name, created_at) VALUES (?, ?, ?, ?)")
          .bind(user.id, user.username, user.display_name, user.created_at),
        this.db.prepare("INSERT INTO credentials (user_id, algorithm, iterations, salt, hash, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
          .bind(user.id, password.algorithm, password.iterations, password.salt, password.hash, now),
        this.insertSession(session, now),
        refresh.statement,
        ...(this.events ? [this.events.stage(event, now)] : []),
      ]);
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError("conflict", "username is already taken");
      throw err;
    }
    void this.events?.committed([event]);
    return this.result(user, session, refresh.token, now);
  }

  /** Verifies credentials and opens a session. Throws `unauthorized` on any mismatch. */
  async login(input: Credentials, now = Date.now()): Promise<AuthResult> {
    const row = await this.db
      .prepare(
        `SELECT u.id, u.username, u.display_name, u.created_at, c.iterations, c.salt, c.hash,
                (SELECT 1 FROM user_bans b WHERE b.user_id = u.id AND (b.until IS NULL OR b.until > ?2)) AS banned
           FROM users u JOIN credentials c ON c.user_id = u.id
          WHERE u.username = ?1 COLLATE NOCASE`,
      )
      .bind(input.username, now)
      .first<UserRow & { iterations: number; salt: string; hash: string; banned: number | null }>();
    if (!row) {
      await burnPasswordCheck(input.password, this.config.pepper, this.config.pbkdf2Iterations);
      throw new AppError("unauthorized", "invalid username or password");
    }
    if (!(await verifyPassword(input.password, this.config.pepper, row))) {
      throw new AppError("unauthorized", "invalid username or password");
    }
    // Only after the password checks out: a ban is no business of someone guessing.
    if (row.banned) throw new AppError("forbidden", "this account is suspended");
    const session = this.newSession(row.id, input.deviceId, now);
    const refresh = await this.newRefreshToken(session.id, row.id, now);
    const event = makeEvent("user.login_success", `user.login_success:${session.id}`, "gateway", { userId: row.id, sessionId: session.id, deviceId: session.deviceId }, now);
    await this.db.batch([this.insertSession(session, now), refresh.statement, ...(this.events ? [this.events.stage(event, now)] : [])]);
    void this.events?.committed([event]);
    return this.result(row, session, refresh.token, now);
  }

  /**
   * Rotates a refresh token: the presented one is spent and a new one issued in the same
   * session. Presenting a spent token again revokes the whole session (token theft).
   */
  async refresh(refreshToken: string, now = Date.now()): Promise<AuthResult> {
    const hash = await sha256(refreshToken);
    const row = await this.db
      .prepare(
        `SELECT t.session_id, t.user_id, t.expires_at, t.used_at, s.device_id, s.revoked_at,
                u.id, u.username, u.display_name, u.created_at
           FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id JOIN users u ON u.id = t.user_id
          WHERE t.token_hash = ?`,
      )
      .bind(hash)
      .first<UserRow & { session_id: string; user_id: string; expires_at: number; used_at: number | null; device_id: string; revoked_at: number | null }>();
    if (!row || row.revoked_at !== null) throw new AppError("unauthorized", "refresh token is not valid");
    if (row.used_at !== null) {
      await this.revokeSession(row.session_id, "refresh_token_reuse", now);
      throw new AppError("unauthorized", "refresh token was already used; the session has been revoked");
    }
    if (row.expires_at <= now) throw new AppError("unauthorized", "refresh token has expired");
    const next = await this.newRefreshToken(row.session_id, row.user_id, now);
    // Single-writer D1 runs batches one at a time: of two concurrent refreshes with the same
    // token only the first inserts a successor; the second sees it spent and is refused.
    const [inserted] = await this.db.batch([
      this.db
        .prepare(
          `INSERT INTO refresh_tokens (token_hash, session_id, user_id, expires_at, created_at)
           SELECT ?, ?, ?, ?, ? WHERE (SELECT used_at FROM refresh_tokens WHERE token_hash = ?) IS NULL`,
        )
        .bind(next.hash, row.session_id, row.user_id, now + this.config.refreshTtlSeconds * 1000, now, hash),
      this.db.prepare("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL").bind(now, hash),
      this.db.prepare("UPDATE sessions SET last_refreshed_at = ? WHERE id = ?").bind(now, row.session_id),
    ]);
    if (!inserted || inserted.meta.changes !== 1) {
      await this.revokeSession(row.session_id, "refresh_token_reuse", now);
      throw new AppError("unauthorized", "refresh token was already used; the session has been revoked");
    }
    return this.result(row, { id: row.session_id, deviceId: row.device_id }, next.token, now);
  }

  /** Resolves the session a refresh token belongs to (for logout without an access token). */
  async sessionOfRefreshToken(refreshToken: string): Promise<{ sessionId: string; userId: string } | undefined> {
    const row = await this.db
      .prepare("SELECT session_id, user_id FROM refresh_tokens WHERE token_hash = ?")
      .bind(await sha256(refreshToken))
      .first<{ session_id: string; user_id: string }>();
    return row ? { sessionId: row.session_id, userId: row.user_id } : undefined;
  }

  /** Revokes a session: its refresh tokens stop working and its access tokens are refused. */
  async revokeSession(sessionId: string, reason: string, now = Date.now()): Promise<void> {
    await this.db.batch([
      this.db.prepare("UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL").bind(now, reason, sessionId),
      this.db.prepare("UPDATE refresh_tokens SET used_at = ? WHERE session_id = ? AND used_at IS NULL").bind(now, sessionId),
    ]);
  }

  /** True when the session exists, belongs to the user and is not revoked. */
  async sessionActive(identity: Identity): Promise<boolean> {
    const row = await this.db
      .prepare("SELECT 1 AS ok FROM sessions WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
      .bind(identity.sessionId, identity.userId)
      .first<{ ok: number }>();
    return row !== null;
  }

  async getUser(id: string): Promise<PublicUser | undefined> {
    const row = await this.db.prepare("SELECT id, username, display_name, created_at FROM users WHERE id = ?").bind(id).first<UserRow>();
    return row ? toPublic(row) : undefined;
  }

  /** Exact username lookup (case-insensitive, like login): how a user finds someone to talk to. */
  async getUserByUsername(username: string): Promise<PublicUser | undefined> {
    const row = await this.db
      .prepare("SELECT id, username, display_name, created_at FROM users WHERE username = ? COLLATE NOCASE")
      .bind(username)
      .first<UserRow>();
    return row ? toPublic(row) : undefined;
  }

  private newSession(userId: string, deviceId: string | undefined, now: number) {
    return { id: ulid(now), userId, deviceId: deviceId ?? `dev_${randomToken(9)}` };
  }

  private insertSession(s: { id: string; userId: string; deviceId: string }, now: number): D1PreparedStatement {
    return this.db
      .prepare("INSERT INTO sessions (id, user_id, device_id, created_at, last_refreshed_at) VALUES (?, ?, ?, ?, ?)")
      .bind(s.id, s.userId, s.deviceId, now, now);
  }

  private async newRefreshToken(sessionId: string, userId: string, now: number) {
    const token = randomToken(32);
    const hash = await sha256(token);
    const statement = this.db
      .prepare("INSERT INTO refresh_tokens (token_hash, session_id, user_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?)")
      .bind(hash, sessionId, userId, now + this.config.refreshTtlSeconds * 1000, now);
    return { token, hash, statement };
  }

  private async result(user: UserRow, session: { id: string; deviceId: string }, refreshToken: string, now: number): Promise<AuthResult> {
    const accessToken = await signAccessToken({ userId: user.id, deviceId: session.deviceId, sessionId: session.id }, this.config, now);
    return {
      user: toPublic(user),
      accessToken,
      refreshToken,
      tokenType: "Bearer",
      expiresIn: this.config.accessTtlSeconds,
      sessionId: session.id,
      deviceId: session.deviceId,
    };
  }
}
