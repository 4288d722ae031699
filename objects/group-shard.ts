/**
 * GroupShardDO: delivers a large group's messages to one partition of its members
 * (`g:<groupId>#<k>`; members map to shards by group/fanout.ts `shardOf`). The GroupDO's
 * outbox hands it the log in seq order, at least once; it keeps a replica of the log tail
 * and one cursor per member through the same MessageLog and Outbox code the groups and
 * conversations use, so a failing member is retried from this object's alarm without
 * holding back the group or other shards. Who is a member is derived from the system
 * entries in the log (group/events.ts), so it matches the group at every seq.
 */
import { abortSelf } from "../workers/test-hooks.js";
import { AppError, resultOf, type Result } from "../shared/errors.js";
import { log } from "../shared/log.js";
import { receiveEnvelope } from "../workers/router/receive.js";
import { routerFor } from "../workers/router/router.js";
import { applyMembershipEffect, shardOf } from "./group/fanout.js";
import { MessageLog, type StoredMessage } from "./log/message-log.js";
import { Outbox } from "./log/outbox.js";
import { StoredObject } from "./stored-object.js";

export interface ShardSeed {
  /** The first seq this shard delivers. */
  fromSeq: number;
  /** Members of this shard's partition at that seq. */
  members: string[];
}

/**
 * Deliveries in flight per shard. Every shard of a group runs at once, so a group has up
 * to shards × this many in flight (320 with 40 shards).
 */
const SHARD_CONCURRENCY = 8;

interface Opened {
  conversationId: string;
  shard: number;
  shardCount: number;
  log: MessageLog;
  outbox: Outbox;
}

export class GroupShardDO extends StoredObject {
  private state: Opened | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const stored = this.meta.get("shard");
    if (stored) {
      const { conversationId, shard, shardCount } = JSON.parse(stored) as { conversationId: string; shard: number; shardCount: number };
      this.open(conversationId, shard, shardCount);
    }
  }

  /** The router's entry: every call from another service arrives here as an envelope. */
  async receive(envelope: Uint8Array): Promise<Result<unknown>> {
    return receiveEnvelope(this, "groupShard", envelope);
  }

  /**
   * Takes the next entries of the group's log (ascending, contiguous). A new shard asks
   * for its seed first (`needSeed`). Returns `accepted: false` for a batch that does not
   * continue what this shard holds (the group resends from its cursor). The reply is held
   * by the output gate until the entries are durable here, so an accepted batch is never
   * lost.
   */
  async accept(conversationId: string, shard: number, shardCount: number, batch: StoredMessage[], seed?: ShardSeed): Promise<Result<{ accepted: boolean; needSeed?: boolean }>> {
    return resultOf(() => {
      if (!this.state) {
        if (!seed) return { accepted: false, needSeed: true };
        this.ctx.storage.transactionSync(() => {
          this.meta.set("shard", JSON.stringify({ conversationId, shard, shardCount }));
          this.open(conversationId, shard, shardCount).outbox.addTargets(seed.members, seed.fromSeq - 1);
        });
      }
      const s = this.state!;
      if (s.conversationId !== conversationId || s.shard !== shard) throw new AppError("internal", "shard object addressed with another shard's identity");
      const mine = (userId: string) => shardOf(userId, s.shardCount) === s.shard;
      const fresh: StoredMessage[] = [];
      const accepted = this.ctx.storage.transactionSync(() => {
        for (const m of batch) {
          if (m.seq <= s.log.lastSeq) continue;
          if (!s.log.insertReplica(m)) return false;
          applyMembershipEffect(s.outbox, m, mine);
          fresh.push(m);
        }
        return true;
      });
      s.outbox.appended(fresh);
      s.outbox.kick();
      return { accepted };
    });
  }

  /** Test configurations only (the TEST_HOOKS var): resets this object as a crash would. */
  async testAbort(): Promise<void> {
    return abortSelf(this.ctx, this.env);
  }

  override async alarm(): Promise<void> {
    this.alarms.fired();
    const s = this.state;
    if (!s) return;
    await s.outbox.onAlarm();
    // The replica only needs what some member is still owed.
    s.log.prune(s.outbox.minDelivered() + 1);
  }

  private open(conversationId: string, shard: number, shardCount: number): Opened {
    const sql = this.ctx.storage.sql;
    const messages = new MessageLog(sql, conversationId);
    const outbox = new Outbox(sql, messages, {
      deliver: (userId, batch) => this.deliver(conversationId, userId, batch),
      scheduleAlarm: (at) => this.alarms.schedule(at),
      concurrency: SHARD_CONCURRENCY,
    });
    this.state = { conversationId, shard, shardCount, log: messages, outbox };
    return this.state;
  }

  private async deliver(conversationId: string, userId: string, batch: StoredMessage[]): Promise<boolean> {
    try {
      const traceId = batch[0]?.messageId;
      const result = await routerFor(this.env).call("user.deliver", userId, [userId, conversationId, batch], { source: "groupShard", ...(traceId ? { traceId } : {}) });
      if (!result.ok) log.warn("shard.deliver_failed", { conversationId, userId, traceId, error: result.error });
      return result.ok;
    } catch (err) {
      log.warn("shard.deliver_threw", { conversationId, userId, err });
      return false;
    }
  }
}
