/**
 * Admin messaging: send as the system account or as a user, and the per-message trace
 * (where a message is: stored, confirmed by each member's object, pushed to and
 * acknowledged by which devices, read, published on the bus, push-notified). Objects are
 * asked through the message router; the bus and notification records come from D1.
 */
import type { z } from "zod";
import { AppError, unwrap } from "../../shared/errors.js";
import { parseConversationId } from "../../shared/ids.js";
import { messageCreatedId } from "../../shared/events.js";
import { conversationService, resolveConversation } from "../../objects/conversations.js";
import { DELIVERY, NOTIFY_STEPS } from "../events/deliveries.js";
import { ROUTER } from "../events/router.js";
import type { AdminPrincipal } from "../auth/admin.js";
import { routerFor } from "../router/router.js";
import { audit } from "./audit.js";
import type { AdminSendSchema, TraceSchema } from "./schemas.js";
import { SYSTEM_USER_ID } from "./users.js";

/** Sends a message as `from` (default: the system account). Idempotent by clientMsgId. */
export async function adminSend(env: Env, principal: AdminPrincipal, input: z.infer<typeof AdminSendSchema>, traceId: string) {
  const senderId = input.from ?? SYSTEM_USER_ID;
  const ref = resolveConversation(senderId, { conversationId: input.conversationId, to: input.to });
  const { from: _f, to: _t, conversationId: _c, ...message } = input;
  // The sender's devices all receive the message: "admin" is not one of them.
  const [result] = unwrap(await conversationService(env, ref, { source: "admin", traceId }).send([{ senderId, senderDevice: "admin", message, traceId }]));
  const ack = unwrap(result!);
  if (!ack.duplicate) await audit(env.DB, principal, "message.send", ack.messageId, { conversationId: ack.conversationId, senderId });
  return { ...ack, senderId };
}

/** Where message `messageId` of `conversationId` is. Errors: `not_found`. */
export async function traceMessage(env: Env, messageId: string, conversationId: string, traceId: string): Promise<z.infer<typeof TraceSchema>> {
  const ref = parseConversationId(conversationId);
  if (!ref) throw new AppError("not_found", "no such conversation");
  if (ref.kind !== "direct") throw new AppError("not_found", "tracing is available for direct conversations");
  const router = routerFor(env);
  const options = { source: "admin", traceId };
  const conv = unwrap(await router.call("conversation.trace", ref.id, [ref.id, messageId], options));
  const { message } = conv;
  const bus = await busRecords(env.DB, messageId);
  const recipients = await Promise.all(
    conv.recipients.map(async (r) => {
      const role = r.userId === message.senderId ? ("sender" as const) : ("recipient" as const);
      const notification = role === "recipient" ? bus.notification(r.userId) : undefined;
      const base = { userId: r.userId, role, deliveredToUser: r.delivered, ...(notification ? { notification } : {}) };
      const user = await router.call("user.trace", r.userId, [r.userId, ref.id], options);
      if (!user.ok) return { ...base, acknowledged: false, read: false, readSeq: 0, devices: [], error: user.error.code };
      const u = user.value;
      return {
        ...base,
        acknowledged: u.deliveredSeq >= message.seq,
        read: u.readSeq >= message.seq,
        readSeq: u.readSeq,
        devices: u.devices.map((d) => ({
          deviceId: d.deviceId,
          connected: d.connected,
          pushed: d.pushedSeq >= message.seq,
          acknowledged: d.deliveredSeq >= message.seq,
          ...(d.pushedAt !== undefined ? { lastPushAt: d.pushedAt } : {}),
          ...(d.deliveredAt !== undefined ? { lastAckAt: d.deliveredAt } : {}),
        })),
      };
    }),
  );
  return {
    messageId,
    conversationId: ref.id,
    seq: message.seq,
    senderId: message.senderId,
    ts: message.ts,
    stored: true,
    archived: conv.archived,
    ...("content" in message ? { message } : {}),
    bus: { published: conv.publishedToBus, consumed: bus.consumed },
    recipients,
  };
}

/**
 * The event bus's records of a message (D1 `consumed_ids`): whether the events consumer
 * took its `message.created`, and per recipient whether the notify job finished and which
 * channel deliveries went out (job ids are `<event id>|n|<user id>`, steps add `|<key>`).
 */
async function busRecords(db: D1Database, messageId: string) {
  const eventId = messageCreatedId(messageId);
  const prefix = `${eventId}|n|`;
  // A range instead of LIKE: ids are compared as plain strings, and '}' follows '|'.
  const { results } = await db
    .prepare("SELECT consumer, id FROM consumed_ids WHERE (consumer = ?1 AND id = ?2) OR (consumer IN (?3, ?4) AND id >= ?5 AND id < ?6)")
    .bind(ROUTER, eventId, DELIVERY, NOTIFY_STEPS, prefix, `${eventId}|n}`)
    .all<{ consumer: string; id: string }>();
  return {
    consumed: results.some((r) => r.consumer === ROUTER),
    notification(userId: string): { job: "done" | "pending"; sent: string[] } {
      const job = `${prefix}${userId}`;
      const done = results.some((r) => r.consumer === DELIVERY && r.id === job);
      const sent = results.filter((r) => r.consumer === NOTIFY_STEPS && r.id.startsWith(`${job}|`)).map((r) => r.id.slice(job.length + 1));
      return { job: done ? "done" : "pending", sent };
    },
  };
}
