/** What every workload gets from the orchestrator (bench/run.ts). */
import type { UserPool } from "../lib/accounts.js";
import type { Profile } from "../lib/profile.js";
import type { Server } from "../lib/servers.js";

export interface BenchContext {
  profile: Profile;
  /** Unique per run: names of rooms, groups and clientMsgIds. */
  runId: string;
  /** The IMServer Worker now running (W4 replaces it with fresh processes). */
  im: Server;
  /** The ceiling Worker now running. */
  ceiling: Server;
  pool: UserPool;
  log(line: string): void;
  /** Stops the running IMServer and starts a fresh process on the same state (accounts kept). */
  restartIm(): Promise<Server>;
  /** Stops the running ceiling and starts a fresh, empty one. */
  restartCeiling(): Promise<Server>;
}
