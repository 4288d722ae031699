/** Linux /proc readings: child processes and resident memory. */
import { readdirSync, readFileSync } from "node:fs";

/** Direct children of `pid`. */
export function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the command (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[1]) === pid) out.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** Resident set size of a process in bytes, or undefined when it cannot be read. */
export function rssBytes(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) a process has used, in milliseconds. */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 (1-based), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Runs fn and returns its value with the CPU time `pid` used meanwhile (undefined if unreadable). */
export async function measuringCpu<T>(pid: number | undefined, fn: () => Promise<T>): Promise<{ value: T; cpuMs: number | undefined }> {
  const before = pid === undefined ? undefined : cpuMs(pid);
  const value = await fn();
  const after = pid === undefined ? undefined : cpuMs(pid);
  return { value, cpuMs: before !== undefined && after !== undefined ? after - before : undefined };
}
