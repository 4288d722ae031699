/** The TCP bridge's address: `tcp://host:port`, `tls://host:port`, or `host:port` (plain TCP). */
import { isIP } from "node:net";
import { UsageError } from "./args.js";

export interface TcpAddress {
  host: string;
  port: number;
  tls: boolean;
}

/** `npm start`'s bridge. */
export const DEFAULT_TCP = "tcp://127.0.0.1:9000";
const DEFAULT_PORT = 9000;

export function parseTcpAddress(text: string): TcpAddress {
  const bad = (why: string) => new UsageError(`--tcp must look like tcp://host:port, tls://host:port or host:port (${why}): ${text}`);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `tcp://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw bad("not an address");
  }
  const scheme = url.protocol.toLowerCase();
  if (scheme !== "tcp:" && scheme !== "tls:") throw bad(`unknown scheme ${scheme.slice(0, -1)}`);
  if (url.username || url.password || (url.pathname && url.pathname !== "/") || url.search || url.hash) throw bad("only a host and a port");
  // URL keeps the brackets of an IPv6 literal (net.connect wants the bare address), and
  // leaves the case of a non-http scheme's host alone (DNS names are case-insensitive).
  const host = (url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname).toLowerCase();
  if (!host) throw bad("no host");
  const port = url.port === "" ? DEFAULT_PORT : Number(url.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw bad("port out of range");
  return { host, port, tls: scheme === "tls:" };
}

export function formatTcpAddress(a: TcpAddress): string {
  return `${a.tls ? "tls" : "tcp"}://${isIP(a.host) === 6 ? `[${a.host}]` : a.host}:${a.port}`;
}
