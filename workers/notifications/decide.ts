/**
 * Whether and where a recipient hears about a new message. Pure: the facts come from the
 * recipient's UserDO (NotificationContext), the rules are these:
 *
 *  - a sender the recipient blocked never notifies (not even with a mention);
 *  - a message the recipient already read (on another device) does not notify;
 *  - a muted conversation does not notify, except a message that mentions the recipient;
 *  - otherwise devices without a connection are notified: the push-backend webhook when
 *    the user has no device online at all, Web Push for each subscribed device that is
 *    offline (a phone hears about messages while the laptop is open).
 */
import type { NotificationContext } from "../../objects/user.js";
import type { Notification } from "../events/jobs.js";

export type Decision =
  | { notify: false; reason: "blocked" | "read" | "muted" }
  | { notify: true; userOffline: boolean; onlineDevices: string[]; badge: number };

export function decide(context: NotificationContext, n: Notification): Decision {
  if (context.blocked) return { notify: false, reason: "blocked" };
  if (context.read) return { notify: false, reason: "read" };
  if (context.muted && !n.mentioned) return { notify: false, reason: "muted" };
  return { notify: true, userOffline: context.onlineDevices.length === 0, onlineDevices: context.onlineDevices, badge: context.badge };
}
