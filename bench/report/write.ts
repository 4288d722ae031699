/** Writes a run's outputs: the JSON, the Markdown table and report, the SVG, and the docs block. */
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { BenchResults } from "../lib/results.js";
import { ROOT } from "../lib/servers.js";
import { renderReport, replaceBlock } from "./markdown.js";
import { renderSvg } from "./svg.js";
import { textTable } from "./table.js";
import { evaluate } from "./targets.js";

export interface Written {
  json?: string;
  svg: string;
  md: string;
  docs?: string;
  table: string;
}

/**
 * `<outDir>/[quick-]latest.{json,md,svg}`, plus `<date>-<mode>.json` unless `keepJson`
 * (re-rendering a saved run), and the results block of docs/performance.md if asked.
 */
export function writeOutputs(results: BenchResults, outDir: string, options: { writeDocs: boolean; writeJson: boolean }): Written {
  const rows = evaluate(results);
  const prefix = results.mode === "quick" ? "quick-" : "";
  const svg = join(outDir, `${prefix}latest.svg`);
  const md = join(outDir, `${prefix}latest.md`);
  const written: Written = { svg, md, table: textTable(rows) };
  if (options.writeJson) {
    const stamp = results.startedAt.replace(/[:]/g, "-").replace(/\..*$/, "");
    const json = JSON.stringify(results, null, 2) + "\n";
    written.json = join(outDir, `${stamp}-${results.mode}.json`);
    writeFileSync(written.json, json);
    writeFileSync(join(outDir, `${prefix}latest.json`), json);
  }
  writeFileSync(svg, renderSvg(results, rows));
  writeFileSync(md, `# IMServer benchmark results\n\n${renderReport(results, rows, `./${prefix}latest.svg`)}`);
  if (options.writeDocs) {
    written.docs = join(ROOT, "docs", "performance.md");
    writeFileSync(written.docs, replaceBlock(readFileSync(written.docs, "utf8"), renderReport(results, rows, relative(join(ROOT, "docs"), svg))));
  }
  return written;
}
