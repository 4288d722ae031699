/**
 * What the bus hears about each log entry, for every log owner: a message is
 * `message.created`; an edit or a recall entry is `message.edited` / `message.recalled`
 * about its target; group system entries are `group.created`, `group.member_added` and
 * `group.member_removed`. Event ids derive from the entry, so a redelivery repeats them and
 * consumers drop the repeats. Edits, recalls and system entries never notify anyone
 * (`recipients: []` would be meaningless for them: they are not `message.created`).
 */
import { makeEvent, type BusEvent } from "../../shared/events.js";
import { messageCreatedEvent } from "./message-events.js";
import { isEventEntry, type MessageLog, type StoredMessage } from "./message-log.js";

export interface EntryEventContext {
  kind: "direct" | "group";
  /** `conversation:<id>` or `group:<id>`. */
  source: string;
  log: MessageLog;
  /** Who a group message concerns (undefined: let the consumer decide). */
  recipients?: (m: StoredMessage) => string[] | undefined;
}

export function entryEvents(c: EntryEventContext, m: StoredMessage): BusEvent[] {
  if (!isEventEntry(m)) {
    const event = messageCreatedEvent(c.kind, c.source, m);
    const recipients = c.recipients?.(m);
    return [recipients ? { ...event, data: { ...event.data, recipients } } : event];
  }
  if (m.type === "edit" || m.type === "recall") {
    const found = m.targetId ? c.log.locate(m.targetId) : undefined;
    if (!found) return [];
    const target = "hot" in found ? found.hot : found.archived;
    if (m.type === "edit") {
      return [
        makeEvent(
          "message.edited",
          `message.edited:${m.messageId}`,
          c.source,
          { conversationId: m.conversationId, seq: target.seq, messageId: target.messageId, senderId: target.senderId, editorId: m.senderId, content: m.content, editedAt: m.ts },
          m.ts,
        ),
      ];
    }
    return [
      makeEvent(
        "message.recalled",
        `message.recalled:${m.messageId}`,
        c.source,
        { conversationId: m.conversationId, seq: target.seq, messageId: target.messageId, senderId: target.senderId, recalledBy: m.senderId, recalledAt: m.ts },
        m.ts,
      ),
    ];
  }
  const e = m.system;
  if (!e) return [];
  const groupId = m.conversationId.slice(2);
  const base = { groupId, conversationId: m.conversationId, at: m.ts };
  switch (e.kind) {
    case "group_created":
      return [
        makeEvent("group.created", `group.created:${groupId}`, c.source, { ...base, name: e.settings?.name ?? "", ownerId: e.actorId }, m.ts),
        ...(e.userIds && e.userIds.length > 1
          ? [makeEvent("group.member_added", `group.member_added:${m.messageId}`, c.source, { ...base, userIds: e.userIds.filter((u) => u !== e.actorId), actorId: e.actorId }, m.ts)]
          : []),
      ];
    case "members_added":
    case "member_joined":
      return [makeEvent("group.member_added", `group.member_added:${m.messageId}`, c.source, { ...base, userIds: e.userIds ?? [], actorId: e.actorId }, m.ts)];
    case "member_removed":
    case "member_left":
      return (e.userIds ?? []).map((userId) =>
        makeEvent("group.member_removed", `group.member_removed:${m.messageId}:${userId}`, c.source, { ...base, userId, actorId: e.actorId, reason: e.kind === "member_left" ? "left" : "kicked" }, m.ts),
      );
    default:
      return [];
  }
}
