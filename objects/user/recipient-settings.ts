/**
 * A user's notification settings as the notification service needs them: is this
 * conversation muted, has the user blocked that sender. Read inside the user's own UserDO
 * (the owner of that state), behind this small interface so the notification code does
 * not depend on where the settings are stored: the mute flag is in the conversation index,
 * blocks in the user's block list (docs/conversations.md).
 */
import type { Blocks } from "./blocks.js";
import type { ConversationIndex } from "./conversation-index.js";

export interface RecipientSettings {
  /** Whether notifications of this conversation are muted at `now` (mutes may expire). */
  isMuted(conversationId: string, now: number): boolean;
  /** Whether the user blocked `senderId`. */
  hasBlocked(senderId: string): boolean;
}

/** The settings stored in this user's SQLite. */
export function storedSettings(index: ConversationIndex, blocks: Blocks): RecipientSettings {
  return {
    isMuted: (conversationId) => index.position(conversationId)?.muted === true,
    hasBlocked: (senderId) => blocks.has(senderId),
  };
}
