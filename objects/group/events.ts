/**
 * Group events as log entries. Every membership or settings change is a `system` message
 * appended to the group's log in the same step as the change, so every member sees it in
 * order, the D1 index is projected from it, and fan-out shards derive who they deliver
 * to from it (membershipEffect): one source of truth, ordered by seq.
 */
import { ulid } from "../../shared/ids.js";
import type { SystemEvent } from "../../shared/protocol.js";
import type { EntryInput, StoredMessage } from "../log/message-log.js";

/** System entries are sent by the server, not by any user. */
export const SYSTEM_SENDER = "system";

export function systemEntry(event: SystemEvent, now: number): EntryInput {
  return { clientMsgId: `sys-${ulid(now)}`, type: "system", content: {}, system: event };
}

export type MembershipEffect = { add: string[] } | { retire: string[] } | { retireAll: true } | undefined;

/**
 * Who starts or stops receiving the group's messages because of `message`: members added
 * by entry S receive from S on (their own "added" notice included); members removed by
 * entry S receive up to S (their "removed" notice included), then nothing.
 */
export function membershipEffect(message: StoredMessage): MembershipEffect {
  const event = message.system;
  if (message.type !== "system" || !event) return undefined;
  switch (event.kind) {
    case "group_created":
    case "members_added":
    case "member_joined":
      return { add: event.userIds ?? [] };
    case "member_removed":
    case "member_left":
      return { retire: event.userIds ?? [] };
    case "group_dissolved":
      return { retireAll: true };
    default:
      return undefined;
  }
}
