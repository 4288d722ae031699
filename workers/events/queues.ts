/** Queue names as wrangler.toml declares them; the queue handler switches on these. */
export const QUEUES = {
  events: "imserver-events",
  deliveries: "imserver-deliveries",
  deadLetters: "imserver-dlq",
} as const;

/** Where a dead letter goes back to on replay. */
export type ReplayQueue = "events" | "deliveries";
