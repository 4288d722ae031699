/**
 * How a group message reaches members. Read diffusion: the message is stored once, in the
 * GroupDO; each member's UserDO gets a delivery (its inbox index, and a push when online).
 *
 * - Direct: up to GROUP_FANOUT_SHARD_THRESHOLD members, the GroupDO's outbox has one
 *   cursor per member and delivers with bounded concurrency.
 * - Sharded: once a group grows past the threshold, its members are partitioned by a
 *   hash of the user id into ceil(GROUP_MAX_MEMBERS / GROUP_FANOUT_SHARD_SIZE) shards
 *   (fixed from then on). The GroupDO's outbox then has one cursor per *shard*
 *   (GroupShardDO), and each shard keeps a replica of the log tail and one cursor per
 *   member of its partition, through the same outbox code. A failing shard is retried from
 *   the GroupDO's alarm; a failing member from the shard's alarm.
 *
 * Either way membership changes come from the log itself (events.ts), so a member
 * receives exactly the entries appended while they were a member, in seq order, and
 * UserDOs drop redeliveries by (conversationId, seq).
 */
import type { Outbox } from "../log/outbox.js";
import type { StoredMessage } from "../log/message-log.js";
import { membershipEffect } from "./events.js";

/** The outbox target that projects group events into the D1 index. */
export const INDEX_TARGET = "d1:index";

const SHARD_PREFIX = "shard:";

export const shardTarget = (shard: number) => `${SHARD_PREFIX}${shard}`;

export function parseShardTarget(target: string): number | undefined {
  return target.startsWith(SHARD_PREFIX) ? Number(target.slice(SHARD_PREFIX.length)) : undefined;
}

/** User ids are only letters, digits, `_` and `-` (shared/ids.ts): other targets (shards, the D1 index, `@events`) never look like one. */
export const isUserTarget = (target: string) => /^[A-Za-z0-9_-]+$/.test(target);

/** The Durable Object name of a shard of a group conversation. */
export const shardName = (conversationId: string, shard: number) => `${conversationId}#${shard}`;

/** Which shard a member belongs to: FNV-1a of the user id, stable across restarts and isolates. */
export function shardOf(userId: string, shardCount: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    h ^= userId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shardCount;
}

export function shardCountFor(maxMembers: number, shardSize: number): number {
  return Math.max(1, Math.ceil(maxMembers / shardSize));
}

/**
 * Applies the membership effect of `message` to an outbox of user targets, limited to the
 * users `mine` accepts (a shard's partition; everyone for direct fan-out). Call in the
 * same synchronous step as storing the message.
 */
export function applyMembershipEffect(outbox: Outbox, message: StoredMessage, mine: (userId: string) => boolean): void {
  const effect = membershipEffect(message);
  if (!effect) return;
  if ("add" in effect) outbox.addTargets(effect.add.filter(mine), message.seq - 1);
  else if ("retire" in effect) outbox.retire(effect.retire.filter(mine), message.seq);
  else outbox.retire(outbox.targets.filter(isUserTarget), message.seq);
}

/** Fan-out state of a group, kept in its meta table. */
export interface FanoutMode {
  sharded: boolean;
  shardCount: number;
  /** The seq from which shards deliver. */
  fromSeq: number;
}
