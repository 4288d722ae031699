/**
 * Reading a V8 CPU profile (the DevTools `.cpuprofile` format): where the samples fell, by
 * function, as self time (the function itself) and inclusive time (with what it called).
 */

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based. */
  lineNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  startTime: number;
  endTime: number;
}

export interface FunctionShare {
  /** `name file:line` (1-based line). */
  fn: string;
  /** Share of all samples, 0–1. */
  self: number;
  inclusive: number;
}

const keyOf = (f: CallFrame) => `${f.functionName || "(anonymous)"} ${f.url.split("/").pop() || "(native)"}:${f.lineNumber + 1}`;

/** Every function seen in the samples with its self and inclusive share, by inclusive share. */
export function functionShares(profile: CpuProfile): FunctionShare[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hits = new Map<number, number>();
  for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, count] of hits) {
    const node = byId.get(id);
    if (!node) continue;
    const own = keyOf(node.callFrame);
    self.set(own, (self.get(own) ?? 0) + count);
    // A recursive function counts once per sample in its inclusive time.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = keyOf(byId.get(cur)!.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + count);
    }
  }
  const total = profile.samples.length || 1;
  return [...inclusive]
    .map(([fn, n]) => ({ fn, self: (self.get(fn) ?? 0) / total, inclusive: n / total }))
    .sort((a, b) => b.inclusive - a.inclusive || b.self - a.self);
}
