/**
 * Upstream readiness: polls the gateway Worker's `/healthz` in the background so `/readyz`
 * answers instantly and a probe storm never becomes a Worker request storm.
 */
export class UpstreamProbe {
  private ok = false;
  private checkedAt = -Infinity;
  private timer: NodeJS.Timeout | undefined;
  private readonly url: URL;

  constructor(
    upstream: URL,
    private readonly intervalMs: number,
  ) {
    this.url = new URL(upstream.toString());
    this.url.protocol = upstream.protocol === "wss:" ? "https:" : "http:";
    this.url.pathname = `${this.url.pathname.replace(/\/+$/, "")}/healthz`;
    this.url.search = "";
  }

  /** Healthy if the last probe got a 2xx and is not stale (a hung probe loop is not health). */
  get healthy(): boolean {
    return this.ok && Date.now() - this.checkedAt <= this.intervalMs * 3;
  }

  /** Probes once now (awaited), then every interval. */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => void this.check(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async check(): Promise<void> {
    try {
      const res = await fetch(this.url, { signal: AbortSignal.timeout(Math.min(this.intervalMs, 5_000)) });
      await res.body?.cancel();
      this.ok = res.ok;
    } catch {
      this.ok = false;
    }
    this.checkedAt = Date.now();
  }
}
