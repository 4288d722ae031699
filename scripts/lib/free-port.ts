/**
 * Free TCP ports for local servers started by tests, benchmarks and scripts. One helper
 * for all of them (test/helpers, bench/ and scripts/ import it; bench/ may not import
 * from test/).
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

/** Ports handed out by this process. */
const handedOut = new Set<number>();

/**
 * The first port of the kernel's ephemeral range: ports below it are never handed out to
 * `listen(0)` or outgoing connections, so wrangler and workerd, which bind many ephemeral
 * ports while starting, cannot take a port we picked before we use it.
 */
function ephemeralStart(): number {
  try {
    const low = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
    if (Number.isInteger(low) && low > 12_000) return low;
  } catch {
    // not Linux: fall back to the IANA range's start
  }
  return 49_152;
}

/** Whether something can listen on `port` now. */
function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A free port below the ephemeral range, never one this process handed out before. */
export async function freePort(): Promise<number> {
  const high = ephemeralStart() - 1;
  const low = Math.max(10_000, high - 20_000);
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (handedOut.has(port) || !(await canListen(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error("no free port below the ephemeral range");
}
