/** Layered over wrangler.toml for the benchmark only (recorded in every run's notes). */
export const IM_OVERRIDES = {
  // Registering thousands of users at the production cost (100,000 iterations) would take minutes.
  PBKDF2_ITERATIONS: "1000",
  // Tokens outlive the run.
  ACCESS_TOKEN_TTL_SECONDS: "86400",
  // Per-user rate limits at their maximum: a workload is the load, not abuse. The checks
  // still run on every message; only the thresholds move.
  RATE_MSGS_PER_SEC: "100000",
  RATE_MSGS_BURST: "1000000",
  RATE_OPS_PER_SEC: "100000",
  RATE_OPS_BURST: "1000000",
};
