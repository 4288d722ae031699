/**
 * Connection admission: a cap on open connections overall and per client address, so one
 * address (or a flood) cannot take every slot. Counts are released when a socket closes.
 */
import type { RejectReason } from "./metrics.js";

export class Admission {
  private total = 0;
  private readonly perIp = new Map<string, number>();

  constructor(private readonly limits: { maxConnections: number; maxConnectionsPerIp: number }) {}

  get open(): number {
    return this.total;
  }

  /** Takes a slot for `ip`, or says why not. */
  admit(ip: string): RejectReason | undefined {
    if (this.total >= this.limits.maxConnections) return "capacity";
    const held = this.perIp.get(ip) ?? 0;
    if (held >= this.limits.maxConnectionsPerIp) return "per_ip";
    this.total++;
    this.perIp.set(ip, held + 1);
    return undefined;
  }

  release(ip: string): void {
    const held = this.perIp.get(ip);
    if (held === undefined) return;
    this.total--;
    if (held <= 1) this.perIp.delete(ip);
    else this.perIp.set(ip, held - 1);
  }
}
