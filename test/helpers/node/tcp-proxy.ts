/**
 * A chaos TCP proxy for the bridge's upstream link (after Toxiproxy's toxics): forward,
 * stop reading (backpressure), blackhole (no FIN, no data), or reset every connection.
 */
import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";

export interface ChaosProxy {
  port: number;
  /** Connections currently proxied. */
  readonly open: number;
  /** Stops reading from the bridge side: its writes back up. */
  stall(): void;
  /** Reads again. */
  unstall(): void;
  /** Swallows everything in both directions without closing (a half-open peer). */
  blackhole(): void;
  /** Resets every proxied connection (an abrupt upstream drop). */
  dropAll(): void;
  close(): Promise<void>;
}

export async function startChaosProxy(targetPort: number): Promise<ChaosProxy> {
  const pairs = new Set<{ client: Socket; upstream: Socket }>();
  let stalled = false;
  let blackholed = false;
  const server: Server = createServer((client) => {
    const upstream = connect({ host: "127.0.0.1", port: targetPort });
    const pair = { client, upstream };
    pairs.add(pair);
    if (stalled) client.pause();
    client.on("data", (d: Buffer) => {
      if (!blackholed && !upstream.write(d)) client.pause();
    });
    upstream.on("drain", () => {
      if (!stalled) client.resume();
    });
    upstream.on("data", (d: Buffer) => {
      if (!blackholed && !client.write(d)) upstream.pause();
    });
    client.on("drain", () => upstream.resume());
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end);
    upstream.on("close", end);
    client.on("error", () => {});
    upstream.on("error", () => {});
  });
  server.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  return {
    port: (server.address() as AddressInfo).port,
    get open() {
      return pairs.size;
    },
    stall() {
      stalled = true;
      for (const p of pairs) p.client.pause();
    },
    unstall() {
      stalled = false;
      for (const p of pairs) p.client.resume();
    },
    blackhole() {
      blackholed = true;
    },
    dropAll() {
      for (const p of pairs) {
        p.client.resetAndDestroy();
        p.upstream.destroy();
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const p of pairs) {
          p.client.destroy();
          p.upstream.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
