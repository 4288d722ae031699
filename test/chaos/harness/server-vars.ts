/**
 * Worker vars of a chaos run: the test hooks on (fault injection, test configuration only),
 * fast password hashing, and rate limits lifted far above what the workload sends so every
 * refusal the checker sees comes from a fault, not from a limit (docs/limits.md; the abuse
 * tests in test/security/ keep the defaults).
 */
export const QUEUE_FAILURE_RATE = 0.3;
/** Pushes dropped by user objects on purpose (FI-4): clients must pull the gaps. */
export const PUSH_DROP_RATE = 0.05;

export const CHAOS_VARS: Record<string, string> = {
  TEST_HOOKS: "1",
  TEST_FAULT_QUEUE_RETRY_RATE: String(QUEUE_FAILURE_RATE),
  TEST_FAULT_PUSH_DROP_RATE: String(PUSH_DROP_RATE),
  PBKDF2_ITERATIONS: "1000",
  LOG_LEVEL: "error",
  RATE_MSGS_PER_SEC: "100000",
  RATE_MSGS_BURST: "1000000",
  RATE_OPS_PER_SEC: "100000",
  RATE_OPS_BURST: "1000000",
  MAX_DEVICES_PER_USER: "1000",
  EVENT_RETRY_BASE_SECONDS: "1",
};
