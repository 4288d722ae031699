/**
 * Lean benchmark clients, one per transport, with the same surface: a request/reply by id
 * and a push callback. Both encode and decode with the shared codec, so the only
 * difference between them is the path: TCP through the bridge, or WebSocket direct.
 */
import { connect, type Socket } from "node:net";
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import { FrameDecoder } from "../../shared/frame.js";
import { decodeBinary, encodePacket, type Packet } from "../../shared/wire.js";

const LIMITS = { maxFrameBytes: 1 << 20 };

export interface BenchClient {
  readonly name: string;
  request(op: Packet["op"], d?: unknown): Promise<Packet>;
  /** Called with every packet that answers no request, and when it arrived. */
  onPush: (packet: Packet, at: number) => void;
  close(): void;
}

abstract class Base implements BenchClient {
  abstract readonly name: string;
  onPush: (packet: Packet, at: number) => void = () => {};
  private nextId = 1;
  private readonly pending = new Map<number, (p: Packet) => void>();

  protected abstract write(bytes: Uint8Array): void;
  abstract close(): void;

  request(op: Packet["op"], d: unknown = {}): Promise<Packet> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.write(encodePacket({ op, id, d }, "binary", LIMITS) as Uint8Array);
    });
  }

  protected receive(bytes: Uint8Array): void {
    const at = performance.now();
    const decoded = decodeBinary(bytes, LIMITS);
    if (!decoded.ok) throw new Error(`undecodable frame: ${decoded.error.message}`);
    const { packet } = decoded;
    const waiter = packet.id === undefined ? undefined : this.pending.get(packet.id);
    if (waiter) {
      this.pending.delete(packet.id!);
      waiter(packet);
    } else {
      this.onPush(packet, at);
    }
  }
}

export class WsBenchClient extends Base {
  readonly name = "websocket";
  private constructor(private readonly ws: WebSocket) {
    super();
    ws.on("message", (data: Buffer) => this.receive(new Uint8Array(data.buffer, data.byteOffset, data.length)));
  }

  static open(wsBase: string, token: string, deviceId: string): Promise<WsBenchClient> {
    const ws = new WebSocket(`${wsBase}/v1/ws?encoding=binary&deviceId=${deviceId}`, { headers: { authorization: `Bearer ${token}` }, perMessageDeflate: false });
    return new Promise((resolve, reject) => {
      ws.once("error", reject);
      // The first frame is auth_ok; only then attach the client.
      ws.once("message", () => resolve(new WsBenchClient(ws)));
    });
  }

  protected write(bytes: Uint8Array): void {
    this.ws.send(bytes);
  }

  close(): void {
    this.ws.close();
  }
}

export class TcpBenchClient extends Base {
  readonly name = "tcp-bridge";
  private readonly decoder = new FrameDecoder(LIMITS);

  private constructor(private readonly socket: Socket) {
    super();
    socket.on("data", (chunk: Buffer) => {
      for (const frame of this.decoder.push(chunk)) this.receive(frame.bytes);
    });
  }

  static async open(port: number, token: string, deviceId: string): Promise<TcpBenchClient> {
    const socket = connect({ host: "127.0.0.1", port, noDelay: true });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    });
    const client = new TcpBenchClient(socket);
    const ok = await client.request("auth", { token, deviceId });
    if (ok.op !== "auth_ok") throw new Error(`AUTH failed: ${JSON.stringify(ok.d)}`);
    return client;
  }

  protected write(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  close(): void {
    this.socket.end();
  }
}
