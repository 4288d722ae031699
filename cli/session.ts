/** Opening the saved session and a connected client for commands that need one. */
import WebSocket from "ws";
import { AuthSession, ChatClient, ChatError, type SocketConstructor } from "../sdk/src/index.js";
import { UsageError } from "./args.js";
import { loadSaved, save, type Saved } from "./config.js";

export const DEFAULT_URL = "http://127.0.0.1:8787";

export type Transport = "ws" | "tcp";

export function openSession(configFile: string, urlFlag: string | undefined): { session: AuthSession; saved: Saved } {
  const saved = loadSaved(configFile);
  if (!saved) throw new ChatError("unauthorized", "not signed in: run `imserver login <username>` first");
  const url = urlFlag ?? saved.url;
  const session = new AuthSession(saved.session, {
    url,
    onChange: (data) => save(configFile, data ? { url, session: data } : undefined),
  });
  return { session, saved: { url, session: saved.session } };
}

/**
 * The socket implementation for a transport. `ws` is the WebSocket gateway. `tcp` is the
 * seam for the TCP bridge (issue 4): an adapter implementing the SDK's SocketLike over a
 * `net` socket (binary frames from shared/frame.ts, an `auth` frame first) plugs in here
 * and everything above it — the client, catch-up, the commands — stays the same.
 */
export function socketFor(transport: Transport): SocketConstructor {
  if (transport === "ws") return WebSocket;
  throw new ChatError("not_supported", "the TCP transport needs the TCP bridge, which this build does not include yet; use --transport ws");
}

export function transportOf(flag: string | undefined): Transport {
  if (flag === undefined || flag === "ws") return "ws";
  if (flag === "tcp") return "tcp";
  throw new UsageError(`--transport must be ws or tcp, not ${flag}`);
}

export function connectClient(session: AuthSession, url: string, opts: { transport: Transport; encoding: "json" | "binary"; deviceId?: string }): ChatClient {
  return new ChatClient({
    url,
    token: session.provider,
    WebSocket: socketFor(opts.transport),
    encoding: opts.encoding,
    ...(opts.deviceId ? { deviceId: opts.deviceId } : {}),
  });
}
