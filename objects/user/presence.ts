/**
 * Presence of one user: online while any device is connected, otherwise offline with the
 * time the last device left. Transitions are pushed to the peers of the user's recent
 * direct conversations and to their small groups (the GroupDO decides what "small" is).
 * Presence is ephemeral: a lost push is corrected by the next transition or a query.
 */
import type { Presence } from "../../shared/protocol.js";
import type { Packet } from "../../shared/wire.js";
import { routerFor } from "../../workers/router/router.js";
import { forEachBounded } from "../concurrency.js";
import type { Meta } from "../meta.js";
import type { ConversationIndex } from "./conversation-index.js";

/** How many recent conversations of each kind hear about a transition. */
const ANNOUNCE_PEERS = 200;
const ANNOUNCE_GROUPS = 100;

export class PresenceState {
  constructor(private readonly meta: Meta) {}

  /** Records activity now (a device connected or left). */
  touch(now: number): void {
    this.meta.set("last_seen", String(now));
  }

  of(userId: string, online: boolean, now: number): Presence {
    return { userId, online, lastSeen: online ? now : Number(this.meta.get("last_seen") ?? 0) };
  }
}

/** Pushes a presence change to the user's recent peers and groups. Never throws. */
export async function announcePresence(env: Env, index: ConversationIndex, presence: Presence): Promise<void> {
  const packet: Packet = { op: "presence", d: presence };
  const peers = index.recent("direct", ANNOUNCE_PEERS).flatMap((r) => (r.peerId ? [r.peerId] : []));
  const groups = index.recent("group", ANNOUNCE_GROUPS).map((r) => r.conversationId);
  const router = routerFor(env);
  await forEachBounded([...peers.map((p) => ({ peer: p })), ...groups.map((g) => ({ group: g }))], 8, async (t) => {
    if ("peer" in t) await router.call("user.signal", t.peer, [t.peer, presence.userId, [packet]], { source: "user" });
    else await router.call("group.presence", t.group, [t.group, presence.userId, presence], { source: "user" });
  });
}
