/** Opening the saved session and a connected client for commands that need one. */
import WebSocket from "ws";
import { AuthSession, ChatClient, ChatError } from "../sdk/src/index.js";
import { UsageError } from "./args.js";
import { loadSaved, save, type Saved } from "./config.js";
import { DEFAULT_TCP, formatTcpAddress, parseTcpAddress, type TcpAddress } from "./tcp-address.js";
import { bridgeSocket } from "./tcp-socket.js";

export const DEFAULT_URL = "http://127.0.0.1:8787";

export type Transport = { kind: "ws"; encoding: "json" | "binary" } | { kind: "tcp"; address: TcpAddress };

export function openSession(configFile: string, urlFlag: string | undefined): { session: AuthSession; saved: Saved } {
  const saved = loadSaved(configFile);
  if (!saved) throw new ChatError("unauthorized", "not signed in: run `imserver login <username>` first");
  const url = urlFlag ?? saved.url;
  const tcp = saved.tcp !== undefined ? { tcp: saved.tcp } : {};
  const session = new AuthSession(saved.session, {
    url,
    // Refresh tokens rotate: the new one is written back at once, keeping the saved bridge.
    onChange: (data) => save(configFile, data ? { url, ...tcp, session: data } : undefined),
  });
  return { session, saved: { url, ...tcp, session: saved.session } };
}

/**
 * The transport from the flags: `--transport ws|tcp` chooses (a `--tcp` address alone
 * means tcp); the bridge is `--tcp`, else the one saved at login, else IMSERVER_TCP, else
 * `npm start`'s. TCP carries binary frames only, so `--encoding` is a WebSocket option.
 */
export function transportOf(flags: { transport?: string; encoding?: string; tcp?: string }, savedTcp: string | undefined): Transport {
  const kind = flags.transport ?? (flags.tcp !== undefined ? "tcp" : "ws");
  if (kind !== "ws" && kind !== "tcp") throw new UsageError(`--transport must be ws or tcp, not ${kind}`);
  if (kind === "ws") {
    if (flags.tcp !== undefined) throw new UsageError("--tcp is the TCP bridge's address: it goes with --transport tcp");
    const encoding = flags.encoding ?? "json";
    if (encoding !== "json" && encoding !== "binary") throw new UsageError("--encoding must be json or binary");
    return { kind, encoding };
  }
  if (flags.encoding !== undefined && flags.encoding !== "binary") throw new UsageError("--encoding json is for WebSocket: the TCP transport always carries binary frames");
  return { kind, address: parseTcpAddress(flags.tcp ?? savedTcp ?? (process.env["IMSERVER_TCP"] || DEFAULT_TCP)) };
}

/** Where a transport connects, for messages. */
export function endpointOf(transport: Transport, url: string): string {
  return transport.kind === "tcp" ? `the TCP bridge at ${formatTcpAddress(transport.address)}` : url;
}

/**
 * A client over the transport. The SDK takes any `SocketLike` constructor: `ws` for the
 * WebSocket gateway, or the TCP adapter (cli/tcp-socket.ts), which reads the device id and
 * the token from the URL the SDK builds (`tokenIn: "query"`; that URL never leaves the
 * process) and sends them in the bridge's `auth` frame. Everything above the socket — the
 * client, catch-up, the commands — is the same for both.
 */
export function connectClient(session: AuthSession, url: string, transport: Transport, deviceId: string | undefined): ChatClient {
  const device = deviceId ? { deviceId } : {};
  if (transport.kind === "ws") return new ChatClient({ url, token: session.provider, WebSocket, encoding: transport.encoding, ...device });
  return new ChatClient({ url, token: session.provider, WebSocket: bridgeSocket(transport.address), encoding: "binary", tokenIn: "query", ...device });
}
