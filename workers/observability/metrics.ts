/**
 * Metrics: counters, gauges and histograms kept in an in-memory registry (per isolate)
 * and, when the Analytics Engine binding is present, written there as data points.
 *
 * Locally the Worker and every Durable Object share one isolate, so `/metrics` (Prometheus
 * text) shows the whole server; in production each isolate sees only its own traffic and
 * Analytics Engine is the aggregate (docs/observability.md has the data-point layout).
 */
export type Labels = Record<string, string | number | boolean>;

/** What Analytics Engine's `writeDataPoint` takes (a subset). */
export interface DataPointSink {
  writeDataPoint(point: { indexes?: string[]; blobs?: string[]; doubles?: number[] }): void;
}

/** Series per metric before new label combinations collapse into `other` (cardinality guard). */
const MAX_SERIES = 1_000;

export const LATENCY_BUCKETS_MS = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000] as const;
export const SIZE_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000] as const;

let sink: DataPointSink | undefined;

/** Sends every observation from now on to Analytics Engine too (undefined: registry only). */
export function setMetricsSink(next: DataPointSink | undefined): void {
  sink = next;
}

function write(name: string, labelNames: readonly string[], labels: Labels, value: number): void {
  if (!sink) return;
  try {
    // Layout (docs/observability.md): index1 = metric; blob1 = metric, blob2.. = label values
    // in declaration order; double1 = value (increment, observation or gauge level).
    sink.writeDataPoint({ indexes: [name], blobs: [name, ...labelNames.map((l) => String(labels[l] ?? ""))], doubles: [value] });
  } catch {
    // Metrics never break a request.
  }
}

abstract class Metric {
  protected readonly series = new Map<string, { labels: Labels; value: number; buckets?: number[]; sum?: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly string[],
  ) {}

  abstract readonly type: "counter" | "gauge" | "histogram";

  protected entry(labels: Labels) {
    let key = this.labelNames.map((l) => String(labels[l] ?? "")).join("\u0000");
    let entry = this.series.get(key);
    if (!entry) {
      if (this.series.size >= MAX_SERIES) {
        labels = Object.fromEntries(this.labelNames.map((l) => [l, "other"]));
        key = this.labelNames.map(() => "other").join("\u0000");
        entry = this.series.get(key);
      }
      if (!entry) {
        entry = { labels: Object.fromEntries(this.labelNames.map((l) => [l, String(labels[l] ?? "")])), value: 0 };
        this.series.set(key, entry);
      }
    }
    return entry;
  }

  /** Current value of one series (counters, gauges) or its observation count (histograms). */
  value(labels: Labels = {}): number {
    const key = this.labelNames.map((l) => String(labels[l] ?? "")).join("\u0000");
    return this.series.get(key)?.value ?? 0;
  }

  /** Sum of every series' value. */
  total(): number {
    let sum = 0;
    for (const s of this.series.values()) sum += s.value;
    return sum;
  }

  abstract render(): string[];

  reset(): void {
    this.series.clear();
  }
}

export class Counter extends Metric {
  readonly type = "counter";

  inc(labels: Labels = {}, by = 1): void {
    this.entry(labels).value += by;
    write(this.name, this.labelNames, labels, by);
  }

  render(): string[] {
    return [...this.series.values()].map((s) => `${this.name}${formatLabels(s.labels)} ${s.value}`);
  }
}

export class Gauge extends Metric {
  readonly type = "gauge";

  set(labels: Labels, value: number): void {
    this.entry(labels).value = value;
    write(this.name, this.labelNames, labels, value);
  }

  add(labels: Labels, delta: number): void {
    const e = this.entry(labels);
    e.value += delta;
    write(this.name, this.labelNames, labels, e.value);
  }

  render(): string[] {
    return [...this.series.values()].map((s) => `${this.name}${formatLabels(s.labels)} ${s.value}`);
  }
}

export class Histogram extends Metric {
  readonly type = "histogram";

  constructor(
    name: string,
    help: string,
    labelNames: readonly string[],
    readonly bounds: readonly number[],
  ) {
    super(name, help, labelNames);
  }

  observe(labels: Labels, value: number): void {
    const e = this.entry(labels);
    e.buckets ??= new Array<number>(this.bounds.length).fill(0);
    e.sum = (e.sum ?? 0) + value;
    e.value += 1;
    for (let i = 0; i < this.bounds.length; i++) if (value <= this.bounds[i]!) e.buckets[i]! += 1;
    write(this.name, this.labelNames, labels, value);
  }

  /** Observations of one series at or below `bound` (a bucket boundary). */
  countAtOrBelow(labels: Labels, bound: number): number {
    const key = this.labelNames.map((l) => String(labels[l] ?? "")).join("\u0000");
    const i = this.bounds.indexOf(bound);
    return i < 0 ? 0 : (this.series.get(key)?.buckets?.[i] ?? 0);
  }

  render(): string[] {
    const lines: string[] = [];
    for (const s of this.series.values()) {
      this.bounds.forEach((b, i) => lines.push(`${this.name}_bucket${formatLabels({ ...s.labels, le: String(b) })} ${s.buckets?.[i] ?? 0}`));
      lines.push(`${this.name}_bucket${formatLabels({ ...s.labels, le: "+Inf" })} ${s.value}`);
      lines.push(`${this.name}_sum${formatLabels(s.labels)} ${round(s.sum ?? 0)}`);
      lines.push(`${this.name}_count${formatLabels(s.labels)} ${s.value}`);
    }
    return lines;
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function escapeLabel(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}

function formatLabels(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(String(v))}"`);
  return parts.length === 0 ? "" : `{${parts.join(",")}}`;
}

export class Registry {
  private readonly metrics = new Map<string, Metric>();

  private add<M extends Metric>(metric: M): M {
    if (this.metrics.has(metric.name)) throw new Error(`metric ${metric.name} is registered twice`);
    this.metrics.set(metric.name, metric);
    return metric;
  }

  counter(name: string, help: string, labelNames: readonly string[] = []): Counter {
    return this.add(new Counter(name, help, labelNames));
  }

  gauge(name: string, help: string, labelNames: readonly string[] = []): Gauge {
    return this.add(new Gauge(name, help, labelNames));
  }

  histogram(name: string, help: string, labelNames: readonly string[], bounds: readonly number[]): Histogram {
    return this.add(new Histogram(name, help, labelNames, bounds));
  }

  /** Prometheus text exposition format 0.0.4. */
  render(): string {
    const out: string[] = [];
    for (const m of this.metrics.values()) {
      out.push(`# HELP ${m.name} ${m.help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`, `# TYPE ${m.name} ${m.type}`, ...m.render());
    }
    return `${out.join("\n")}\n`;
  }

  reset(): void {
    for (const m of this.metrics.values()) m.reset();
  }
}
