/**
 * What a user does to their own state, shared by the WebSocket dispatcher and the UserDO's
 * RPC methods (which HTTP routes call), so both transports behave the same: reading,
 * receipts, pin/mute, delete for me, blocks, typing, presence queries.
 */
import { AppError, unwrap } from "../../shared/errors.js";
import { directConversationId, parseConversationId } from "../../shared/ids.js";
import { log } from "../../shared/log.js";
import type { Block, ConversationState, Presence } from "../../shared/protocol.js";
import type { Config } from "../../workers/config.js";
import { routerFor } from "../../workers/router/router.js";
import { conversationService, resolveConversation } from "../conversations.js";
import type { Blocks } from "./blocks.js";
import type { ConversationIndex } from "./conversation-index.js";
import type { Sockets } from "./sockets.js";
import type { TypingThrottle } from "./typing.js";

/** One user's object, as the actions need it. */
export interface UserScope {
  userId: string;
  env: Env;
  config: Config;
  index: ConversationIndex;
  sockets: Sockets;
  blocks: Blocks;
  typing: TypingThrottle;
  now(): number;
}

/** Skips the device that made a change (it has the reply) when telling the others. */
const otherDevices = (device: string | undefined) => (device === undefined ? undefined : (s: { deviceId: string }) => s.deviceId === device);

/**
 * Moves the read position forward. The user's other devices get the new state, and the
 * conversation's owner learns the position (1:1 peer receipt, group "read by").
 * Returns the conversation's state. Throws `not_found`.
 */
export async function markRead(scope: UserScope, conversationId: string, seq: number, device?: string): Promise<ConversationState> {
  const state = scope.index.markRead(conversationId, seq, scope.now());
  if (!state) return scope.index.get(conversationId)!;
  scope.sockets.push([{ op: "conversation", d: state }], otherDevices(device));
  await forwardReceipt(scope, conversationId, { readSeq: state.readSeq });
  return state;
}

/**
 * Records a device's delivery ack; in 1:1 it becomes the sender's delivered mark. Returns
 * the conversation's last seq (what a device's own mark is clamped to). Throws `not_found`.
 */
export async function markDelivered(scope: UserScope, conversationId: string, seq: number): Promise<number> {
  const mark = scope.index.markDelivered(conversationId, seq);
  if (mark.moved && mark.kind === "direct") await forwardReceipt(scope, conversationId, { deliveredSeq: mark.deliveredSeq });
  return mark.lastSeq;
}

/**
 * Tells the conversation's owner about a moved position. Best effort beyond the
 * platform's retries: positions only grow, so the next mark carries this one too.
 */
async function forwardReceipt(scope: UserScope, conversationId: string, mark: { readSeq?: number; deliveredSeq?: number }): Promise<void> {
  const ref = parseConversationId(conversationId);
  if (!ref) return;
  try {
    const result = await conversationService(scope.env, ref, { source: "user" }).receipt(scope.userId, mark);
    if (!result.ok) log.warn("receipt.forward_failed", { conversationId, error: result.error });
  } catch (err) {
    log.warn("receipt.forward_failed", { conversationId, err });
  }
}

/** Pins and/or mutes a conversation for this user. Throws `not_found`. */
export function updateConversation(scope: UserScope, conversationId: string, settings: { pinned?: boolean | undefined; muted?: boolean | undefined }, device?: string): ConversationState {
  const state = scope.index.updateSettings(conversationId, settings, scope.now());
  scope.sockets.push([{ op: "conversation", d: state }], otherDevices(device));
  return state;
}

/** Deletes messages for this user only; their other devices are told. Throws `forbidden`, `not_found`. */
export async function deleteForMe(scope: UserScope, conversationId: string, messageIds: string[], device?: string): Promise<{ conversationId: string; messageIds: string[] }> {
  const ref = resolveConversation(scope.userId, { conversationId });
  const { messageIds: hidden } = unwrap(await conversationService(scope.env, ref, { source: "user" }).hide(scope.userId, [...new Set(messageIds)]));
  scope.index.touch(conversationId, scope.now());
  const d = { conversationId, messageIds: hidden };
  scope.sockets.push([{ op: "deleted", d }], otherDevices(device));
  return d;
}

/**
 * Blocks a user: enforced first in the direct conversation (so a listed block is always
 * enforced), then listed here. Throws `bad_request`, `not_found`.
 */
export async function block(scope: UserScope, target: string): Promise<Block> {
  await setPairBlock(scope, target, true);
  scope.blocks.add(target, scope.now());
  // A repeat keeps the first block's time.
  return scope.blocks.get(target)!;
}

/** Revokes a block. Throws `bad_request`, `not_found` (not blocked). */
export async function unblock(scope: UserScope, target: string): Promise<void> {
  if (!scope.blocks.has(target)) throw new AppError("not_found", "you have not blocked this user");
  await setPairBlock(scope, target, false);
  scope.blocks.remove(target);
}

async function setPairBlock(scope: UserScope, target: string, blocked: boolean): Promise<void> {
  if (target === scope.userId) throw new AppError("bad_request", "you cannot block yourself");
  const id = directConversationId(scope.userId, target);
  unwrap(await routerFor(scope.env).call("conversation.setBlock", id, [id, scope.userId, blocked], { source: "user" }));
}

/** Forwards a typing indicator (throttled, never stored). Throws `forbidden`, `not_found`. */
export async function typing(scope: UserScope, conversationId: string, stop: boolean): Promise<void> {
  const ref = resolveConversation(scope.userId, { conversationId });
  if (!scope.typing.admit(ref.id, stop, scope.now())) return;
  if (ref.kind === "direct") {
    const peer = ref.members[0] === scope.userId ? ref.members[1] : ref.members[0];
    const packet = { op: "typing" as const, d: { conversationId: ref.id, userId: scope.userId, stop, ttlMs: scope.config.typingTtlMs } };
    await routerFor(scope.env).call("user.signal", peer, [peer, scope.userId, [packet]], { source: "user" });
    return;
  }
  unwrap(await routerFor(scope.env).call("group.typing", ref.id, [ref.id, scope.userId, stop], { source: "user" }));
}

/** Presence of up to LIMITS.presenceUsers users, asked of each user's object. */
export async function presenceOf(env: Env, userIds: string[]): Promise<Presence[]> {
  const unique = [...new Set(userIds)];
  return Promise.all(
    unique.map(async (u) => {
      const result = await routerFor(env).call("user.presence", u, [u], { source: "gateway" });
      return result.ok ? result.value : { userId: u, online: false, lastSeen: 0 };
    }),
  );
}
