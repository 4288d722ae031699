/**
 * Test clients that drive the real fetch handler inside workerd: HTTP calls and WebSocket
 * connections upgraded through `GET /v1/ws`, exactly as a remote client would.
 */
import { runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { zlibCompressor } from "../../../objects/compression.js";
import { decodeBinary, encodePacket, type Encoding, type Packet } from "../../../shared/wire.js";
import { PacketInbox } from "../packet-inbox.js";

export const BASE = "http://imserver.test";

export interface Account {
  user: { id: string; username: string; displayName: string };
  accessToken: string;
  refreshToken: string;
  sessionId: string;
  deviceId: string;
}

let counter = 0;
export const uniqueName = (prefix = "user") => `${prefix}_${Date.now().toString(36)}_${(counter++).toString(36)}`;

export async function api(
  path: string,
  init: { method?: string; token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers["authorization"] = `Bearer ${init.token}`;
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers["content-type"] = "application/json";
  }
  const res = await exports.default.fetch(new Request(BASE + path, { method: init.method ?? (body !== undefined ? "POST" : "GET"), headers, body }));
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

export async function register(username = uniqueName(), password = "correct horse battery", extra: Record<string, unknown> = {}): Promise<Account> {
  const res = await api("/v1/auth/register", { body: { username, password, ...extra } });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Account;
}

export async function login(username: string, password = "correct horse battery", deviceId?: string): Promise<Account> {
  const res = await api("/v1/auth/login", { body: { username, password, ...(deviceId ? { deviceId } : {}) } });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Account;
}

export { directConversationId as directId } from "../../../shared/ids.js";

/** A WebSocket client with a message log and helpers to wait for packets. */
export class TestSocket {
  private readonly inbox = new PacketInbox(5_000, "timed out waiting for a packet; received: ", 500);
  readonly received = this.inbox.received;
  /** Every binary frame as it arrived (header flags included). */
  readonly frames: Uint8Array[] = [];
  private nextId = 1;
  closed: { code: number; reason: string } | undefined;

  private constructor(
    readonly ws: WebSocket,
    readonly encoding: Encoding,
  ) {
    ws.addEventListener("message", (event) => {
      void this.onMessage(event.data as string | ArrayBuffer | Blob);
    });
    ws.addEventListener("close", (event) => {
      this.closed = { code: event.code, reason: event.reason };
    });
  }

  static async open(token: string, opts: { encoding?: Encoding; deviceId?: string; via?: "query" | "protocol"; compress?: boolean } = {}): Promise<TestSocket> {
    const encoding = opts.encoding ?? "json";
    const params = new URLSearchParams({ encoding });
    if (opts.deviceId) params.set("deviceId", opts.deviceId);
    if (opts.compress) params.set("compress", "gzip");
    const headers: Record<string, string> = { upgrade: "websocket" };
    if (opts.via === "protocol") headers["sec-websocket-protocol"] = `imserver.v1, ${token}`;
    else params.set("token", token);
    const res = await exports.default.fetch(new Request(`${BASE}/v1/ws?${params}`, { headers }));
    if (res.status !== 101 || !res.webSocket) throw new Error(`upgrade failed: ${res.status} ${await res.text()}`);
    const ws = res.webSocket;
    const socket = new TestSocket(ws, encoding);
    ws.accept();
    await socket.next((p) => p.op === "auth_ok");
    return socket;
  }

  private async onMessage(data: string | ArrayBuffer | Blob): Promise<void> {
    let packet: Packet;
    if (typeof data === "string") {
      packet = JSON.parse(data) as Packet;
    } else {
      const bytes = new Uint8Array(data instanceof Blob ? await data.arrayBuffer() : data);
      this.frames.push(bytes);
      const decoded = decodeBinary(bytes, { maxFrameBytes: 1 << 20 }, zlibCompressor);
      if (!decoded.ok) throw new Error(`server sent an undecodable frame: ${decoded.error.message}`);
      packet = decoded.packet;
    }
    this.inbox.deliver(packet);
  }

  /** Sends a raw frame (string or bytes) as is. */
  sendRaw(data: string | Uint8Array): void {
    this.ws.send(data);
  }

  /** Sends a packet in this socket's encoding. */
  sendPacket(packet: Packet): void {
    this.ws.send(encodePacket(packet, this.encoding, { maxFrameBytes: 1 << 20 }));
  }

  /** Sends an op with a fresh id and resolves with the reply carrying that id. */
  async request(op: Packet["op"], d: unknown = {}): Promise<Packet> {
    const id = this.nextId++;
    const reply = this.next((p) => p.id === id);
    this.sendPacket({ op, id, d });
    return reply;
  }

  /** Resolves with the first packet (already received or future) matching `match`. */
  next(match: (p: Packet) => boolean, timeoutMs?: number): Promise<Packet> {
    return this.inbox.next(match, timeoutMs);
  }

  /** Packets of `op` received so far (not consumed). */
  seen(op: Packet["op"]): Packet[] {
    return this.inbox.seen(op);
  }

  close(code = 1000): void {
    try {
      this.ws.close(code, "bye");
    } catch {
      // already closed
    }
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns a truthy value or the timeout passes. */
type Falsy = undefined | null | false | 0 | "";
export async function eventually<T>(check: () => Promise<T | Falsy> | T | Falsy, timeoutMs = 5_000, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as T;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms${last ? `: ${String(last)}` : ""}`);
    await sleep(everyMs);
  }
}

/**
 * Resets one Durable Object as a crash would (an exception inside blockConcurrencyWhile):
 * its instance and memory are gone, its storage and alarm stay. Unlike
 * abortAllDurableObjects() it is safe with calls between objects in flight, which hang or
 * crash the test pool's workerd at teardown.
 */
export function resetObject(stub: DurableObjectStub): Promise<void> {
  return runInDurableObject(stub, (_instance: unknown, state: DurableObjectState) =>
    state.blockConcurrencyWhile(async () => {
      throw new Error("test: object reset on purpose");
    }),
  ).then(
    () => undefined,
    () => undefined,
  );
}

/** The UserDO of a user. */
export const userStub = (userId: string) => env.USERS.get(env.USERS.idFromName(userId));
