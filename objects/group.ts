/**
 * GroupDO: one per group (`g:<groupId>`). Owns membership, roles, mutes, settings *and*
 * the group's message log, so every authorization check and the append it guards happen
 * in one synchronous step: a removed or muted member can never slip a message in.
 * A thin RPC surface over group/core.ts (state), group/commands.ts (management),
 * log/entries.ts (append rules) and group/fanout.ts (delivery to members).
 */
import { abortSelf } from "../workers/test-hooks.js";
import { AppError, fail, ok, resultOf, type Result } from "../shared/errors.js";
import { parseConversationId } from "../shared/ids.js";
import { log } from "../shared/log.js";
import type {
  EditsResult,
  GroupCreateInput,
  GroupInfo,
  GroupMember,
  GroupMemberPatch,
  GroupSettings,
  HistoryResult,
  Presence,
  ReadersResult,
  ReceiptsResult,
  SendAck,
} from "../shared/protocol.js";
import type { Packet } from "../shared/wire.js";
import { configFrom } from "../workers/config.js";
import { publish } from "../workers/events/publisher.js";
import { METRICS } from "../workers/observability/catalog.js";
import { Inbox } from "../workers/router/inbox.js";
import { receiveEnvelope } from "../workers/router/receive.js";
import { routerFor } from "../workers/router/router.js";
import { forEachBounded } from "./concurrency.js";
import { FRAME_HEADROOM, type ConversationRpc, type HistoryQuery, type ReceiptMark, type SendItem } from "./conversation/api.js";
import * as commands from "./group/commands.js";
import { GroupCore } from "./group/core.js";
import { INDEX_TARGET, isUserTarget, parseShardTarget, shardName } from "./group/fanout.js";
import { projectToIndex } from "./group/index-projection.js";
import { allowed, authorize, RANK } from "./group/permissions.js";
import { Compactor } from "./log/compaction.js";
import { ackOf, appendEntry, findMessage, resolveTargets, type EntryPolicy } from "./log/entries.js";
import { entryEvents } from "./log/entry-events.js";
import { readRange } from "./log/history.js";
import { EVENTS_TARGET } from "./log/message-events.js";
import { jsonBytes, toWire, type StoredMessage } from "./log/message-log.js";
import { screenSends } from "./log/send-path.js";
import { StoredObject } from "./stored-object.js";

/** Notifications name at most this many recipients per event (the bus's limit). */
const MAX_EVENT_RECIPIENTS = 1_000;

export class GroupDO extends StoredObject implements ConversationRpc {
  private readonly inbox: Inbox;
  private core: GroupCore | undefined;
  private compactor: Compactor | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.inbox = new Inbox(ctx.storage.sql);
    const id = this.meta.get("conversation_id");
    if (id) this.open(id);
  }

  /** The router's entry: every call from another service arrives here as an envelope. */
  async receive(envelope: Uint8Array): Promise<Result<unknown>> {
    return receiveEnvelope(this, "group", envelope, this.inbox);
  }

  /** Whether `userId` is a member now (file access checks). */
  async isMember(conversationId: string, userId: string): Promise<Result<boolean>> {
    return resultOf(() => this.core?.conversationId === conversationId && this.core.roster.has(userId));
  }

  // ---------------------------------------------------------------------------
  // Group management
  // ---------------------------------------------------------------------------

  /**
   * Creates the group with `ownerId` as owner and `input.members` as members (each must be
   * a registered user). Errors: `not_found` (a user), `group_full`, `conflict`.
   */
  async create(conversationId: string, ownerId: string, input: GroupCreateInput): Promise<Result<GroupInfo>> {
    return resultOf(async () => {
      const ref = parseConversationId(conversationId);
      if (ref?.kind !== "group") throw new AppError("not_found", "no such group");
      const others = [...new Set(input.members)].filter((u) => u !== ownerId);
      const config = configFrom(this.env);
      if (others.length + 1 > config.groupMaxMembers) throw new AppError("group_full", `a group has at most ${config.groupMaxMembers} members`);
      if (this.core) return this.existing(ownerId);
      await this.requireUsers([ownerId, ...others]);
      // The D1 await let other calls in: only the first creates.
      if (this.core) return this.existing(ownerId);
      const outcome = this.ctx.storage.transactionSync(() => {
        this.meta.set("conversation_id", conversationId);
        const core = this.open(conversationId);
        core.outbox.addTargets([INDEX_TARGET], 0);
        return commands.createGroup(core, ref.groupId, ownerId, others, input, Date.now());
      });
      return this.after(outcome);
    });
  }

  /** Group info for a member, or for anyone when the group is open. Errors: `forbidden`, `not_found`. */
  async info(conversationId: string, userId: string): Promise<Result<GroupInfo>> {
    return resultOf(() => {
      const core = this.require(conversationId);
      if (!core.roster.has(userId) && core.record.joinPolicy !== "open") throw new AppError("forbidden", "you are not a member of this group");
      return core.infoFor(userId);
    });
  }

  /** A page of members by user id. Errors: `forbidden`, `not_found`. */
  async members(conversationId: string, userId: string, limit: number, cursor?: string): Promise<Result<{ groupId: string; members: GroupMember[]; nextCursor?: string }>> {
    return resultOf(() => {
      const core = this.require(conversationId);
      core.member(userId);
      return { groupId: core.groupId, ...core.roster.page(limit, cursor) };
    });
  }

  /** Adds registered users as members. Errors: `forbidden`, `not_found`, `group_full`. */
  async addMembers(conversationId: string, actorId: string, userIds: string[]): Promise<Result<GroupInfo>> {
    return resultOf(async () => {
      const core = this.require(conversationId);
      // Refuse early without touching D1; the command checks again after the D1 read,
      // inside the transaction, against the roster as it is then.
      core.active();
      authorize("add_members", core.role(actorId));
      const fresh = [...new Set(userIds)].filter((u) => !core.roster.has(u));
      commands.checkRoom(core, fresh.length);
      await this.requireUsers(fresh);
      return this.run(() => commands.addMembers(core, actorId, userIds, Date.now()));
    });
  }

  /** Joins an open group. Errors: `forbidden`, `not_found`, `group_full`. */
  async join(conversationId: string, userId: string): Promise<Result<GroupInfo>> {
    return resultOf(() => this.run(() => commands.joinGroup(this.require(conversationId), userId, Date.now())));
  }

  /** Removes a member, or leaves when `userId` is the caller. Errors: `forbidden`, `not_found`. */
  async removeMember(conversationId: string, actorId: string, userId: string): Promise<Result<{ removed: string; seq: number }>> {
    return resultOf(() => this.run(() => commands.removeMember(this.require(conversationId), actorId, userId, Date.now())));
  }

  /** Changes settings. Errors: `forbidden`, `not_found`. */
  async updateSettings(conversationId: string, actorId: string, settings: GroupSettings): Promise<Result<GroupInfo>> {
    return resultOf(() => this.run(() => commands.updateSettings(this.require(conversationId), actorId, settings, Date.now())));
  }

  /** Changes a member's role and/or mute. Errors: `forbidden`, `not_found`, `bad_request`. */
  async updateMember(conversationId: string, actorId: string, userId: string, patch: GroupMemberPatch): Promise<Result<GroupMember>> {
    return resultOf(() => this.run(() => commands.updateMember(this.require(conversationId), actorId, userId, patch, Date.now())));
  }

  /** Transfers ownership. Errors: `forbidden`, `not_found`, `bad_request`. */
  async transfer(conversationId: string, actorId: string, userId: string): Promise<Result<GroupInfo>> {
    return resultOf(() => this.run(() => commands.transferOwnership(this.require(conversationId), actorId, userId, Date.now())));
  }

  /** Dissolves the group. Errors: `forbidden`, `not_found`. */
  async dissolve(conversationId: string, actorId: string): Promise<Result<GroupInfo>> {
    return resultOf(() => this.run(() => commands.dissolveGroup(this.require(conversationId), actorId, Date.now())));
  }

  // ---------------------------------------------------------------------------
  // The conversation surface (same as ConversationDO)
  // ---------------------------------------------------------------------------

  /**
   * Appends a batch of entries from one sender's queue. Membership, mute, dissolution and
   * the append rules are checked per item inside the transaction, against the roster as
   * it is at that instant. Errors per item: `forbidden`, `muted`, `not_found`, `too_large`,
   * `bad_request`, `conflict`, `idempotency_mismatch`.
   */
  async send(conversationId: string, items: SendItem[]): Promise<Result<Result<SendAck>[]>> {
    return resultOf(async () => {
      const core = this.require(conversationId);
      const config = configFrom(this.env);
      const limit = config.maxFrameBytes - FRAME_HEADROOM;
      const now = Date.now();
      // Moderation, attachments and archived edit targets need awaits: they run first, and
      // every permission is checked again below, in the same step as the append.
      const screened = await screenSends({ env: this.env, config, log: core.log, conversationKind: "group", now }, items);
      const targets = await resolveTargets(core.archive, items);
      const fresh: StoredMessage[] = [];
      const results = this.ctx.storage.transactionSync(() =>
        screened.map((r, i): Result<SendAck> => {
          if (!r.ok) return r;
          const input = r.value;
          try {
            const record = core.active();
            const member = core.member(items[i]!.senderId);
            if (member.mutedUntil && member.mutedUntil > now) return fail("muted", `you are muted in this group until ${new Date(member.mutedUntil).toISOString()}`);
            if (record.muteAll && RANK[member.role] < RANK.admin) return fail("muted", "only admins can send while the group is muted");
            if (jsonBytes(input.content ? { ...input.message, content: input.content } : input.message) > limit) return fail("too_large", `message exceeds ${limit} bytes`);
            const outcome = appendEntry(core.archive, targets, input, this.policy(core, member.role, now));
            if (!outcome.duplicate) fresh.push(outcome.message);
            return ok(ackOf(outcome));
          } catch (err) {
            if (err instanceof AppError) return fail(err.code, err.message);
            throw err;
          }
        }),
      );
      core.outbox.appended(fresh);
      core.outbox.kick();
      if (fresh.length > 0) {
        METRICS.messagesStored.inc({ kind: "group" }, fresh.length);
        METRICS.fanout.observe({ kind: "group" }, core.roster.count);
      }
      return results;
    });
  }

  /**
   * A page of history for a member. With history visibility "joined" a member sees only
   * what was appended from their join on. A former member reads the span they belonged
   * for, up to the entry that removed them (what was delivered to them stays readable, as
   * in Matrix; nothing after). Errors: `forbidden`, `not_found`.
   */
  async history(conversationId: string, q: HistoryQuery): Promise<Result<HistoryResult>> {
    return resultOf(async () => {
      const core = this.require(conversationId);
      const span = this.readableSpan(core, q.userId);
      const floor = core.record.historyVisibility === "joined" ? span.joinSeq - 1 : 0;
      const after = Math.max(q.afterSeq ?? 0, floor);
      const lastSeq = Math.min(core.log.lastSeq, span.lastSeq);
      const backwards = q.beforeSeq !== undefined && q.beforeSeq > 0;
      // Backward pages are bounded by `beforeSeq`; forward pages read on and drop what lies
      // past the span (a `beforeSeq` there would turn them into newest-first pages).
      const query = backwards ? { ...q, afterSeq: after, beforeSeq: Math.min(q.beforeSeq!, lastSeq + 1) } : { ...q, afterSeq: after };
      if ((query.beforeSeq ?? Number.MAX_SAFE_INTEGER) <= after + 1 || after >= lastSeq) return { conversationId, messages: [], hasMore: false, lastSeq };
      const page = await readRange(core.archive, query);
      // A forward page has more only while it stopped short of the span's end.
      const hasMore = backwards ? page.hasMore : page.hasMore && (page.messages.at(-1)?.seq ?? lastSeq) < lastSeq;
      const inSpan = backwards ? page.messages : page.messages.filter((m) => m.seq <= lastSeq);
      return { conversationId, messages: core.hidden.apply(q.userId, inSpan).map(toWire), hasMore, lastSeq };
    });
  }

  /** The seqs `userId` may read: members from their join on, former members up to their removal. */
  private readableSpan(core: GroupCore, userId: string): { joinSeq: number; lastSeq: number } {
    const member = core.roster.get(userId);
    if (member) return { joinSeq: member.joinSeq, lastSeq: Number.MAX_SAFE_INTEGER };
    const former = core.roster.former(userId);
    if (former) return { joinSeq: former.joinSeq, lastSeq: former.leftSeq };
    throw new AppError("forbidden", "you are not a member of this group");
  }

  /** Moves a member's read position forward (feeds "read by N"). Errors: `forbidden`, `not_found`. */
  async receipt(conversationId: string, userId: string, mark: ReceiptMark): Promise<Result<null>> {
    return resultOf(() => {
      const core = this.require(conversationId);
      core.member(userId);
      core.positions.advance(userId, mark, core.log.lastSeq);
      return null;
    });
  }

  /** "Read by N" for messages the member can see. Errors: `forbidden`, `not_found`. */
  async receipts(conversationId: string, userId: string, seqs: number[]): Promise<Result<ReceiptsResult>> {
    return resultOf(() => {
      const core = this.require(conversationId);
      const visible = this.visibleTo(core, userId);
      const messages = core.log.senders(seqs).filter((m) => m.seq >= visible);
      return { conversationId, memberCount: core.roster.count, receipts: core.positions.readCounts(messages) };
    });
  }

  /** Who read a message: the count always, the list in small groups. Errors: `forbidden`, `not_found`. */
  async readers(conversationId: string, userId: string, seq: number): Promise<Result<ReadersResult>> {
    return resultOf(() => {
      const core = this.require(conversationId);
      const message = seq >= this.visibleTo(core, userId) ? core.log.senders([seq])[0] : undefined;
      if (!message) throw new AppError("not_found", "no such message in this conversation");
      const readBy = core.positions.readCounts([message])[0]!.readBy;
      const small = core.config.groupSmallMaxMembers;
      const listed = core.roster.count <= small;
      return { conversationId, seq, readBy, listed, userIds: listed ? core.positions.readers(seq, message.senderId, small) : [] };
    });
  }

  /** Every version of a message. Errors: `forbidden`, `not_found`. */
  async edits(conversationId: string, userId: string, messageId: string): Promise<Result<EditsResult>> {
    return resultOf(async () => {
      const core = this.require(conversationId);
      const visible = this.visibleTo(core, userId);
      const message = await findMessage(core.archive, messageId);
      if (!message || message.seq < visible) throw new AppError("not_found", "no such message in this conversation");
      return { conversationId, messageId, versions: core.log.versions(message) };
    });
  }

  /** Deletes messages for the caller only. Errors: `forbidden`, `not_found`. */
  async hide(conversationId: string, userId: string, messageIds: string[]): Promise<Result<{ messageIds: string[] }>> {
    return resultOf(() => {
      const core = this.require(conversationId);
      core.member(userId);
      core.hidden.hide(core.log, userId, messageIds);
      return { messageIds };
    });
  }

  /**
   * A member is typing: pushed (never stored) to the other members of a small group;
   * ignored in larger groups. Errors: `forbidden`, `not_found`.
   */
  async typing(conversationId: string, userId: string, stop: boolean): Promise<Result<null>> {
    return resultOf(() => {
      const core = this.require(conversationId);
      core.active();
      core.member(userId);
      this.signalMembers(core, userId, { op: "typing", d: { conversationId, userId, stop, ttlMs: core.config.typingTtlMs } });
      return null;
    });
  }

  /** A member's presence changed: pushed to the other members of a small group. */
  async presence(conversationId: string, userId: string, presence: Presence): Promise<Result<null>> {
    return resultOf(() => {
      const core = this.core;
      if (!core || core.record.dissolvedAt || !core.roster.has(userId)) return null;
      this.signalMembers(core, userId, { op: "presence", d: presence });
      return null;
    });
  }

  /** Test configurations only (the TEST_HOOKS var): resets this object as a crash would. */
  async testAbort(): Promise<void> {
    return abortSelf(this.ctx, this.env);
  }

  override async alarm(): Promise<void> {
    this.alarms.fired();
    await this.core?.outbox.onAlarm();
    // One archive segment per alarm: bounded work, and the next step gets a fresh alarm.
    if (this.compactor?.due()) {
      await this.compactor.step();
      if (this.compactor.due()) this.alarms.schedule(Date.now() + 50);
    }
  }

  // ---------------------------------------------------------------------------

  private policy(core: GroupCore, role: GroupMember["role"], now: number): EntryPolicy {
    return {
      now,
      recallWindowMs: core.config.recallWindowMs,
      isMember: (user) => core.roster.has(user),
      canMentionAll: () => allowed("mention_all", role),
      // Admins recall their own messages any time, and those of members they outrank;
      // a former member's messages count as a member's.
      canRecallAnyTime: (actor, sender) => (actor === sender ? RANK[role] >= RANK.admin : allowed("recall_any", role, core.role(sender) ?? "member")),
    };
  }

  /** The first seq `userId` may see. Throws `forbidden` for non-members. */
  private visibleTo(core: GroupCore, userId: string): number {
    const member = core.member(userId);
    return core.record.historyVisibility === "joined" ? member.joinSeq : 1;
  }

  /** Pushes an ephemeral packet to the other members of a small group. */
  private signalMembers(core: GroupCore, from: string, packet: Packet): void {
    if (core.roster.count > core.config.groupSmallMaxMembers) return;
    const targets = core.roster.ids().filter((u) => u !== from);
    const router = routerFor(this.env);
    this.ctx.waitUntil(forEachBounded(targets, 16, (u) => router.call("user.signal", u, [u, from, [packet]], { source: "group" })));
  }

  /** Runs a command in one transaction, then fans out what it appended. */
  private async run<T>(command: () => commands.Outcome<T>): Promise<T> {
    return this.after(this.ctx.storage.transactionSync(command));
  }

  private async after<T>(outcome: commands.Outcome<T>): Promise<T> {
    const core = this.core!;
    if (outcome.appended.length > 0) {
      core.outbox.appended(outcome.appended);
      // Read-your-writes for GET /v1/groups: the D1 index is updated before the fan-out
      // starts (which delays it by one D1 write), so the reply never queues behind
      // thousands of deliveries. A failure is retried from the alarm (armed above); the
      // command itself is already committed.
      await core.outbox.flush(INDEX_TARGET);
      core.outbox.kick();
    }
    return outcome.value;
  }

  private existing(ownerId: string): GroupInfo {
    const core = this.core!;
    if (core.record.ownerId !== ownerId) throw new AppError("conflict", "this group id is taken");
    return core.infoFor(ownerId);
  }

  private require(conversationId: string): GroupCore {
    const core = this.core;
    if (!core || core.conversationId !== conversationId) throw new AppError("not_found", "no such group");
    return core;
  }

  /** Throws `not_found` naming a user id that is not registered. */
  private async requireUsers(userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    const found = await this.env.DB.prepare("SELECT id FROM users WHERE id IN (SELECT value FROM json_each(?))").bind(JSON.stringify(userIds)).all<{ id: string }>();
    const known = new Set(found.results.map((r) => r.id));
    const missing = userIds.find((u) => !known.has(u));
    if (missing) throw new AppError("not_found", `no such user: ${missing}`);
  }

  private open(conversationId: string): GroupCore {
    const config = configFrom(this.env);
    const core = new GroupCore(this.ctx.storage.sql, this.meta, conversationId, config, {
      deliver: (target, batch) => this.deliver(target, batch),
      scheduleAlarm: (at) => this.alarms.schedule(at),
      bucket: this.env.ARCHIVE,
    });
    // The bus is owed every entry from now on (a log that predates it starts at its end).
    core.outbox.addTargets([EVENTS_TARGET], core.log.lastSeq);
    this.compactor = new Compactor(core.archive, config.archive, {
      bucket: this.env.ARCHIVE,
      transaction: (fn) => this.ctx.storage.transactionSync(fn),
      deliveredUpTo: () => core.outbox.persistedUpTo(),
    });
    this.core = core;
    return core;
  }

  private async deliver(target: string, batch: StoredMessage[]): Promise<boolean> {
    const core = this.core!;
    const traceId = batch[0]?.messageId;
    const options = { source: "group", ...(traceId ? { traceId } : {}) };
    try {
      if (target === INDEX_TARGET) {
        await projectToIndex(this.env.DB, core.groupId, batch);
        return true;
      }
      if (target === EVENTS_TARGET) {
        // The roster is read once per batch (not per message), and only if a message needs it.
        let ids: string[] | undefined;
        const members = () => (ids ??= core.roster.ids());
        const events = batch.flatMap((m) => entryEvents({ kind: "group", source: `group:${core.groupId}`, log: core.log, recipients: (msg) => this.recipients(core, members, msg) }, m));
        if (events.length > 0) await publish(this.env.EVENTS, events);
        return true;
      }
      const shard = parseShardTarget(target);
      if (shard !== undefined) return await this.deliverToShard(core, shard, batch, options);
      if (!isUserTarget(target)) return true;
      const result = await routerFor(this.env).call("user.deliver", target, [target, core.conversationId, batch], options);
      if (!result.ok) log.warn("group.deliver_failed", { conversationId: core.conversationId, userId: target, traceId, error: result.error });
      // A member handed over to shards may have been the last one the shards waited for.
      if (result.ok && core.fanout.sharded) setTimeout(() => core.outbox.kick(), 0);
      return result.ok;
    } catch (err) {
      log.warn("group.deliver_threw", { conversationId: core.conversationId, target, err });
      return false;
    }
  }

  /**
   * Who a new group message may notify: the members other than the sender, when they fit
   * one event. Larger groups publish without recipients (docs/groups.md: not notified yet).
   */
  private recipients(core: GroupCore, members: () => string[], m: StoredMessage): string[] | undefined {
    if (core.roster.count > MAX_EVENT_RECIPIENTS + 1) return undefined;
    const others = members().filter((u) => u !== m.senderId);
    // The sender may have left since: never publish an event the bus would refuse.
    return others.length <= MAX_EVENT_RECIPIENTS ? others : undefined;
  }

  private async deliverToShard(core: GroupCore, shard: number, batch: StoredMessage[], options: { source: string; traceId?: string }): Promise<boolean> {
    const key = shardName(core.conversationId, shard);
    const router = routerFor(this.env);
    const { shardCount, fromSeq } = core.fanout;
    let result = await router.call("groupShard.accept", key, [core.conversationId, shard, shardCount, batch], options);
    if (result.ok && result.value.needSeed) {
      result = await router.call("groupShard.accept", key, [core.conversationId, shard, shardCount, batch, { fromSeq, members: core.seed(shard) }], options);
    }
    if (!result.ok) log.warn("group.shard_failed", { conversationId: core.conversationId, shard, error: result.error });
    return result.ok && result.value.accepted;
  }
}
