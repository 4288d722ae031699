/**
 * WebSocket close codes IMServer sends (4000-4999 belong to the application). Part of the
 * wire contract: the TCP bridge maps each to the ERROR frame its TCP client gets.
 */
export const CLOSE = {
  replaced: { code: 4001, reason: "replaced by a newer connection of this device" },
  sessionEnded: { code: 4003, reason: "session ended" },
} as const;
