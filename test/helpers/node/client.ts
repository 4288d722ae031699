/**
 * A real WebSocket client (the `ws` package) for end-to-end tests, speaking JSON or
 * binary frames through the project's shared codec, plus HTTP helpers.
 */
import WebSocket from "ws";
import { decodeBinary, encodePacket, type Encoding, type Packet } from "../../../shared/wire.js";

export interface Account {
  user: { id: string; username: string };
  accessToken: string;
  refreshToken: string;
  deviceId: string;
  sessionId: string;
}

export async function http(base: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers["authorization"] = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(base + path, {
    method: init.method ?? (init.body !== undefined ? "POST" : "GET"),
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as any) : undefined };
}

let n = 0;
export async function registerUser(base: string, prefix = "e2e"): Promise<Account> {
  const username = `${prefix}_${Date.now().toString(36)}_${(n++).toString(36)}`;
  const res = await http(base, "/v1/auth/register", { body: { username, password: "correct horse battery" } });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Account;
}

export class WsClient {
  readonly received: Packet[] = [];
  private waiters: Array<{ match: (p: Packet) => boolean; resolve: (p: Packet) => void }> = [];
  private nextId = 1;
  closed: { code: number; reason: string } | undefined;

  private constructor(
    readonly ws: WebSocket,
    readonly encoding: Encoding,
  ) {
    ws.on("message", (data: Buffer, isBinary: boolean) => {
      let packet: Packet;
      if (!isBinary) packet = JSON.parse(data.toString()) as Packet;
      else {
        const decoded = decodeBinary(new Uint8Array(data), { maxFrameBytes: 1 << 20 });
        if (!decoded.ok) throw new Error(`undecodable frame: ${decoded.error.message}`);
        packet = decoded.packet;
      }
      this.received.push(packet);
      const w = this.waiters.find((x) => x.match(packet));
      if (w) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve(packet);
      }
    });
    ws.on("close", (code, reason) => (this.closed = { code, reason: reason.toString() }));
  }

  static connect(wsBase: string, token: string, opts: { encoding?: Encoding; deviceId?: string } = {}): Promise<WsClient> {
    const encoding = opts.encoding ?? "json";
    const params = new URLSearchParams({ token, encoding });
    if (opts.deviceId) params.set("deviceId", opts.deviceId);
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

  next(match: (p: Packet) => boolean, timeoutMs = 10_000): Promise<Packet> {
    const already = this.received.find(match);
    if (already) {
      this.received.splice(this.received.indexOf(already), 1);
      return Promise.resolve(already);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timeout; received ${JSON.stringify(this.received).slice(0, 400)}`)), timeoutMs);
      this.waiters.push({
        match,
        resolve: (p) => {
          clearTimeout(timer);
          this.received.splice(this.received.indexOf(p), 1);
          resolve(p);
        },
      });
    });
  }

  seen(op: Packet["op"]): Packet[] {
    return this.received.filter((p) => p.op === op);
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
