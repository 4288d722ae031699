/**
 * An independent IMServer client written only from the public documentation
 * (docs/protocol.md, docs/api.md, README.md, DESIGN.md §10). It deliberately imports
 * nothing from the project's `shared/` directory: the 8-byte frame header and a minimal
 * protobuf encoder/decoder are written by hand below.
 *
 * Field numbers come from docs/protocol.md §4 (decoding its hex examples; the encoder below
 * reproduces every one of them byte for byte). Fields that no example shows are marked
 * "NOT IN DOCS": their numbers were first guessed (all guesses were right, and the server
 * accepted them), then checked against shared/proto/im.proto, the schema, which the docs
 * name as the source but do not reproduce.
 */
import WebSocket from "ws";

// ---------------------------------------------------------------------------------------
// Minimal protobuf (proto3) wire format
// ---------------------------------------------------------------------------------------

type Scalar = "string" | "uint" | "bool";
interface FieldSpec {
  no: number;
  kind: Scalar | MessageSpec;
  repeated?: boolean;
}
export interface MessageSpec {
  name: string;
  fields: Record<string, FieldSpec>;
}

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder("utf-8", { fatal: true });

class Writer {
  private bytes: number[] = [];

  varint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint out of range: ${value}`);
    let v = value;
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
    return this;
  }

  tag(fieldNo: number, wireType: 0 | 2): this {
    return this.varint(fieldNo * 8 + wireType);
  }

  lengthDelimited(fieldNo: number, data: Uint8Array): this {
    this.tag(fieldNo, 2).varint(data.length);
    for (const b of data) this.bytes.push(b);
    return this;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Raw fields of one message: field number → list of values in order of appearance. */
type RawFields = Map<number, Array<number | Uint8Array>>;

function readRaw(buf: Uint8Array): RawFields {
  const out: RawFields = new Map();
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (pos >= buf.length) throw new Error("truncated varint");
      const b = buf[pos++]!;
      result += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) return result;
      mul *= 0x80;
    }
    throw new Error("varint too long");
  };
  while (pos < buf.length) {
    const key = varint();
    const fieldNo = Math.floor(key / 8);
    const wireType = key % 8;
    let value: number | Uint8Array;
    if (wireType === 0) value = varint();
    else if (wireType === 2) {
      const len = varint();
      if (pos + len > buf.length) throw new Error("truncated length-delimited field");
      value = buf.subarray(pos, pos + len);
      pos += len;
    } else if (wireType === 1) {
      pos += 8; // fixed64: not used by this protocol as far as the docs show; skip
      continue;
    } else if (wireType === 5) {
      pos += 4; // fixed32: skip
      continue;
    } else throw new Error(`unsupported wire type ${wireType}`);
    const list = out.get(fieldNo) ?? [];
    list.push(value);
    out.set(fieldNo, list);
  }
  if (pos !== buf.length) throw new Error("trailing bytes");
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = Record<string, any>;

export function encodeMessage(spec: MessageSpec, obj: Obj): Uint8Array {
  const w = new Writer();
  for (const [name, f] of Object.entries(spec.fields)) {
    const v = obj[name];
    if (v === undefined || v === null) continue;
    const values: unknown[] = f.repeated ? (v as unknown[]) : [v];
    for (const item of values) {
      if (f.kind === "string") {
        if (item === "" && !f.repeated) continue; // proto3 omits zero values
        w.lengthDelimited(f.no, textEncoder.encode(String(item)));
      } else if (f.kind === "uint") {
        if (item === 0 && !f.repeated) continue;
        w.tag(f.no, 0).varint(Number(item));
      } else if (f.kind === "bool") {
        if (!item) continue;
        w.tag(f.no, 0).varint(1);
      } else {
        w.lengthDelimited(f.no, encodeMessage(f.kind, item as Obj));
      }
    }
  }
  return w.finish();
}

/** Decodes a message; absent fields get their zero value (protocol.md §2). */
export function decodeMessage(spec: MessageSpec, buf: Uint8Array): Obj {
  const raw = readRaw(buf);
  const out: Obj = {};
  for (const [name, f] of Object.entries(spec.fields)) {
    const values = raw.get(f.no) ?? [];
    const conv = (v: number | Uint8Array): unknown => {
      if (f.kind === "string") {
        if (!(v instanceof Uint8Array)) throw new Error(`${spec.name}.${name}: expected bytes`);
        return textDecoder.decode(v);
      }
      if (f.kind === "uint" || f.kind === "bool") {
        if (typeof v !== "number") throw new Error(`${spec.name}.${name}: expected varint`);
        return f.kind === "bool" ? v !== 0 : v;
      }
      if (!(v instanceof Uint8Array)) throw new Error(`${spec.name}.${name}: expected message`);
      return decodeMessage(f.kind, v);
    };
    if (f.repeated) out[name] = values.map(conv);
    else if (values.length > 0) {
      out[name] = conv(values[values.length - 1]!); // last one wins, as in protobuf
    } else {
      out[name] = f.kind === "string" ? "" : f.kind === "uint" ? 0 : f.kind === "bool" ? false : undefined;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Message schemas (protocol.md §4, decoded from the hex examples)
// ---------------------------------------------------------------------------------------

const msg = (name: string, fields: Record<string, FieldSpec>): MessageSpec => ({ name, fields });

// content: only `text` (field 1) appears in an example.
const FileRef = msg("FileRef", {
  // NOT IN DOCS (im.proto): protocol.md lists {id, name?, mime?, size?, width?, height?} only
  id: { no: 1, kind: "string" },
  name: { no: 2, kind: "string" },
  mime: { no: 3, kind: "string" },
  size: { no: 4, kind: "uint" },
  width: { no: 5, kind: "uint" },
  height: { no: 6, kind: "uint" },
});
const Content = msg("Content", {
  text: { no: 1, kind: "string" },
  file: { no: 2, kind: FileRef }, // NOT IN DOCS (im.proto)
  data: { no: 3, kind: "string" }, // NOT IN DOCS (im.proto)
});

const Empty = msg("Empty", {});

const Auth = msg("Auth", { token: { no: 1, kind: "string" }, deviceId: { no: 2, kind: "string" } });
const AuthOk = msg("AuthOk", {
  userId: { no: 1, kind: "string" },
  deviceId: { no: 2, kind: "string" },
  sessionId: { no: 3, kind: "string" },
  serverTime: { no: 4, kind: "uint" },
  heartbeatMs: { no: 5, kind: "uint" },
  maxFrameBytes: { no: 6, kind: "uint" },
});
const ErrorP = msg("Error", {
  code: { no: 1, kind: "string" },
  message: { no: 2, kind: "string" },
  status: { no: 3, kind: "uint" },
  retryable: { no: 4, kind: "bool" }, // NOT IN DOCS: example omits it (false); guessed 4, = im.proto
  retryAfterMs: { no: 5, kind: "uint" }, // NOT IN DOCS: guessed 5, = im.proto
});
const Send = msg("Send", {
  conversationId: { no: 1, kind: "string" }, // NOT IN DOCS: example uses `to` (2); guessed 1, = im.proto
  to: { no: 2, kind: "string" },
  clientMsgId: { no: 3, kind: "string" },
  type: { no: 4, kind: "string" },
  content: { no: 5, kind: Content },
  replyTo: { no: 6, kind: "string" }, // NOT IN DOCS (im.proto)
  mentions: { no: 7, kind: "string", repeated: true }, // NOT IN DOCS (im.proto)
});
const Ack = msg("Ack", {
  messageId: { no: 1, kind: "string" },
  conversationId: { no: 2, kind: "string" },
  seq: { no: 3, kind: "uint" },
  ts: { no: 4, kind: "uint" },
  clientMsgId: { no: 5, kind: "string" },
  duplicate: { no: 6, kind: "bool" }, // NOT IN DOCS: example omits it; guessed 6, = im.proto
});
const Message = msg("Message", {
  messageId: { no: 1, kind: "string" },
  conversationId: { no: 2, kind: "string" },
  seq: { no: 3, kind: "uint" },
  senderId: { no: 4, kind: "string" },
  clientMsgId: { no: 5, kind: "string" },
  type: { no: 6, kind: "string" },
  content: { no: 7, kind: Content },
  ts: { no: 8, kind: "uint" },
  // NOT IN DOCS (im.proto). Note: Send has replyTo = 6 / mentions = 7, Message 9 / 10.
  replyTo: { no: 9, kind: "string" },
  mentions: { no: 10, kind: "string", repeated: true },
  // NOT IN DOCS at all (im.proto only): protocol.md never mentions these two fields.
  editedAt: { no: 11, kind: "uint" },
  recalled: { no: 12, kind: "bool" },
});
const SeqMark = msg("SeqMark", { conversationId: { no: 1, kind: "string" }, seq: { no: 2, kind: "uint" } });
const Conversation = msg("Conversation", {
  conversationId: { no: 1, kind: "string" },
  kind: { no: 2, kind: "string" },
  peerId: { no: 3, kind: "string" },
  lastSeq: { no: 4, kind: "uint" },
  readSeq: { no: 5, kind: "uint" },
  unread: { no: 6, kind: "uint" },
  deliveredSeq: { no: 7, kind: "uint" },
  lastMessage: { no: 8, kind: Message },
  updatedAt: { no: 9, kind: "uint" },
});
const Sync = msg("Sync", { token: { no: 1, kind: "string" }, limit: { no: 2, kind: "uint" } });
const SyncResult = msg("SyncResult", {
  token: { no: 1, kind: "string" },
  conversations: { no: 2, kind: Conversation, repeated: true },
  reset: { no: 3, kind: "bool" }, // NOT IN DOCS: example omits it (false); guessed 3, = im.proto
  hasMore: { no: 4, kind: "bool" }, // NOT IN DOCS: example omits it (false); guessed 4, = im.proto
});
const History = msg("History", {
  conversationId: { no: 1, kind: "string" },
  afterSeq: { no: 2, kind: "uint" },
  beforeSeq: { no: 3, kind: "uint" }, // NOT IN DOCS: example has 1, 2 and 4; guessed 3, = im.proto
  limit: { no: 4, kind: "uint" },
});
const HistoryResult = msg("HistoryResult", {
  conversationId: { no: 1, kind: "string" },
  messages: { no: 2, kind: Message, repeated: true },
  hasMore: { no: 3, kind: "bool" }, // NOT IN DOCS: example omits it (false); guessed 3, = im.proto
  lastSeq: { no: 4, kind: "uint" },
});

/** The operation table of protocol.md §4: JSON op name ↔ binary type code ↔ payload. */
export const OPS: Record<string, { type: number; payload: MessageSpec }> = {
  auth: { type: 1, payload: Auth },
  auth_ok: { type: 2, payload: AuthOk },
  ping: { type: 3, payload: Empty },
  pong: { type: 4, payload: Empty },
  error: { type: 5, payload: ErrorP },
  ok: { type: 6, payload: Empty },
  send: { type: 10, payload: Send },
  ack: { type: 11, payload: Ack },
  message: { type: 12, payload: Message },
  delivered: { type: 13, payload: SeqMark },
  read: { type: 14, payload: SeqMark },
  conversation: { type: 15, payload: Conversation },
  sync: { type: 20, payload: Sync },
  sync_result: { type: 21, payload: SyncResult },
  history: { type: 22, payload: History },
  history_result: { type: 23, payload: HistoryResult },
};
const OP_BY_TYPE = new Map(Object.entries(OPS).map(([op, v]) => [v.type, op]));

// ---------------------------------------------------------------------------------------
// Binary framing: 8-byte big-endian header + `<Op>Frame { uint32 id = 1; Payload d = 2; }`
// ---------------------------------------------------------------------------------------

export const HEADER_BYTES = 8;
export const VERSION = 1;

export function encodeHeader(totalLength: number, type: number, version = VERSION, reserved = 0): Uint8Array {
  const h = new Uint8Array(HEADER_BYTES);
  const view = new DataView(h.buffer);
  view.setUint32(0, totalLength);
  view.setUint16(4, type);
  h[6] = version;
  h[7] = reserved;
  return h;
}

export function encodeRawFrame(type: number, body: Uint8Array, opts: { version?: number; reserved?: number } = {}): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES + body.length);
  out.set(encodeHeader(out.length, type, opts.version, opts.reserved), 0);
  out.set(body, HEADER_BYTES);
  return out;
}

export function encodeFrame(op: string, id: number, d: Obj = {}): Uint8Array {
  const def = OPS[op];
  if (!def) throw new Error(`unknown op ${op}`);
  const body = new Writer();
  if (id !== 0) body.tag(1, 0).varint(id);
  body.lengthDelimited(2, encodeMessage(def.payload, d));
  return encodeRawFrame(def.type, body.finish());
}

export interface Frame {
  op: string;
  id?: number;
  d: Obj;
  /** "json" for text frames, "binary" for binary frames. */
  encoding: "json" | "binary";
  /** Binary frames only: the header type code. */
  type?: number;
}

export function decodeFrame(buf: Uint8Array): Frame {
  if (buf.length < HEADER_BYTES) throw new Error(`frame shorter than header: ${buf.length}`);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const length = view.getUint32(0);
  const type = view.getUint16(4);
  if (length !== buf.length) throw new Error(`frame length ${length} != ${buf.length}`);
  if (buf[6] !== VERSION || buf[7] !== 0) throw new Error(`bad version/reserved ${buf[6]}/${buf[7]}`);
  const op = OP_BY_TYPE.get(type);
  // Servers add operations in their type-code ranges; a client ignores pushes it does not know.
  if (!op) return { op: `unknown:${type}`, id: 0, d: {}, encoding: "binary", type };
  const raw = readRaw(buf.subarray(HEADER_BYTES));
  const idValues = raw.get(1) ?? [];
  const id = idValues.length ? (idValues[idValues.length - 1] as number) : 0;
  const dValues = raw.get(2) ?? [];
  const dBytes = dValues.length ? (dValues[dValues.length - 1] as Uint8Array) : new Uint8Array();
  return { op, id, d: decodeMessage(OPS[op]!.payload, dBytes), encoding: "binary", type };
}

// ---------------------------------------------------------------------------------------
// WebSocket client
// ---------------------------------------------------------------------------------------

export interface ConnectOptions {
  encoding?: "json" | "binary";
  deviceId?: string;
  /** How to present the token: query parameter (default) or Sec-WebSocket-Protocol. */
  tokenIn?: "query" | "protocol";
  timeoutMs?: number;
}

export class ImClient {
  readonly frames: Frame[] = [];
  private waiters: Array<{ pred: (f: Frame) => boolean; resolve: (f: Frame) => void }> = [];
  private nextId = 1;
  closed: { code: number; reason: string } | null = null;
  authOk!: Obj;

  private constructor(
    readonly ws: WebSocket,
    readonly encoding: "json" | "binary",
  ) {
    ws.on("message", (data: WebSocket.RawData, isBinary: boolean) => {
      const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      let frame: Frame;
      if (isBinary) frame = decodeFrame(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      else {
        const parsed = JSON.parse(bytes.toString("utf8")) as { op: string; id?: number; d?: Obj };
        frame = { op: parsed.op, d: parsed.d ?? {}, encoding: "json" };
        if (parsed.id !== undefined) frame.id = parsed.id;
      }
      const i = this.waiters.findIndex((w) => w.pred(frame));
      if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(frame);
      else this.frames.push(frame);
    });
    ws.on("close", (code, reason) => {
      this.closed = { code, reason: reason.toString() };
    });
  }

  static async connect(wsBase: string, token: string, opts: ConnectOptions = {}): Promise<ImClient> {
    const encoding = opts.encoding ?? "json";
    const url = new URL("/v1/ws", wsBase);
    if ((opts.tokenIn ?? "query") === "query") url.searchParams.set("token", token);
    if (opts.encoding) url.searchParams.set("encoding", opts.encoding);
    if (opts.deviceId) url.searchParams.set("deviceId", opts.deviceId);
    const protocols = opts.tokenIn === "protocol" ? ["imserver.v1", token] : undefined;
    const ws = new WebSocket(url, protocols);
    const client = new ImClient(ws, encoding);
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
      ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode} on upgrade`)));
    });
    const first = await client.next(() => true, opts.timeoutMs);
    if (first.op !== "auth_ok") throw new Error(`first frame was ${first.op}, not auth_ok`);
    client.authOk = first.d;
    return client;
  }

  /** Waits for (and removes) the first frame matching `pred`, queued or future. */
  next(pred: (f: Frame) => boolean, timeoutMs = 10_000): Promise<Frame> {
    const i = this.frames.findIndex(pred);
    if (i >= 0) return Promise.resolve(this.frames.splice(i, 1)[0]!);
    return new Promise((resolve, reject) => {
      const waiter = {
        pred,
        resolve: (f: Frame) => {
          clearTimeout(timer);
          resolve(f);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for a frame; queued: ${JSON.stringify(this.frames)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Next push (no id) with the given op. */
  push(op: string, pred: (d: Obj) => boolean = () => true, timeoutMs?: number): Promise<Frame> {
    return this.next((f) => f.op === op && !f.id && pred(f.d), timeoutMs);
  }

  /** Sends a request in this client's encoding and waits for the reply with the same id. */
  async request(op: string, d: Obj = {}, timeoutMs?: number): Promise<Frame> {
    const id = this.nextId++;
    this.sendFrame(op, id, d);
    return this.next((f) => f.id === id, timeoutMs);
  }

  sendFrame(op: string, id: number, d: Obj = {}): void {
    if (this.encoding === "binary") this.ws.send(encodeFrame(op, id, d), { binary: true });
    else this.ws.send(JSON.stringify(id ? { op, id, d } : { op, d }));
  }

  sendText(text: string): void {
    this.ws.send(text, { binary: false });
  }

  sendBinary(bytes: Uint8Array): void {
    this.ws.send(bytes, { binary: true });
  }

  allocateId(): number {
    return this.nextId++;
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  async close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    const done = new Promise<void>((r) => this.ws.once("close", () => r()));
    this.ws.close(1000);
    await Promise.race([done, new Promise((r) => setTimeout(r, 2_000))]);
  }
}

/** Attempts a WebSocket upgrade and returns the HTTP status and JSON body when refused. */
export async function tryUpgrade(
  wsBase: string,
  query: Record<string, string> = {},
): Promise<{ opened: boolean; status?: number; body?: Obj }> {
  const url = new URL("/v1/ws", wsBase);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const ws = new WebSocket(url);
  return new Promise((resolve, reject) => {
    ws.once("open", () => {
      ws.close();
      resolve({ opened: true });
    });
    ws.once("unexpected-response", (_req, res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString()));
      res.on("end", () => {
        let body: Obj | undefined;
        try {
          body = JSON.parse(text) as Obj;
        } catch {
          body = undefined;
        }
        resolve({ opened: false, status: res.statusCode ?? 0, ...(body ? { body } : {}) });
      });
    });
    ws.once("error", (e) => reject(e));
  });
}

// ---------------------------------------------------------------------------------------
// HTTP helpers (docs/api.md)
// ---------------------------------------------------------------------------------------

export interface Session {
  user: { id: string; username: string; displayName: string; createdAt: number };
  accessToken: string;
  refreshToken: string;
  sessionId: string;
  deviceId: string;
}

export async function http(
  baseUrl: string,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: Obj }> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(new URL(path, baseUrl), {
    method,
    headers,
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
  const text = await res.text();
  let body: Obj = {};
  if (text) body = JSON.parse(text) as Obj;
  return { status: res.status, body };
}

export async function register(baseUrl: string, username: string, password: string): Promise<{ status: number; body: Session }> {
  const res = await http(baseUrl, "POST", "/v1/auth/register", { body: { username, password } });
  return { status: res.status, body: res.body as Session };
}

export function directConversationId(a: string, b: string): string {
  return a < b ? `d:${a}:${b}` : `d:${b}:${a}`;
}
