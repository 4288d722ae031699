/**
 * The Markdown report of a run (bench/results/latest.md, and the generated block of
 * docs/performance.md): context, the summary table, then the details per workload.
 */
import type { BenchResults, ConnectionRun, LatencyRun, ThroughputRun } from "../lib/results.js";
import type { LatencySummary } from "../lib/stats.js";
import { formatNumber, markdownTable } from "./table.js";
import type { Row } from "./targets.js";

export const BEGIN = "<!-- BEGIN GENERATED: bench-results -->";
export const END = "<!-- END GENERATED: bench-results -->";

/** Replaces the generated block of a document (markers kept). Throws if the markers are missing. */
export function replaceBlock(doc: string, block: string): string {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the document has no ${BEGIN} … ${END} block`);
  return `${doc.slice(0, start + BEGIN.length)}\n${block.trim()}\n${doc.slice(end)}`;
}

const n = (v: number | undefined) => formatNumber(v);
const mib = (bytes: number | undefined) => (bytes === undefined ? "—" : `${formatNumber(bytes / 1_048_576)} MiB`);

function latencyLine(label: string, s: LatencySummary | undefined): string {
  if (!s) return `| ${label} | — | — | — | — | — | — |`;
  return `| ${label} | ${s.count} | ${n(s.p50)} | ${n(s.p95)} | ${n(s.p99)} | ${n(s.p999)} | ${n(s.max)} |`;
}

function latencyTable(runs: Array<[string, LatencyRun]>): string {
  const lines = ["| run | samples | p50 ms | p95 ms | p99 ms | p99.9 ms | max ms |", "|---|---:|---:|---:|---:|---:|---:|"];
  for (const [label, run] of runs) {
    lines.push(latencyLine(`${label}: send→ack`, run.ack));
    if (run.receive) lines.push(latencyLine(`${label}: send→receive`, run.receive));
  }
  return lines.join("\n");
}

function throughputTable(runs: ThroughputRun[]): string {
  const lines = [
    "| run | streams × receivers | window | sent | acked | failed | deliveries | deliveries/s | acks/s | p50 / p99 delivery ms | server CPU ms / delivery | lost | dup | out of order |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of runs) {
    const lat = r.deliveryLatency ? `${n(r.deliveryLatency.p50)} / ${n(r.deliveryLatency.p99)}` : "—";
    lines.push(
      `| ${r.label} | ${r.streams} × ${r.receiversPerStream} | ${r.window} | ${r.sent} | ${r.acked} | ${r.failed} | ${r.delivered} | ${n(r.deliveriesPerSec)} | ${n(r.acksPerSec)} | ${lat} | ${n(r.serverCpuPerDeliveryMs)} | ${r.ledger.lost} | ${r.ledger.duplicates} | ${r.ledger.outOfOrder} |`,
    );
  }
  return lines.join("\n");
}

function connectionTable(runs: ConnectionRun[]): string {
  const lines = [
    "| run | opened | failed | RSS before | RSS connected | RSS after idle | KiB / connection | connect all s | connects/s | connect p50 / p99 ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of runs) {
    const lat = r.connect ? `${n(r.connect.p50)} / ${n(r.connect.p99)}` : "—";
    lines.push(`| ${r.label} | ${r.opened} | ${r.failed} | ${mib(r.rssBeforeBytes)} | ${mib(r.rssConnectedBytes)} | ${r.idleMs > 0 ? `${mib(r.rssAfterBytes)} (${r.idleMs / 1000} s)` : "—"} | ${n(r.perConnectionKiB)} | ${n(r.connectTotalMs / 1000)} | ${n(r.connectsPerSec)} | ${lat} |`);
  }
  return lines.join("\n");
}

function outcomeNote(o: { status: string; reason?: string; error?: string }): string {
  return o.status === "not_available" ? `Not available: ${o.reason}.` : `Failed: ${o.error}`;
}

/** The whole report. `svgPath` is how the Markdown links to the chart. */
export function renderReport(results: BenchResults, rows: readonly Row[], svgPath: string): string {
  const m = results.machine;
  const out: string[] = [];
  out.push(
    `**${results.mode === "full" ? "Full" : "Quick (smoke)"} run** of ${results.startedAt.slice(0, 19).replace("T", " ")} UTC, ${Math.round(results.durationMs / 1000)} s; ` +
      `${m.cpus} × ${m.cpuModel}, ${Math.round(m.memoryBytes / 2 ** 30)} GiB; load average ${m.loadAverageStart.map((l) => l.toFixed(2)).join(" / ")} at start` +
      (m.cpuBusyShare === undefined ? "" : `, CPU ${Math.round(m.cpuBusyShare * 100)} % busy during the run`) +
      `; node ${results.versions["node"]}, wrangler ${results.versions["wrangler"]}, workerd ${results.versions["workerd"]}; commit ${results.git.commit.slice(0, 10)}${results.git.dirty ? " (uncommitted changes)" : ""}.`,
  );
  if (results.notes.length > 0) out.push("", ...results.notes.map((note) => `> ${note}`));
  out.push("", markdownTable(rows), "", `![latency distributions and ratios](${svgPath})`);

  const w = results.workloads;
  if (w.W1) {
    out.push("", "#### W1 round-trip latency");
    if (w.W1.status === "ok") {
      const d = w.W1.data;
      out.push(
        "",
        latencyTable([
          [d.imserver.label, d.imserver],
          [d.imserverBinary.label, d.imserverBinary],
          [d.ceilingStore.label, d.ceilingStore],
          [d.ceilingTopology.label, d.ceilingTopology],
          [d.ceilingEcho.label, d.ceilingEcho],
        ]),
      );
    } else out.push("", outcomeNote(w.W1));
  }
  if (w.W2) {
    out.push("", "#### W2 1:1 throughput");
    out.push("", w.W2.status === "ok" ? throughputTable([w.W2.data.imserver, w.W2.data.ceilingStore, w.W2.data.ceilingTopology]) : outcomeNote(w.W2));
  }
  if (w.W3) {
    out.push("", "#### W3 group fan-out");
    if (w.W3.status === "ok") {
      const notes = w.W3.data.runs.filter((r) => r.imserver.status !== "ok").map((r) => `IMServer, ${r.members} members: ${outcomeNote(r.imserver as never)}`);
      out.push("", throughputTable(w.W3.data.runs.flatMap((r) => [...(r.imserver.status === "ok" ? [r.imserver.data] : []), r.ceilingTopology, r.ceilingStore, r.ceilingBroadcast])));
      if (notes.length > 0) out.push("", ...notes);
    } else out.push("", outcomeNote(w.W3));
  }
  if (w.W4) {
    out.push("", "#### W4 idle connections");
    out.push("", w.W4.status === "ok" ? connectionTable(w.W4.data.runs.flatMap((r) => [r.imserver, r.ceilingMembers, r.ceilingRoom])) : outcomeNote(w.W4));
  }
  if (w.W5) {
    out.push("", "#### W5 TCP bridge");
    if (w.W5.status === "ok") {
      const d = w.W5.data;
      out.push("", latencyTable([[d.latency.ws.label, d.latency.ws], [d.latency.tcp.label, d.latency.tcp]]), "", throughputTable([d.throughput.ws, d.throughput.tcp]));
    } else out.push("", outcomeNote(w.W5));
  }
  if (w.W6) {
    out.push("", "#### W6 catch-up");
    if (w.W6.status === "ok") {
      const lines = ["| run | messages | synced in s | connect ms | pages | lost | dup |", "|---|---:|---:|---:|---:|---:|---:|"];
      for (const r of [w.W6.data.imserver, w.W6.data.ceiling]) {
        lines.push(`| ${r.label} | ${r.messages} | ${n(r.syncedMs / 1000)} | ${n(r.connectMs)} | ${r.pages} | ${r.ledger.lost} | ${r.ledger.duplicates} |`);
      }
      out.push("", lines.join("\n"));
    } else out.push("", outcomeNote(w.W6));
  }
  return out.join("\n") + "\n";
}
