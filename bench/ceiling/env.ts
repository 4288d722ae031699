/** Bindings of the ceiling Worker (bench/ceiling/wrangler.toml). */
import type { Member, Sequencer } from "./topology.js";
import type { Room } from "./room.js";

export interface CeilingEnv {
  ROOMS: DurableObjectNamespace<Room>;
  SEQUENCERS: DurableObjectNamespace<Sequencer>;
  MEMBERS: DurableObjectNamespace<Member>;
}

/**
 * Text frames are `<op><payload>`: one leading character picks the path, so the ceiling
 * spends nothing on parsing. The payload is opaque and travels back unchanged.
 */
export const OP = {
  /** (a) echo to the sender. */
  echo: "e",
  /** (b) send to every socket of the object. */
  broadcast: "b",
  /** (c) insert one SQLite row, then broadcast. */
  storeBroadcast: "s",
  /** (d) through the sender's member object to the group's sequencer, which inserts and fans out. */
  group: "g",
  /** Setup for the catch-up ceiling: `f<count>|<body>` inserts count rows, replies `F<last id>`. */
  fill: "f",
  /** Catch-up ceiling: `r<after>|<limit>` replies `R` + a JSON page of rows above `after`. */
  read: "r",
  /** First frame on every accepted socket, so connect time covers the object answering. */
  hello: "h",
} as const;
