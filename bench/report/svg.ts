/**
 * The chart, written as SVG by hand (no chart library): latency distributions of the 1:1
 * round trip (W1, W5) and of group delivery (W3) as percentile curves on a log scale, and
 * every IMServer/ceiling ratio as a bar from parity, coloured by its target.
 */
import type { BenchResults, LatencyRun, ThroughputRun } from "../lib/results.js";
import { DISTRIBUTION_POINTS, type Distribution } from "../lib/stats.js";
import { formatNumber } from "./table.js";
import type { Row } from "./targets.js";

export interface Series {
  label: string;
  points: Distribution;
  /** Ceiling series are dashed. */
  ceiling: boolean;
}

const WIDTH = 960;
const PLOT = { left: 70, right: 600, legend: 620 };
const COLORS = ["#1565c0", "#6a1b9a", "#00838f", "#ef6c00", "#8d6e63", "#546e7a", "#ad1457", "#2e7d32"];
const MET = { yes: "#2e7d32", no: "#c62828", none: "#9e9e9e" };

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const fmt = (n: number) => Number(n.toFixed(1));

function text(x: number, y: number, content: string, attrs = ""): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}"${attrs ? " " + attrs : ""}>${escapeXml(content)}</text>`;
}

/** Powers of ten (and 2×, 5× when the range is narrow) inside [lo, hi]. */
export function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  const narrow = Math.log10(hi / lo) < 2.5;
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of narrow ? [1, 2, 5] : [1]) {
      const v = m * 10 ** e;
      if (v >= lo * 0.999 && v <= hi * 1.001) ticks.push(v);
    }
  }
  return ticks;
}

/** A percentile-curve panel; returns its SVG and height. */
export function distributionPanel(title: string, series: readonly Series[], top: number): { svg: string; height: number } {
  const height = Math.max(300, 90 + series.length * 18);
  const plotTop = top + 40;
  const plotBottom = top + height - 50;
  const parts: string[] = [text(PLOT.left, top + 22, title, 'font-size="15" font-weight="bold"')];
  const values = series.flatMap((s) => s.points.map(([, v]) => Math.max(v, 0.01)));
  if (values.length === 0) {
    parts.push(text(PLOT.left, top + 70, "no data in this run", 'fill="#777"'));
    return { svg: parts.join("\n"), height: 110 };
  }
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values) * 1.0001));
  const y = (v: number) => plotBottom - ((Math.log10(Math.max(v, 0.01)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (plotBottom - plotTop);
  const n = DISTRIBUTION_POINTS.length;
  const xOf = (i: number) => PLOT.left + (i * (PLOT.right - PLOT.left)) / (n - 1);
  const xIndex = new Map<number, number>(DISTRIBUTION_POINTS.map((p, i) => [p, i]));

  parts.push(`<rect x="${PLOT.left}" y="${plotTop}" width="${PLOT.right - PLOT.left}" height="${fmt(plotBottom - plotTop)}" fill="none" stroke="#bbb"/>`);
  for (const t of logTicks(lo, hi)) {
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${fmt(y(t))}" y2="${fmt(y(t))}" stroke="#eee"/>`);
    parts.push(text(PLOT.left - 6, y(t) + 4, formatNumber(t), 'text-anchor="end" font-size="11" fill="#555"'));
  }
  DISTRIBUTION_POINTS.forEach((p, i) => {
    const label = p === 0 ? "min" : p === 100 ? "max" : `p${p}`;
    parts.push(text(xOf(i), plotBottom + 16, label, 'text-anchor="middle" font-size="11" fill="#555"'));
  });
  parts.push(text(PLOT.left - 50, (plotTop + plotBottom) / 2, "ms", 'font-size="11" fill="#555"'));

  series.forEach((s, k) => {
    const color = COLORS[k % COLORS.length]!;
    const d = s.points
      .filter(([p]) => xIndex.has(p))
      .map(([p, v], j) => `${j === 0 ? "M" : "L"}${fmt(xOf(xIndex.get(p)!))},${fmt(y(v))}`)
      .join(" ");
    parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"${s.ceiling ? ' stroke-dasharray="6 4"' : ""}/>`);
    const ly = plotTop + 8 + k * 18;
    parts.push(`<line x1="${PLOT.legend}" x2="${PLOT.legend + 24}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"${s.ceiling ? ' stroke-dasharray="6 4"' : ""}/>`);
    const p50 = s.points.find(([p]) => p === 50)?.[1];
    const p99 = s.points.find(([p]) => p === 99)?.[1];
    const summary = p50 !== undefined && p99 !== undefined ? ` (p50 ${formatNumber(p50)}, p99 ${formatNumber(p99)} ms)` : "";
    parts.push(text(PLOT.legend + 30, ly + 4, s.label + summary, 'font-size="11"'));
  });
  return { svg: parts.join("\n"), height };
}

/** Ratio bars (log scale, from parity); returns its SVG and height. */
export function ratioPanel(rows: readonly Row[], top: number): { svg: string; height: number } {
  const bars = rows.filter((r) => r.ratio !== undefined && Number.isFinite(r.ratio) && r.ratio > 0);
  const rowHeight = 24;
  const height = 70 + Math.max(1, bars.length) * rowHeight;
  const parts: string[] = [text(20, top + 22, "IMServer / ceiling (log scale; | marks a ratio target: green met, red missed)", 'font-size="15" font-weight="bold"')];
  if (bars.length === 0) {
    parts.push(text(20, top + 60, "no ratios in this run", 'fill="#777"'));
    return { svg: parts.join("\n"), height };
  }
  const labelWidth = 380;
  const x0 = 20 + labelWidth;
  const x1 = WIDTH - 90;
  const marks = bars.flatMap((r) => [r.ratio!, ...(r.check?.kind === "ratio" ? [r.check.bound] : [])]);
  const lo = Math.min(0.1, 10 ** Math.floor(Math.log10(Math.min(...marks))));
  const hi = Math.max(10, 10 ** Math.ceil(Math.log10(Math.max(...marks) * 1.0001)));
  const x = (v: number) => x0 + ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (x1 - x0);
  const plotTop = top + 36;
  const plotBottom = plotTop + bars.length * rowHeight;
  for (const t of logTicks(lo, hi)) {
    parts.push(`<line x1="${fmt(x(t))}" x2="${fmt(x(t))}" y1="${plotTop}" y2="${plotBottom}" stroke="${t === 1 ? "#999" : "#eee"}"/>`);
    parts.push(text(x(t), plotBottom + 14, `${formatNumber(t)}×`, 'text-anchor="middle" font-size="11" fill="#555"'));
  }
  bars.forEach((r, k) => {
    const yMid = plotTop + k * rowHeight + rowHeight / 2;
    // A bar shows a ratio, so it is coloured by a verdict only when the target is that ratio.
    const color = r.check?.kind !== "ratio" || r.met === undefined ? MET.none : r.met ? MET.yes : MET.no;
    const a = x(Math.min(1, r.ratio!));
    const b = x(Math.max(1, r.ratio!));
    parts.push(text(20, yMid + 4, r.workload, 'font-size="11"'));
    parts.push(`<rect x="${fmt(a)}" y="${fmt(yMid - 7)}" width="${fmt(Math.max(1, b - a))}" height="14" fill="${color}" opacity="0.85"/>`);
    if (r.check?.kind === "ratio") {
      const tx = x(r.check.bound);
      parts.push(`<line x1="${fmt(tx)}" x2="${fmt(tx)}" y1="${fmt(yMid - 10)}" y2="${fmt(yMid + 10)}" stroke="#000" stroke-width="2"/>`);
    }
    parts.push(text(x1 + 8, yMid + 4, `${formatNumber(r.ratio)}×`, 'font-size="11"'));
  });
  return { svg: parts.join("\n"), height };
}

const latencySeries = (run: LatencyRun | undefined, which: "receive" | "ack", label: string, ceiling: boolean): Series[] => {
  const points = run ? (which === "receive" ? run.receiveDist : run.ackDist) : [];
  return points.length > 0 ? [{ label, points, ceiling }] : [];
};

const deliverySeries = (run: ThroughputRun | undefined, label: string, ceiling: boolean): Series[] =>
  run && run.deliveryDist.length > 0 ? [{ label, points: run.deliveryDist, ceiling }] : [];

/** The series of the round-trip panel (W1, W5). */
export function roundTripSeries(results: BenchResults): Series[] {
  const out: Series[] = [];
  const w1 = results.workloads.W1?.status === "ok" ? results.workloads.W1.data : undefined;
  if (w1) {
    out.push(...latencySeries(w1.imserver, "receive", "W1 IMServer send→receive", false));
    out.push(...latencySeries(w1.imserver, "ack", "W1 IMServer send→ack", false));
    out.push(...latencySeries(w1.ceilingStore, "receive", "W1 ceiling (c) send→receive", true));
    out.push(...latencySeries(w1.ceilingTopology, "receive", "W1 ceiling (d) send→receive", true));
    out.push(...latencySeries(w1.ceilingEcho, "ack", "W1 ceiling (a) echo", true));
  }
  const w5 = results.workloads.W5?.status === "ok" ? results.workloads.W5.data : undefined;
  if (w5) {
    out.push(...latencySeries(w5.latency.tcp, "receive", "W5 TCP (bridge) send→receive", false));
    out.push(...latencySeries(w5.latency.ws, "receive", "W5 WebSocket binary send→receive", false));
  }
  return out;
}

/** The series of the group panel (W3). */
export function groupSeries(results: BenchResults): Series[] {
  const out: Series[] = [];
  const w3 = results.workloads.W3?.status === "ok" ? results.workloads.W3.data : undefined;
  for (const run of w3?.runs ?? []) {
    const n = run.members.toLocaleString("en-US");
    out.push(...deliverySeries(run.imserver.status === "ok" ? run.imserver.data : undefined, `W3 IMServer, ${n} members`, false));
    out.push(...deliverySeries(run.ceilingTopology, `W3 ceiling (d), ${n} members`, true));
    out.push(...deliverySeries(run.ceilingStore, `W3 ceiling (c), ${n} sockets`, true));
  }
  return out;
}

/** The whole chart as one SVG document. */
export function renderSvg(results: BenchResults, rows: readonly Row[]): string {
  const header = `IMServer benchmark, ${results.mode} run, ${results.startedAt.slice(0, 16).replace("T", " ")} UTC, ${results.machine.cpus} CPUs (load ${results.machine.loadAverageStart.map((l) => l.toFixed(2)).join(" ")})`;
  let top = 40;
  const panels: string[] = [];
  for (const build of [
    (t: number) => distributionPanel("1:1 round trip: latency by percentile (W1, W5)", roundTripSeries(results), t),
    (t: number) => distributionPanel("Group delivery latency by percentile (W3)", groupSeries(results), t),
    (t: number) => ratioPanel(rows, t),
  ]) {
    const panel = build(top);
    panels.push(panel.svg);
    top += panel.height + 10;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${top}" viewBox="0 0 ${WIDTH} ${top}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    text(20, 24, header, 'font-size="13" fill="#333"'),
    ...panels,
    "</svg>",
    "",
  ].join("\n");
}
