/**
 * A user's notification settings as the notification service needs them: is this
 * conversation muted, has the user blocked that sender. Read inside the user's own UserDO
 * (the owner of that state), behind this small interface so the notification code does
 * not depend on where the settings are stored.
 *
 * Muting and blocking belong to the conversation-features work (issue 3), which stores them
 * in this object. Until it lands nothing is muted or blocked; it then replaces
 * `storedSettings` with an implementation over its tables (see docs/notifications.md).
 */
export interface RecipientSettings {
  /** Whether notifications of this conversation are muted at `now` (mutes may expire). */
  isMuted(conversationId: string, now: number): boolean;
  /** Whether the user blocked `senderId`. */
  hasBlocked(senderId: string): boolean;
}

/** The settings stored in this user's SQLite. */
export function storedSettings(_sql: SqlStorage): RecipientSettings {
  return {
    isMuted: () => false,
    hasBlocked: () => false,
  };
}
