/**
 * The targets, evaluated against a run: one row per figure, as the table and the
 * chart show it. Pure: results in, rows out.
 */
import type { LedgerSummary } from "../lib/counting.js";
import type { BenchResults, Outcome, ThroughputRun } from "../lib/results.js";

export interface Check {
  /** ratio: imserver / ceiling; value: imserver alone; delta: imserver − ceiling. */
  kind: "ratio" | "value" | "delta";
  op: "<=" | ">=";
  bound: number;
}

export interface Row {
  workload: string;
  unit: string;
  imserver: number | undefined;
  ceiling: number | undefined;
  /** imserver / ceiling when both are known. */
  ratio: number | undefined;
  /** What the IMServer cell says when there is no figure ("not available", "failed"). */
  missing?: string;
  target: string;
  check?: Check;
  /** undefined: no target, or nothing to judge. */
  met: boolean | undefined;
}

export function passes(check: Check, value: number): boolean {
  return check.op === "<=" ? value <= check.bound : value >= check.bound;
}

function judged(check: Check | undefined, imserver: number | undefined, ceiling: number | undefined): boolean | undefined {
  if (!check || imserver === undefined || !Number.isFinite(imserver)) return undefined;
  if (check.kind === "value") return passes(check, imserver);
  if (ceiling === undefined || !Number.isFinite(ceiling)) return undefined;
  if (check.kind === "delta") return passes(check, imserver - ceiling);
  return ceiling === 0 ? undefined : passes(check, imserver / ceiling);
}

/** Builds one row, computing ratio and verdict. */
export function row(workload: string, unit: string, imserver: number | undefined, ceiling: number | undefined, target: string, check?: Check, missing?: string): Row {
  const ratio = imserver !== undefined && ceiling !== undefined && ceiling !== 0 ? imserver / ceiling : undefined;
  const r: Row = { workload, unit, imserver, ceiling, ratio, target, met: missing ? undefined : judged(check, imserver, ceiling) };
  if (check) r.check = check;
  if (missing) r.missing = missing;
  return r;
}

/** lost + duplicated + unexpected: 0 for a clean run. */
export function faults(s: LedgerSummary): number {
  return s.lost + s.duplicates + s.unexpected;
}

const missingOf = (o: Outcome<unknown> | undefined) => (o === undefined ? "not run" : o.status === "not_available" ? "not available" : o.status === "failed" ? "failed" : undefined);

/** Every row of the summary table, in workload order. */
export function evaluate(results: BenchResults): Row[] {
  const rows: Row[] = [];
  const w = results.workloads;

  if (w.W1) {
    const miss = missingOf(w.W1);
    const d = w.W1.status === "ok" ? w.W1.data : undefined;
    rows.push(row("W1 p99 send→receive", "ms", d?.imserver.receive?.p99, d?.ceilingStore.receive?.p99, "≤ 3× (c)", { kind: "ratio", op: "<=", bound: 3 }, miss));
    rows.push(row("W1 p50 send→receive", "ms", d?.imserver.receive?.p50, d?.ceilingStore.receive?.p50, "—", undefined, miss));
    rows.push(row("W1 p99 send→ack", "ms", d?.imserver.ack?.p99, d?.ceilingStore.ack?.p99, "—", undefined, miss));
  }

  if (w.W2) {
    const miss = missingOf(w.W2);
    const d = w.W2.status === "ok" ? w.W2.data : undefined;
    rows.push(row(`W2 1:1 throughput, ${d?.imserver.streams ?? "N"} pairs`, "msg/s", d?.imserver.deliveriesPerSec, d?.ceilingStore.deliveriesPerSec, "≥ 50 % of (c)", { kind: "ratio", op: ">=", bound: 0.5 }, miss));
    rows.push(row("W2 1:1 throughput vs (d)", "msg/s", d?.imserver.deliveriesPerSec, d?.ceilingTopology.deliveriesPerSec, "—", undefined, miss));
    rows.push(row("W2 server CPU per message", "ms", d?.imserver.serverCpuPerDeliveryMs, d?.ceilingStore.serverCpuPerDeliveryMs, "—", undefined, miss));
    rows.push(row("W2 lost + duplicated", "msgs", d && faults(d.imserver.ledger), d && faults(d.ceilingStore.ledger), "0", { kind: "value", op: "<=", bound: 0 }, miss));
  }

  if (w.W3) {
    if (w.W3.status !== "ok") rows.push(row("W3 group fan-out", "deliveries/s", undefined, undefined, "≥ 60 % of (d)", { kind: "ratio", op: ">=", bound: 0.6 }, missingOf(w.W3)));
    else
      for (const run of w.W3.data.runs) {
        const im: ThroughputRun | undefined = run.imserver.status === "ok" ? run.imserver.data : undefined;
        const miss = missingOf(run.imserver);
        const n = run.members.toLocaleString("en-US");
        rows.push(row(`W3 group of ${n}: deliveries/s vs (d)`, "deliveries/s", im?.deliveriesPerSec, run.ceilingTopology.deliveriesPerSec, "≥ 60 % of (d)", { kind: "ratio", op: ">=", bound: 0.6 }, miss));
        rows.push(row(`W3 group of ${n}: deliveries/s vs (c)`, "deliveries/s", im?.deliveriesPerSec, run.ceilingStore.deliveriesPerSec, "—", undefined, miss));
        rows.push(row(`W3 group of ${n}: p99 delivery`, "ms", im?.deliveryLatency?.p99, run.ceilingTopology.deliveryLatency?.p99, "—", undefined, miss));
        rows.push(row(`W3 group of ${n}: server CPU per delivery`, "ms", im?.serverCpuPerDeliveryMs, run.ceilingTopology.serverCpuPerDeliveryMs, "—", undefined, miss));
        if (im) rows.push(row(`W3 group of ${n}: lost + duplicated`, "msgs", faults(im.ledger), faults(run.ceilingTopology.ledger), "0", { kind: "value", op: "<=", bound: 0 }));
      }
  }

  if (w.W4) {
    if (w.W4.status !== "ok") rows.push(row("W4 idle sockets: memory per connection", "KiB", undefined, undefined, "≤ 1.5×", { kind: "ratio", op: "<=", bound: 1.5 }, missingOf(w.W4)));
    else
      for (const run of w.W4.data.runs) {
        const n = run.count.toLocaleString("en-US");
        rows.push(row(`W4 ${n} sockets: memory/connection`, "KiB", run.imserver.perConnectionKiB, run.ceilingMembers.perConnectionKiB, "≤ 1.5× (member objects)", { kind: "ratio", op: "<=", bound: 1.5 }));
        rows.push(row(`W4 ${n} sockets: memory/connection vs one object`, "KiB", run.imserver.perConnectionKiB, run.ceilingRoom.perConnectionKiB, "—"));
        rows.push(row(`W4 ${n} sockets: time to connect all`, "s", run.imserver.connectTotalMs / 1000, run.ceilingMembers.connectTotalMs / 1000, "—"));
      }
  }

  if (w.W5) {
    const miss = missingOf(w.W5);
    const d = w.W5.status === "ok" ? w.W5.data : undefined;
    rows.push(row("W5 p50 send→receive, TCP vs WebSocket", "ms", d?.latency.tcp.receive?.p50, d?.latency.ws.receive?.p50, "≤ +1 ms", { kind: "delta", op: "<=", bound: 1 }, miss));
    rows.push(row("W5 throughput, TCP vs WebSocket", "msg/s", d?.throughput.tcp.deliveriesPerSec, d?.throughput.ws.deliveriesPerSec, "≥ 80 %", { kind: "ratio", op: ">=", bound: 0.8 }, miss));
  }

  if (w.W6) {
    const miss = missingOf(w.W6);
    const d = w.W6.status === "ok" ? w.W6.data : undefined;
    rows.push(row(`W6 catch-up of ${d ? d.imserver.messages.toLocaleString("en-US") : "M"} messages`, "s", d && d.imserver.syncedMs / 1000, d && d.ceiling.syncedMs / 1000, "≤ 3 s", { kind: "value", op: "<=", bound: 3 }, miss));
    if (d) rows.push(row("W6 lost + duplicated", "msgs", faults(d.imserver.ledger), faults(d.ceiling.ledger), "0", { kind: "value", op: "<=", bound: 0 }));
  }
  return rows;
}
