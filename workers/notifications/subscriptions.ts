/**
 * Web Push subscriptions, one per (user, device), managed over HTTP by the browser app:
 * it registers what `PushManager.subscribe()` returned, under the device it runs as.
 * Endpoints must match the configured push-service origins (WEB_PUSH_ORIGINS), so the
 * server can never be made to POST to arbitrary hosts.
 */
import { z } from "zod";
import { AppError } from "../../shared/errors.js";
import { ulid } from "../../shared/ids.js";
import { b64urlDecode, endpointAllowed } from "./web-push.js";

const b64url = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, "must be base64url");

export const SubscribeSchema = z.object({
  endpoint: z.url({ protocol: /^https?$/ }).max(2_048),
  keys: z.object({
    p256dh: b64url.refine((s) => decodedLength(s) === 65, "must be a 65-byte uncompressed P-256 key"),
    auth: b64url.refine((s) => decodedLength(s) === 16, "must be 16 bytes"),
  }),
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "letters, digits, _ or -, at most 64").optional(),
});
export type Subscribe = z.infer<typeof SubscribeSchema>;

function decodedLength(s: string): number {
  try {
    return b64urlDecode(s).length;
  } catch {
    return -1;
  }
}

export interface PushSubscription {
  id: string;
  deviceId: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
  createdAt: number;
  updatedAt: number;
}

interface Row {
  id: string;
  user_id: string;
  device_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: number;
  updated_at: number;
}

const toSubscription = (r: Row): PushSubscription => ({
  id: r.id,
  deviceId: r.device_id,
  endpoint: r.endpoint,
  keys: { p256dh: r.p256dh, auth: r.auth },
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const strip = (s: string) => s.replace(/=+$/, "");

export class PushSubscriptions {
  constructor(private readonly db: D1Database) {}

  /**
   * Registers (or replaces) the subscription of a user's device. Throws `forbidden` when
   * the endpoint is not on an allowed push service.
   */
  async upsert(userId: string, deviceId: string, input: Subscribe, allowedOrigins: readonly string[], now = Date.now()): Promise<PushSubscription> {
    if (!endpointAllowed(input.endpoint, allowedOrigins)) throw new AppError("forbidden", "push endpoint is not on an allowed push service");
    await this.db
      .prepare(
        `INSERT INTO push_subscriptions (id, user_id, device_id, endpoint, p256dh, auth, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (user_id, device_id) DO UPDATE SET endpoint = excluded.endpoint, p256dh = excluded.p256dh, auth = excluded.auth, updated_at = excluded.updated_at`,
      )
      .bind(ulid(now), userId, deviceId, input.endpoint, strip(input.keys.p256dh), strip(input.keys.auth), now, now)
      .run();
    const row = await this.db.prepare("SELECT * FROM push_subscriptions WHERE user_id = ? AND device_id = ?").bind(userId, deviceId).first<Row>();
    return toSubscription(row!);
  }

  async list(userId: string): Promise<PushSubscription[]> {
    const { results } = await this.db.prepare("SELECT * FROM push_subscriptions WHERE user_id = ? ORDER BY created_at").bind(userId).all<Row>();
    return results.map(toSubscription);
  }

  /** Removes one of the user's subscriptions. Throws `not_found`. */
  async remove(userId: string, id: string): Promise<void> {
    const result = await this.db.prepare("DELETE FROM push_subscriptions WHERE id = ? AND user_id = ?").bind(id, userId).run();
    if (result.meta.changes === 0) throw new AppError("not_found", "no such subscription");
  }

  /** Drops a subscription the push service reported gone (404/410). */
  async expire(id: string): Promise<void> {
    await this.db.prepare("DELETE FROM push_subscriptions WHERE id = ?").bind(id).run();
  }
}
