/**
 * A real TCP (or TLS) client of the bridge for end-to-end tests: raw bytes in, frames
 * decoded with the shared FrameDecoder and codec, like any client in another language.
 */
import { connect as netConnect, type Socket } from "node:net";
import { connect as tlsConnect } from "node:tls";
import { FrameDecoder } from "../../../shared/frame.js";
import { decodeBinary, encodePacket, type Packet } from "../../../shared/wire.js";
import { PacketInbox } from "../packet-inbox.js";

export { rawHeader } from "../raw-frame.js";

const LIMITS = { maxFrameBytes: 1 << 20 };

export interface Closed {
  /** The bridge half-closed (FIN) rather than reset the connection. */
  gotEnd: boolean;
  hadError: boolean;
  at: number;
}

export class TcpClient {
  private readonly inbox = new PacketInbox(10_000);
  readonly received = this.inbox.received;
  /** Raw bytes received, for tests that look below the codec. */
  bytesReceived = 0;
  closed: Closed | undefined;
  private readonly decoder = new FrameDecoder(LIMITS);
  private closeWaiters: Array<(c: Closed) => void> = [];
  private gotEnd = false;
  private nextId = 1;

  private constructor(readonly socket: Socket) {
    socket.on("data", (chunk: Buffer) => {
      this.bytesReceived += chunk.length;
      for (const frame of this.decoder.push(chunk)) {
        const decoded = decodeBinary(frame.bytes, LIMITS);
        if (!decoded.ok) throw new Error(`undecodable frame from the bridge: ${decoded.error.message}`);
        this.inbox.deliver(decoded.packet);
      }
    });
    socket.on("end", () => (this.gotEnd = true));
    socket.on("error", () => {});
    socket.on("close", (hadError) => {
      this.closed = { gotEnd: this.gotEnd, hadError, at: Date.now() };
      for (const w of this.closeWaiters) w(this.closed);
      this.closeWaiters = [];
    });
  }

  /** `localAddress` picks the source address (any of 127.0.0.0/8), to test per-IP limits. */
  static connect(port: number, opts: { tls?: { ca: string; servername?: string }; localAddress?: string } = {}): Promise<TcpClient> {
    const host = "127.0.0.1";
    const local = opts.localAddress ? { localAddress: opts.localAddress } : {};
    return new Promise((resolve, reject) => {
      const socket = opts.tls
        ? tlsConnect({ host, port, ...local, ca: opts.tls.ca, servername: opts.tls.servername ?? "localhost" }, () => done())
        : netConnect({ host, port, ...local }, () => done());
      const client = new TcpClient(socket);
      socket.setNoDelay(true);
      socket.once("error", reject);
      function done() {
        socket.off("error", reject);
        resolve(client);
      }
    });
  }

  /** Connects and authenticates; resolves with the AUTH_OK packet. */
  static async authed(port: number, token: string, deviceId?: string): Promise<{ client: TcpClient; authOk: Packet }> {
    const client = await TcpClient.connect(port);
    const authOk = await client.auth(token, deviceId);
    if (authOk.op !== "auth_ok") throw new Error(`auth failed: ${JSON.stringify(authOk)}`);
    return { client, authOk };
  }

  auth(token: string, deviceId?: string, timeoutMs = 10_000): Promise<Packet> {
    return this.request("auth", deviceId === undefined ? { token } : { token, deviceId }, timeoutMs);
  }

  writeRaw(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  send(packet: Packet): void {
    this.socket.write(encodePacket(packet, "binary", LIMITS) as Uint8Array);
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

  /** Resolves when the connection has closed (both directions), or rejects after `timeoutMs`. */
  waitClosed(timeoutMs = 10_000): Promise<Closed> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`still open after ${timeoutMs} ms; received ${JSON.stringify(this.received).slice(0, 300)}`)), timeoutMs);
      this.closeWaiters.push((c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.closed) return resolve();
      this.socket.once("close", () => resolve());
      this.socket.end();
    });
  }
}
