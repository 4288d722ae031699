/**
 * Admin operations on users: create and import, inspect, ban and unban, force logout
 * (revoke every session and close every socket) and list devices. Sockets are closed
 * through the message router on the user's object.
 */
import type { z } from "zod";
import { AppError, unwrap } from "../../shared/errors.js";
import { ulid } from "../../shared/ids.js";
import type { AdminPrincipal } from "../auth/admin.js";
import { hashPassword } from "../auth/password.js";
import type { Config } from "../config.js";
import { routerFor } from "../router/router.js";
import type { PublicUser } from "../services/accounts.js";
import { audit } from "./audit.js";
import type { AdminUserSchema, BanSchema, CreateUserSchema, DevicesSchema } from "./schemas.js";

/** The account messages "from the system" come from (created by migration 0004). */
export const SYSTEM_USER_ID = "system";

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  created_at: number;
}

const toPublic = (r: UserRow): PublicUser => ({ id: r.id, username: r.username, displayName: r.display_name, createdAt: r.created_at });

const isUniqueViolation = (err: unknown) => err instanceof Error && /UNIQUE constraint failed/.test(err.message);

export class AdminUsers {
  constructor(
    private readonly env: Env,
    private readonly config: Config,
    private readonly principal: AdminPrincipal,
    private readonly traceId: string,
  ) {}

  private get db(): D1Database {
    return this.env.DB;
  }

  /** Creates one user (no session). Returns undefined when the username is taken. */
  private async insert(input: z.infer<typeof CreateUserSchema>, now: number): Promise<PublicUser | undefined> {
    const user: UserRow = { id: ulid(now), username: input.username, display_name: input.displayName ?? input.username, created_at: now };
    const password = await hashPassword(input.password, this.config.pepper, this.config.pbkdf2Iterations);
    try {
      await this.db.batch([
        this.db.prepare("INSERT INTO users (id, username, display_name, created_at) VALUES (?, ?, ?, ?)").bind(user.id, user.username, user.display_name, user.created_at),
        this.db
          .prepare("INSERT INTO credentials (user_id, algorithm, iterations, salt, hash, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
          .bind(user.id, password.algorithm, password.iterations, password.salt, password.hash, now),
      ]);
    } catch (err) {
      if (isUniqueViolation(err)) return undefined;
      throw err;
    }
    return toPublic(user);
  }

  /** Creates a user. Throws `conflict` when the username is taken. */
  async create(input: z.infer<typeof CreateUserSchema>, now = Date.now()): Promise<PublicUser> {
    const user = await this.insert(input, now);
    if (!user) throw new AppError("conflict", "username is already taken");
    await audit(this.db, this.principal, "user.create", user.id, { username: user.username });
    return user;
  }

  /** Creates many users; each is atomic on its own, and a taken username only fails that one. */
  async import(inputs: Array<z.infer<typeof CreateUserSchema>>, now = Date.now()) {
    const results: Array<{ username: string; status: "created" | "conflict"; id?: string }> = [];
    for (const input of inputs) {
      const user = await this.insert(input, now);
      results.push(user ? { username: input.username, status: "created", id: user.id } : { username: input.username, status: "conflict" });
    }
    await audit(this.db, this.principal, "user.import", null, { created: results.filter((r) => r.status === "created").length, conflicts: results.filter((r) => r.status === "conflict").length });
    return { results };
  }

  async get(userId: string, now = Date.now()): Promise<z.infer<typeof AdminUserSchema>> {
    const [user, ban, sessions] = await this.db.batch<Record<string, unknown>>([
      this.db.prepare("SELECT id, username, display_name, created_at FROM users WHERE id = ?").bind(userId),
      this.db.prepare("SELECT reason, banned_at, banned_by, until FROM user_bans WHERE user_id = ? AND (until IS NULL OR until > ?)").bind(userId, now),
      this.db.prepare("SELECT COUNT(*) AS n FROM sessions WHERE user_id = ? AND revoked_at IS NULL").bind(userId),
    ]);
    const row = user?.results[0] as UserRow | undefined;
    if (!row) throw new AppError("not_found", "no such user");
    const b = ban?.results[0] as { reason: string; banned_at: number; banned_by: string; until: number | null } | undefined;
    return {
      user: toPublic(row),
      ...(b ? { ban: { reason: b.reason, bannedAt: b.banned_at, bannedBy: b.banned_by, ...(b.until !== null ? { until: b.until } : {}) } } : {}),
      activeSessions: Number((sessions?.results[0] as { n: number } | undefined)?.n ?? 0),
    };
  }

  private async requireUser(userId: string): Promise<void> {
    const found = await this.db.prepare("SELECT 1 AS ok FROM users WHERE id = ?").bind(userId).first();
    if (!found) throw new AppError("not_found", "no such user");
  }

  /** Revokes every live session of the user (refresh tokens spent, access tokens refused). */
  private async revokeAll(userId: string, reason: string, now: number): Promise<number> {
    const [sessions] = await this.db.batch([
      this.db.prepare("UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE user_id = ? AND revoked_at IS NULL").bind(now, reason, userId),
      this.db.prepare("UPDATE refresh_tokens SET used_at = ? WHERE user_id = ? AND used_at IS NULL").bind(now, userId),
    ]);
    return sessions?.meta.changes ?? 0;
  }

  private async closeSockets(userId: string, reason: "logout" | "banned"): Promise<number> {
    const result = await routerFor(this.env).call("user.closeAll", userId, [userId, reason], { source: "admin", traceId: this.traceId });
    return unwrap(result).closed;
  }

  /** Revokes every session and closes every socket of the user. */
  async forceLogout(userId: string, now = Date.now()) {
    await this.requireUser(userId);
    const revokedSessions = await this.revokeAll(userId, "admin_logout", now);
    const closedSockets = await this.closeSockets(userId, "logout");
    await audit(this.db, this.principal, "user.logout", userId, { revokedSessions, closedSockets });
    return { userId, revokedSessions, closedSockets };
  }

  /** Bans the user: login is refused, sessions are revoked and sockets closed (4004). */
  async ban(userId: string, input: z.infer<typeof BanSchema>, now = Date.now()) {
    if (userId === SYSTEM_USER_ID) throw new AppError("bad_request", "the system account cannot be banned");
    if (input.until !== undefined && input.until <= now) throw new AppError("bad_request", "until must be in the future");
    await this.requireUser(userId);
    await this.db
      .prepare(
        `INSERT INTO user_bans (user_id, reason, banned_at, banned_by, until) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET reason = excluded.reason, banned_at = excluded.banned_at, banned_by = excluded.banned_by, until = excluded.until`,
      )
      .bind(userId, input.reason, now, this.principal.actor, input.until ?? null)
      .run();
    const revokedSessions = await this.revokeAll(userId, "banned", now);
    const closedSockets = await this.closeSockets(userId, "banned");
    await audit(this.db, this.principal, "user.ban", userId, { reason: input.reason, until: input.until ?? null, revokedSessions, closedSockets });
    return { userId, banned: true, revokedSessions, closedSockets };
  }

  /** Lifts a ban. The user signs in again (their old sessions stay revoked). */
  async unban(userId: string) {
    await this.requireUser(userId);
    await this.db.prepare("DELETE FROM user_bans WHERE user_id = ?").bind(userId).run();
    await audit(this.db, this.principal, "user.unban", userId);
    return { userId, banned: false, revokedSessions: 0, closedSockets: 0 };
  }

  /** Devices: each with its sessions (D1) and live connections (the user's object). */
  async devices(userId: string): Promise<z.infer<typeof DevicesSchema>> {
    await this.requireUser(userId);
    const { results } = await this.db
      .prepare("SELECT id, device_id, created_at, last_refreshed_at, revoked_at FROM sessions WHERE user_id = ? ORDER BY created_at DESC LIMIT 200")
      .bind(userId)
      .all<{ id: string; device_id: string; created_at: number; last_refreshed_at: number; revoked_at: number | null }>();
    const live = unwrap(await routerFor(this.env).call("user.devices", userId, [userId], { source: "admin", traceId: this.traceId })).connections;
    const devices = new Map<string, z.infer<typeof DevicesSchema>["devices"][number]>();
    const device = (id: string) => {
      let d = devices.get(id);
      if (!d) {
        d = { deviceId: id, sessions: [], connections: [] };
        devices.set(id, d);
      }
      return d;
    };
    for (const s of results) {
      device(s.device_id).sessions.push({ sessionId: s.id, createdAt: s.created_at, lastRefreshedAt: s.last_refreshed_at, ...(s.revoked_at !== null ? { revokedAt: s.revoked_at } : {}) });
    }
    for (const c of live) device(c.deviceId).connections.push({ sessionId: c.sessionId, encoding: c.encoding, compress: c.compress, connectedAt: c.connectedAt });
    return { userId, devices: [...devices.values()] };
  }
}
