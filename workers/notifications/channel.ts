/**
 * Notification delivery channels behind one interface. A channel turns one notification
 * for one recipient into zero or more deliveries, each with a key that is stable across
 * retries: the notify job records finished deliveries by key, so a retry repeats only the
 * ones that failed (a Web Push that went out is not sent again because the webhook failed).
 */
import type { Notification } from "../events/jobs.js";

export interface Recipient {
  userId: string;
  /** The user has no device online. */
  offline: boolean;
  onlineDevices: string[];
  badge: number;
}

/** What every channel sends (push backends and service workers read this). */
export interface NotificationPayload extends Notification {
  kind: "message";
  userId: string;
  badge: number;
  /** Stable per (message, recipient): receivers deduplicate on it. */
  notificationId: string;
}

export type DeliveryOutcome =
  /** Done (delivered, or permanently pointless, like an expired subscription). */
  | { ok: true }
  /** Worth retrying later. */
  | { ok: false; reason: string };

export interface Delivery {
  key: string;
  send(): Promise<DeliveryOutcome>;
}

export interface NotificationChannel {
  readonly name: string;
  deliveries(recipient: Recipient, payload: NotificationPayload): Promise<Delivery[]>;
}
