/** How much each workload does: the full run (the figures) and the quick smoke run. */

/**
 * `slices`: IMServer and its ceilings run interleaved, one slice each in turn, so a busy
 * spell on the machine hits both (see bench/lib/drive.ts, interleave).
 */
export interface Profile {
  name: "full" | "quick";
  w1: { messages: number; warmup: number; capMs: number; slices: number };
  w2: { pairs: number; window: number; durationMs: number; drainMs: number; slices: number };
  /** Group sizes (members, sender included) and messages per size (≈ 100,000 deliveries each in the full run). */
  w3: { sizes: number[]; messages: Record<number, number>; window: number; maxSendMs: number; drainMs: number; slices: number };
  /** idleMs: how long the sockets stay idle before the memory reading (0: read right after connecting). */
  w4: { counts: number[]; concurrency: number; settleMs: number; idleMs: number };
  w5: { messages: number; warmup: number; pairs: number; window: number; durationMs: number };
  w6: { messages: number; window: number; pageLimit: number };
}

export const FULL: Profile = {
  name: "full",
  w1: { messages: 2_000, warmup: 100, capMs: 180_000, slices: 10 },
  w2: { pairs: 50, window: 10, durationMs: 20_000, drainMs: 20_000, slices: 4 },
  w3: { sizes: [100, 1_000], messages: { 100: 1_000, 1_000: 100 }, window: 10, maxSendMs: 30_000, drainMs: 30_000, slices: 4 },
  w4: { counts: [1_000, 3_000], concurrency: 50, settleMs: 2_000, idleMs: 15_000 },
  w5: { messages: 2_000, warmup: 100, pairs: 50, window: 10, durationMs: 20_000 },
  w6: { messages: 10_000, window: 50, pageLimit: 500 },
};

export const QUICK: Profile = {
  name: "quick",
  w1: { messages: 300, warmup: 30, capMs: 60_000, slices: 3 },
  w2: { pairs: 10, window: 10, durationMs: 4_000, drainMs: 10_000, slices: 2 },
  w3: { sizes: [100], messages: { 100: 100 }, window: 10, maxSendMs: 10_000, drainMs: 10_000, slices: 2 },
  w4: { counts: [300], concurrency: 50, settleMs: 1_000, idleMs: 0 },
  w5: { messages: 200, warmup: 20, pairs: 10, window: 10, durationMs: 3_000 },
  w6: { messages: 2_000, window: 50, pageLimit: 500 },
};

export const WORKLOADS = ["W1", "W2", "W3", "W4", "W5", "W6"] as const;
export type WorkloadId = (typeof WORKLOADS)[number];

export interface RunOptions {
  profile: Profile;
  only: WorkloadId[];
  /** Where results go; the default depends on the profile. */
  outDir: string | undefined;
  /** Rewrite the results section of docs/performance.md. */
  writeDocs: boolean;
  /** Re-render the outputs of this saved results JSON instead of running. */
  render: string | undefined;
}

/** Parses `npm run bench -- [--quick] [--only W1,W3] [--out dir] [--docs|--no-docs] [--render results.json]`. Throws on unknown flags. */
export function parseArgs(argv: readonly string[]): RunOptions {
  let quick = false;
  let only: WorkloadId[] = [...WORKLOADS];
  let outDir: string | undefined;
  let docs: boolean | undefined;
  let render: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--quick") quick = true;
    else if (arg === "--docs") docs = true;
    else if (arg === "--no-docs") docs = false;
    else if (arg === "--only" || arg === "--out" || arg === "--render") {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      if (arg === "--out") outDir = value;
      else if (arg === "--render") render = value;
      else {
        const ids = value.split(",").map((s) => s.trim().toUpperCase());
        const bad = ids.filter((id) => !(WORKLOADS as readonly string[]).includes(id));
        if (bad.length > 0) throw new Error(`unknown workload ${bad.join(", ")} (known: ${WORKLOADS.join(", ")})`);
        only = ids as WorkloadId[];
      }
    } else throw new Error(`unknown option ${arg} (use --quick, --only W1,W2, --out <dir>, --docs, --no-docs, --render <results.json>)`);
  }
  const profile = quick ? QUICK : FULL;
  // Only a full run of every workload speaks for the project in docs/performance.md.
  return { profile, only, outDir, writeDocs: docs ?? (!quick && !render && only.length === WORKLOADS.length), render };
}
