/**
 * The state of one group in its GroupDO: settings, roster, the group's message log and
 * its outbox, read positions and delete-for-me marks, all in the object's SQLite, plus the
 * fan-out mode. Everything here is synchronous so a caller can check authorization and
 * append in one step (inside `transactionSync`).
 */
import { AppError } from "../../shared/errors.js";
import type { GroupInfo, GroupMember, Role, SystemEvent } from "../../shared/protocol.js";
import type { Config } from "../../workers/config.js";
import { Archive } from "../log/archive.js";
import { HiddenMessages } from "../log/hidden.js";
import { MessageLog, type StoredMessage } from "../log/message-log.js";
import { Outbox } from "../log/outbox.js";
import { ReadPositions } from "../log/read-positions.js";
import type { Meta } from "../meta.js";
import { SYSTEM_SENDER, systemEntry } from "./events.js";
import {
  applyMembershipEffect,
  isUserTarget,
  parseShardTarget,
  shardCountFor,
  shardOf,
  shardTarget,
  type FanoutMode,
} from "./fanout.js";
import { GroupInfoStore, toGroupInfo, type GroupRecord } from "./info.js";
import { Roster } from "./roster.js";

export type GroupConfig = Pick<Config, "groupMaxMembers" | "fanoutShardThreshold" | "fanoutShardSize" | "groupSmallMaxMembers" | "recallWindowMs" | "typingTtlMs">;

export interface CoreOptions {
  deliver(target: string, batch: StoredMessage[]): Promise<boolean>;
  scheduleAlarm(at: number): void;
  /** The R2 bucket of archived log segments. */
  bucket: R2Bucket;
}

/** Failed attempts after which a member still owed direct deliveries stops holding the shards back. */
const HANDOVER_PATIENCE = 3;

export class GroupCore {
  readonly log: MessageLog;
  readonly archive: Archive;
  readonly outbox: Outbox;
  readonly roster: Roster;
  readonly info: GroupInfoStore;
  readonly positions: ReadPositions;
  readonly hidden: HiddenMessages;
  private mode: FanoutMode;
  private handoverDone = false;

  constructor(
    private readonly sql: SqlStorage,
    private readonly meta: Meta,
    readonly conversationId: string,
    readonly config: GroupConfig,
    options: CoreOptions,
  ) {
    this.log = new MessageLog(sql, conversationId);
    this.archive = new Archive(sql, options.bucket, this.log);
    this.outbox = new Outbox(sql, this.log, { deliver: options.deliver, scheduleAlarm: options.scheduleAlarm, ready: (target) => this.ready(target) });
    this.roster = new Roster(sql);
    this.info = new GroupInfoStore(sql);
    this.positions = new ReadPositions(sql);
    this.hidden = new HiddenMessages(sql);
    sql.exec("CREATE TABLE IF NOT EXISTS fanout_seed (shard INTEGER NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (shard, user_id))");
    const stored = meta.get("fanout");
    this.mode = stored ? (JSON.parse(stored) as FanoutMode) : { sharded: false, shardCount: 0, fromSeq: 0 };
  }

  get groupId(): string {
    return this.conversationId.slice(2);
  }

  get fanout(): FanoutMode {
    return this.mode;
  }

  get record(): GroupRecord {
    const r = this.info.record;
    if (!r) throw new AppError("not_found", "no such group");
    return r;
  }

  /** The record of a group that still exists. Throws `forbidden` once it was dissolved. */
  active(): GroupRecord {
    const r = this.record;
    if (r.dissolvedAt) throw new AppError("forbidden", "this group was dissolved");
    return r;
  }

  /** The caller's membership. Throws `forbidden` for non-members. */
  member(userId: string): GroupMember {
    const m = this.roster.get(userId);
    if (!m) throw new AppError("forbidden", "you are not a member of this group");
    return m;
  }

  role(userId: string): Role | undefined {
    return this.roster.get(userId)?.role;
  }

  infoFor(userId: string): GroupInfo {
    const role = this.role(userId);
    return toGroupInfo(this.record, this.roster.count, role, role ? this.log.lastSeq : undefined);
  }

  /**
   * Appends a system event and updates who receives deliveries. Call inside the
   * transaction that made the change, after updating the roster.
   */
  appendSystem(event: SystemEvent, now: number): StoredMessage {
    const { message } = this.log.append({ senderId: SYSTEM_SENDER, message: systemEntry(event, now) }, now);
    if (!this.mode.sharded) {
      if (this.roster.count > this.config.fanoutShardThreshold) this.switchToShards(message.seq);
      else applyMembershipEffect(this.outbox, message, () => true);
    }
    // Sharded: each shard derives the same effect from the message itself.
    return message;
  }

  /** The members a shard starts with (the roster when the group switched to shards). */
  seed(shard: number): string[] {
    return this.sql.exec<{ user_id: string }>("SELECT user_id FROM fanout_seed WHERE shard = ?", shard).toArray().map((r) => r.user_id);
  }

  /**
   * Moves fan-out from per-member cursors to shards at entry `seq`: members are owed up to
   * seq − 1 directly, shards deliver from seq on. The shards start only once the direct
   * deliveries are done (see `ready`), so no member sees a newer entry before an older one.
   */
  private switchToShards(seq: number): void {
    const shardCount = shardCountFor(this.config.groupMaxMembers, this.config.fanoutShardSize);
    for (const userId of this.roster.ids()) {
      this.sql.exec("INSERT OR IGNORE INTO fanout_seed (shard, user_id) VALUES (?, ?)", shardOf(userId, shardCount), userId);
    }
    this.outbox.retire(this.outbox.targets.filter(isUserTarget), seq - 1);
    this.outbox.addTargets(
      Array.from({ length: shardCount }, (_, k) => shardTarget(k)),
      seq - 1,
    );
    this.mode = { sharded: true, shardCount, fromSeq: seq };
    this.meta.set("fanout", JSON.stringify(this.mode));
  }

  /** Shards wait while members handed over from direct fan-out are still owed entries. */
  private ready(target: string): boolean {
    if (parseShardTarget(target) === undefined || this.handoverDone) return true;
    const handover = this.mode.fromSeq - 1;
    const waiting = this.outbox.targets.some(
      (t) => isUserTarget(t) && this.outbox.retiredAt(t) === handover && this.outbox.isLagging(t) && this.outbox.attempts(t) < HANDOVER_PATIENCE,
    );
    if (!waiting) this.handoverDone = true;
    return !waiting;
  }
}
