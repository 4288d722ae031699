/**
 * WebSocket close codes IMServer sends (4000-4999 belong to the application). Part of the
 * wire contract: the TCP bridge maps each to the ERROR frame its TCP client gets.
 */
export const CLOSE = {
  replaced: { code: 4001, reason: "replaced by a newer connection of this device" },
  sessionEnded: { code: 4003, reason: "session ended" },
  /** An administrator suspended the account (docs/admin.md). */
  banned: { code: 4004, reason: "account suspended" },
  /** The connection kept sending after 100 rate-limit refusals in a row (docs/limits.md). */
  flooding: { code: 1008, reason: "rate limit exceeded" },
} as const;
