/** The summary table: Markdown for files and docs, aligned text for the terminal. */
import type { Row } from "./targets.js";

const HEADER = ["workload", "IMServer", "ceiling", "ratio", "target", "met?"] as const;

/** A figure for a table cell: 3 significant digits, thousands grouped, never exponent notation. */
export function formatNumber(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return "—";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString("en-US");
  if (abs >= 100) return String(Math.round(value));
  if (abs === 0) return "0";
  if (abs < 0.001) return value.toFixed(4);
  return String(Number(value.toPrecision(3)));
}

export function formatRatio(ratio: number | undefined): string {
  return ratio === undefined || !Number.isFinite(ratio) ? "—" : `${formatNumber(ratio)}×`;
}

function verdict(met: boolean | undefined): string {
  return met === undefined ? "—" : met ? "yes" : "**no**";
}

/** The cells of one row, formatted. */
export function cells(r: Row): string[] {
  const unit = (v: number | undefined) => (v === undefined ? "—" : `${formatNumber(v)} ${r.unit}`);
  return [r.workload, r.missing ?? unit(r.imserver), unit(r.ceiling), formatRatio(r.ratio), r.target, verdict(r.met)];
}

const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A GitHub-flavoured Markdown table. */
export function markdownTable(rows: readonly Row[]): string {
  const lines = [`| ${HEADER.join(" | ")} |`, `|${HEADER.map((_, i) => (i === 0 || i === 4 ? "---" : "---:")).join("|")}|`];
  for (const r of rows) lines.push(`| ${cells(r).map(escapeCell).join(" | ")} |`);
  return lines.join("\n");
}

/** The same table as aligned plain text for the terminal. */
export function textTable(rows: readonly Row[]): string {
  const body = rows.map((r) => cells(r).map((c) => c.replace(/\*\*/g, "")));
  const all = [[...HEADER], ...body];
  const widths = HEADER.map((_, i) => Math.max(...all.map((line) => [...line[i]!].length)));
  const pad = (text: string, i: number) => (i === 0 || i === 4 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!));
  const render = (line: string[]) => line.map(pad).join("  ").trimEnd();
  return [render(all[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(render)].join("\n");
}
