/**
 * The rules for what a client may append to a conversation log, shared by 1:1
 * conversations and groups: replies must point into the conversation, mentions at its
 * members, `@all` needs the right role, edits change only the editor's own messages, and
 * recalls are the sender's within the recall window (or a group admin's at any time).
 * Runs inside the owning object's transaction, right before and after the append; the
 * target of an edit or recall is patched wherever it lives (hot row or R2 archive).
 */
import { AppError } from "../../shared/errors.js";
import { contentIssue, type SendAck } from "../../shared/protocol.js";
import type { Archive } from "./archive.js";
import { isEventEntry, type AppendInput, type AppendOutcome, type StoredMessage } from "./message-log.js";

export interface EntryPolicy {
  now: number;
  recallWindowMs: number;
  isMember(userId: string): boolean;
  canMentionAll(actorId: string): boolean;
  /** May `actorId` recall a message of `senderId` regardless of the window (group admins)? */
  canRecallAnyTime(actorId: string, senderId: string): boolean;
}

/** The sender's ack for an appended entry, or for the stored one a repeat found. */
export function ackOf({ message, duplicate }: AppendOutcome): SendAck {
  return { messageId: message.messageId, conversationId: message.conversationId, seq: message.seq, ts: message.ts, clientMsgId: message.clientMsgId, ...(duplicate ? { duplicate } : {}) };
}

/** A message by id, hot or archived (an R2 read for archived ones). */
export async function findMessage(archive: Archive, messageId: string): Promise<StoredMessage | undefined> {
  const found = archive.log.locate(messageId);
  if (!found) return undefined;
  if ("hot" in found) return found.hot;
  return (await archive.read(found.archived.seq, found.archived.seq, 1))[0];
}

/**
 * The archived targets of the edits and recalls in a batch, read before the append
 * transaction (which cannot await R2). Hot targets are read inside it.
 */
export async function resolveTargets(archive: Archive, items: AppendInput[]): Promise<Map<string, StoredMessage>> {
  const out = new Map<string, StoredMessage>();
  for (const item of items) {
    const id = item.message.targetId;
    if (!id || out.has(id) || (item.message.type !== "edit" && item.message.type !== "recall")) continue;
    const found = archive.log.locate(id);
    if (found && !("hot" in found)) {
      const message = (await archive.read(found.archived.seq, found.archived.seq, 1))[0];
      if (message) out.set(id, message);
    }
  }
  return out;
}

/**
 * Validates and appends one client entry (message, edit or recall) and applies its effect
 * on the target. A resend of a stored clientMsgId skips the rules: its first outcome
 * stands even if the rules would refuse it now (the target was recalled since, the window
 * passed). `archivedTargets` comes from resolveTargets. Throws AppError (`not_found`,
 * `forbidden`, `bad_request`, `conflict`, `idempotency_mismatch`).
 */
export function appendEntry(archive: Archive, archivedTargets: Map<string, StoredMessage>, input: AppendInput, policy: EntryPolicy): AppendOutcome & { target?: StoredMessage } {
  const log = archive.log;
  const { senderId, message } = input;
  const plain = message.type !== "edit" && message.type !== "recall" && !message.replyTo && !message.mentions?.length && !message.mentionAll;
  // A plain message has no rule to check: append() alone dedupes it (one lookup on the hot path).
  if (plain || log.hasClientMsgId(senderId, message.clientMsgId)) return log.append(input, policy.now);

  if (message.type === "edit" || message.type === "recall") {
    const target = message.targetId ? (log.byId(message.targetId) ?? archivedTargets.get(message.targetId)) : undefined;
    if (!target) throw new AppError("not_found", "no such message in this conversation");
    if (isEventEntry(target)) throw new AppError("bad_request", `a ${target.type} entry cannot be changed`);
    if (target.recalled) throw new AppError("conflict", "this message was recalled");
    if (message.type === "edit") {
      if (target.senderId !== senderId) throw new AppError("forbidden", "you can only edit your own messages");
      const issue = contentIssue(target.type, input.content ?? message.content);
      if (issue) throw new AppError("bad_request", `invalid edit: ${issue.path}: ${issue.message}`);
      const outcome = log.append(input, policy.now);
      log.keepVersion(target);
      archive.patch(target.seq, { content: input.content ?? message.content, editedAt: policy.now }, policy.now);
      return { ...outcome, target };
    }
    const own = target.senderId === senderId;
    const inWindow = policy.now - target.ts <= policy.recallWindowMs;
    if (!(own && inWindow) && !policy.canRecallAnyTime(senderId, target.senderId)) {
      throw new AppError("forbidden", own ? "the recall window for this message has passed" : "you can only recall your own messages");
    }
    const outcome = log.append(input, policy.now);
    log.forgetRecalled(target);
    archive.patch(target.seq, { content: {}, recalled: true }, policy.now);
    return { ...outcome, target };
  }

  if (message.replyTo && !log.locate(message.replyTo)) throw new AppError("not_found", "replyTo: no such message in this conversation");
  for (const user of message.mentions ?? []) {
    if (!policy.isMember(user)) throw new AppError("bad_request", `mentions: ${user} is not a member of this conversation`);
  }
  if (message.mentionAll && !policy.canMentionAll(senderId)) throw new AppError("forbidden", "only group owners and admins can mention everyone");
  return log.append(input, policy.now);
}
