/** The benchmark's verdicts, table, Markdown report and SVG chart, from a fixed result. */
import { describe, expect, it } from "vitest";
import { BEGIN, END, renderReport, replaceBlock } from "../../../bench/report/markdown.js";
import { escapeXml, logTicks, renderSvg, roundTripSeries } from "../../../bench/report/svg.js";
import { cells, formatNumber, formatRatio, markdownTable, textTable } from "../../../bench/report/table.js";
import { evaluate, passes, row, type Row } from "../../../bench/report/targets.js";
import { fixture } from "./fixture.js";

const find = (rows: Row[], prefix: string) => {
  const r = rows.find((x) => x.workload.startsWith(prefix));
  if (!r) throw new Error(`no row ${prefix}: ${rows.map((x) => x.workload).join(", ")}`);
  return r;
};

describe("targets", () => {
  const rows = evaluate(fixture());

  it("judges W1 p99 send→receive as a ratio to the ceiling's (c)", () => {
    const r = find(rows, "W1 p99 send→receive");
    expect(r.imserver).toBe(198);
    expect(r.ceiling).toBe(99);
    expect(r.ratio).toBe(2);
    expect(r.met).toBe(true);
  });

  it("misses W2 below half the ceiling, and flags a duplicate as a fault", () => {
    expect(find(rows, "W2 1:1 throughput")).toMatchObject({ ratio: 0.4, met: false });
    expect(find(rows, "W2 lost + duplicated")).toMatchObject({ imserver: 1, ceiling: 0, met: false });
  });

  it("reports W3 'not available' per group size but still shows the ceilings", () => {
    const r100 = find(rows, "W3 group of 100: deliveries/s vs (d)");
    expect(r100).toMatchObject({ imserver: undefined, ceiling: 10_000, missing: "not available", met: undefined });
    const r1000 = find(rows, "W3 group of 1,000: deliveries/s vs (d)");
    expect(r1000).toMatchObject({ ratio: 0.7, met: true });
    expect(find(rows, "W3 group of 1,000: deliveries/s vs (c)")).toMatchObject({ met: undefined, target: "—" });
  });

  it("judges W4 memory against the member-object ceiling, and W6 against 3 s", () => {
    expect(find(rows, "W4 1,000 sockets: memory/connection")).toMatchObject({ ratio: 1.2, met: true });
    expect(find(rows, "W6 catch-up of 10,000 messages")).toMatchObject({ imserver: 3.5, met: false });
  });

  it("marks a workload that is not available without a verdict", () => {
    const w5 = rows.filter((r) => r.workload.startsWith("W5"));
    expect(w5).toHaveLength(2);
    for (const r of w5) expect(r).toMatchObject({ missing: "not available", met: undefined });
  });

  it("judges deltas and plain values", () => {
    expect(row("x", "ms", 1.8, 1, "≤ +1 ms", { kind: "delta", op: "<=", bound: 1 }).met).toBe(true);
    expect(row("x", "ms", 2.2, 1, "≤ +1 ms", { kind: "delta", op: "<=", bound: 1 }).met).toBe(false);
    expect(row("x", "s", 2, undefined, "≤ 3 s", { kind: "value", op: "<=", bound: 3 }).met).toBe(true);
    expect(row("x", "x", 5, 0, "≥ 50 %", { kind: "ratio", op: ">=", bound: 0.5 })).toMatchObject({ ratio: undefined, met: undefined });
    expect(passes({ kind: "ratio", op: ">=", bound: 0.6 }, 0.6)).toBe(true);
  });

  it("leaves out workloads that did not run", () => {
    const only = fixture();
    only.workloads = { W6: only.workloads.W6! };
    expect(evaluate(only).every((r) => r.workload.startsWith("W6"))).toBe(true);
  });
});

describe("table", () => {
  it("formats figures to three significant digits with grouping and no exponents", () => {
    expect(formatNumber(0.04023)).toBe("0.0402");
    expect(formatNumber(1.456)).toBe("1.46");
    expect(formatNumber(123.4)).toBe("123");
    expect(formatNumber(12_345.6)).toBe("12,346");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(0.00001234)).toBe("0.0000");
    expect(formatNumber(undefined)).toBe("—");
    expect(formatRatio(2)).toBe("2×");
    expect(formatRatio(undefined)).toBe("—");
  });

  it("renders the six columns, with 'not available' in the IMServer column", () => {
    const rows = evaluate(fixture());
    expect(cells(find(rows, "W1 p99 send→receive"))).toEqual(["W1 p99 send→receive", "198 ms", "99 ms", "2×", "≤ 3× (c)", "yes"]);
    expect(cells(find(rows, "W2 1:1 throughput"))).toEqual(["W2 1:1 throughput, 50 pairs", "400 msg/s", "1,000 msg/s", "0.4×", "≥ 50 % of (c)", "**no**"]);
    expect(cells(find(rows, "W5 throughput"))[1]).toBe("not available");
  });

  it("writes a Markdown table with a header, an alignment row and one line per row", () => {
    const rows = evaluate(fixture());
    const lines = markdownTable(rows).split("\n");
    expect(lines[0]).toBe("| workload | IMServer | ceiling | ratio | target | met? |");
    expect(lines[1]).toBe("|---|---:|---:|---:|---|---:|");
    expect(lines).toHaveLength(rows.length + 2);
    expect(markdownTable([row("a|b", "ms", 1, 1, "—")])).toContain("a\\|b");
  });

  it("aligns the terminal table and drops Markdown emphasis", () => {
    const text = textTable(evaluate(fixture()));
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^workload\s+IMServer\s+ceiling\s+ratio\s+target\s+met\?$/);
    expect(text).not.toContain("**");
    expect(lines.find((l) => l.startsWith("W2 1:1"))).toMatch(/ no$/);
  });
});

describe("markdown report", () => {
  it("replaces only the generated block and keeps the markers", () => {
    const doc = `# Perf\n\nmethod\n\n${BEGIN}\nold results\n${END}\n\nafter\n`;
    const out = replaceBlock(doc, "new results");
    expect(out).toBe(`# Perf\n\nmethod\n\n${BEGIN}\nnew results\n${END}\n\nafter\n`);
    expect(replaceBlock(out, "newer")).toContain(`${BEGIN}\nnewer\n${END}`);
    expect(() => replaceBlock("no markers", "x")).toThrow(/no .* block/);
  });

  it("says when and where it ran, links the chart and details each workload", () => {
    const md = renderReport(fixture(), evaluate(fixture()), "../bench/results/latest.svg");
    expect(md).toContain("**Full run** of 2026-11-26 12:00:00 UTC");
    expect(md).toContain("2 × Test CPU");
    expect(md).toContain("> a note <with> markup");
    expect(md).toContain("![latency distributions and ratios](../bench/results/latest.svg)");
    for (const heading of ["W1 round-trip latency", "W2 1:1 throughput", "W3 group fan-out", "W4 idle connections", "W5 TCP bridge", "W6 catch-up"]) expect(md).toContain(`#### ${heading}`);
    expect(md).toContain("Not available: no bridge.");
    expect(md).toContain("IMServer, 100 members: Not available: 404.");
  });
});

describe("svg", () => {
  const results = fixture();
  const svg = renderSvg(results, evaluate(results));

  it("is one well-formed SVG document with every element closed", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith("</svg>")).toBe(true);
    const opened = (svg.match(/<(text|svg)\b/g) ?? []).length;
    const closed = (svg.match(/<\/(text|svg)>/g) ?? []).length;
    expect(opened).toBe(closed);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("draws one curve per latency series, ceilings dashed, and one bar per ratio", () => {
    const series = roundTripSeries(results);
    expect(series.map((s) => s.label)).toEqual([
      "W1 IMServer send→receive",
      "W1 IMServer send→ack",
      "W1 ceiling (c) send→receive",
      "W1 ceiling (d) send→receive",
      "W1 ceiling (a) echo",
    ]);
    const paths = svg.match(/<path /g) ?? [];
    // 5 round-trip curves + 5 group curves (IMServer 1,000, two ceilings × 2 sizes).
    expect(paths).toHaveLength(10);
    const ratioRows = evaluate(results).filter((r) => r.ratio !== undefined && r.ratio > 0);
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="14"/g)).toHaveLength(ratioRows.length);
    expect(svg).toContain('fill="#c62828"');
    expect(svg).toContain('fill="#2e7d32"');
  });

  it("escapes text and says so when a panel has no data", () => {
    expect(escapeXml(`<a & "b" 'c'>`)).toBe("&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;");
    const empty = fixture();
    empty.workloads = {};
    const out = renderSvg(empty, []);
    expect(out.match(/no data in this run/g)).toHaveLength(2);
    expect(out).toContain("no ratios in this run");
  });

  it("puts log ticks at powers of ten, with 2× and 5× on narrow ranges", () => {
    expect(logTicks(0.01, 1000)).toEqual([0.01, 0.1, 1, 10, 100, 1000]);
    expect(logTicks(1, 10)).toEqual([1, 2, 5, 10]);
  });
});
