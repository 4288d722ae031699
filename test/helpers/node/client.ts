/**
 * A real WebSocket client (the `ws` package) for end-to-end tests, speaking JSON or
 * binary frames through the project's shared codec, plus HTTP helpers.
 */
import WebSocket from "ws";
import { decodeBinary, encodePacket, type Encoding, type Packet } from "../../../shared/wire.js";
import { zlibCompressor } from "../../../objects/compression.js";
import { PacketInbox } from "../packet-inbox.js";

export interface Account {
  user: { id: string; username: string };
  accessToken: string;
  refreshToken: string;
  deviceId: string;
  sessionId: string;
}

export async function http(base: string, path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers["authorization"] = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(base + path, {
    method: init.method ?? (init.body !== undefined ? "POST" : "GET"),
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  let body: any = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: res.status, body, headers: res.headers };
}

let n = 0;
export async function registerUser(base: string, prefix = "e2e"): Promise<Account> {
  const username = `${prefix}_${Date.now().toString(36)}_${(n++).toString(36)}`;
  const res = await http(base, "/v1/auth/register", { body: { username, password: "correct horse battery" } });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Account;
}

export class WsClient {
  private readonly inbox = new PacketInbox(10_000);
  readonly received = this.inbox.received;
  /** Binary frames as they arrived (header flags included). */
  readonly frames: Uint8Array[] = [];
  private nextId = 1;
  closed: { code: number; reason: string } | undefined;
  /** The server's close frame, as soon as it arrives. */
  closeFrame: { code: number } | undefined;
  private closeWaiters: Array<(code: number) => void> = [];

  /** Resolves with the close code once the server's close frame arrives. */
  closedByServer(timeoutMs = 10_000): Promise<number> {
    if (this.closeFrame) return Promise.resolve(this.closeFrame.code);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no close frame")), timeoutMs);
      this.closeWaiters.push((code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  private constructor(
    readonly ws: WebSocket,
    readonly encoding: Encoding,
  ) {
    ws.on("message", (data: Buffer, isBinary: boolean) => {
      let packet: Packet;
      if (!isBinary) packet = JSON.parse(data.toString()) as Packet;
      else {
        this.frames.push(new Uint8Array(data));
        const decoded = decodeBinary(new Uint8Array(data), { maxFrameBytes: 1 << 20 }, zlibCompressor);
        if (!decoded.ok) throw new Error(`undecodable frame: ${decoded.error.message}`);
        packet = decoded.packet;
      }
      this.inbox.deliver(packet);
    });
    ws.on("close", (code, reason) => (this.closed = { code, reason: reason.toString() }));
    // Through wrangler dev the TCP connection lingers ~10 s after a server-initiated close,
    // so `close` fires late; the close frame itself arrives at once. `ws` reports it only on
    // its receiver ("conclude"), which is what closeFrame records.
    ws.once("open", () =>
      (ws as unknown as { _receiver?: { on(event: "conclude", fn: (code: number) => void): void } })._receiver?.on("conclude", (code) => {
        this.closeFrame = { code };
        for (const w of this.closeWaiters.splice(0)) w(code);
      }),
    );
  }

  static connect(wsBase: string, token: string, opts: { encoding?: Encoding; deviceId?: string; compress?: boolean } = {}): Promise<WsClient> {
    const encoding = opts.encoding ?? "json";
    const params = new URLSearchParams({ token, encoding });
    if (opts.deviceId) params.set("deviceId", opts.deviceId);
    if (opts.compress) params.set("compress", "gzip");
    const ws = new WebSocket(`${wsBase}/v1/ws?${params}`);
    const client = new WsClient(ws, encoding);
    return new Promise((resolve, reject) => {
      ws.once("error", reject);
      ws.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
      client.next((p) => p.op === "auth_ok", 10_000).then(() => resolve(client), reject);
    });
  }

  send(packet: Packet): void {
    this.ws.send(encodePacket(packet, this.encoding, { maxFrameBytes: 1 << 20 }));
  }

  request(op: Packet["op"], d: unknown = {}, timeoutMs = 10_000): Promise<Packet> {
    const id = this.nextId++;
    const reply = this.next((p) => p.id === id, timeoutMs);
    this.send({ op, id, d });
    return reply;
  }

  next(match: (p: Packet) => boolean, timeoutMs?: number): Promise<Packet> {
    return this.inbox.next(match, timeoutMs);
  }

  seen(op: Packet["op"]): Packet[] {
    return this.inbox.seen(op);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) return resolve();
      this.ws.once("close", () => resolve());
      this.ws.close(1000, "bye");
    });
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
