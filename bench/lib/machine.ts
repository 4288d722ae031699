/** Where a run happened: machine, versions, git state, and how busy the machine was. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, hostname, loadavg, release, totalmem } from "node:os";
import { join } from "node:path";
import type { MachineInfo } from "./results.js";
import { ROOT } from "./servers.js";

interface CpuTimes {
  busy: number;
  total: number;
}

/** Whole-machine CPU jiffies from /proc/stat (undefined off Linux). */
export function cpuTimes(): CpuTimes | undefined {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0]!;
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/** Share of CPU time the machine spent busy between two readings (0–1). */
export function busyShare(a: CpuTimes | undefined, b: CpuTimes | undefined): number | undefined {
  if (!a || !b || b.total <= a.total) return undefined;
  return (b.busy - a.busy) / (b.total - a.total);
}

export function machineInfo(loadStart: number[], cpuStart: CpuTimes | undefined): MachineInfo {
  const list = cpus();
  return {
    hostname: hostname(),
    platform: `${process.platform} ${process.arch}`,
    kernel: release(),
    cpuModel: list[0]?.model ?? "unknown",
    cpus: list.length,
    memoryBytes: totalmem(),
    loadAverageStart: loadStart,
    loadAverageEnd: loadavg(),
    cpuBusyShare: busyShare(cpuStart, cpuTimes()),
  };
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

export function versions(extra: Record<string, string> = {}): Record<string, string> {
  return {
    node: process.version,
    wrangler: packageVersion("wrangler"),
    miniflare: packageVersion("miniflare"),
    workerd: packageVersion("workerd"),
    ws: packageVersion("ws"),
    ...extra,
  };
}

export function gitState(): { commit: string; branch: string; dirty: boolean } {
  const git = (...args: string[]) => {
    try {
      return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return "";
    }
  };
  return { commit: git("rev-parse", "HEAD") || "unknown", branch: git("rev-parse", "--abbrev-ref", "HEAD") || "unknown", dirty: git("status", "--porcelain").length > 0 };
}
