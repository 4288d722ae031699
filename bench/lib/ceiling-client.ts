/** A bare WebSocket client of the ceiling Worker (bench/ceiling): text frames, no codec. */
import WebSocket from "ws";

export class CeilingSocket {
  /** Called for every frame after the hello, with its arrival time. */
  onMessage: ((text: string, at: number) => void) | undefined;
  connectMs = 0;

  private constructor(private readonly ws: WebSocket) {}

  /** Connects to `<wsBase><path>` and resolves once the object's hello frame arrives. */
  static connect(wsBase: string, path: string, timeoutMs = 30_000): Promise<CeilingSocket> {
    const started = performance.now();
    const ws = new WebSocket(wsBase + path, { perMessageDeflate: false });
    const socket = new CeilingSocket(ws);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no hello from ${path} in ${timeoutMs} ms`)), timeoutMs);
      let hello = false;
      ws.on("message", (data: Buffer) => {
        const at = performance.now();
        if (!hello) {
          hello = true;
          clearTimeout(timer);
          socket.connectMs = at - started;
          resolve(socket);
          return;
        }
        socket.onMessage?.(data.toString(), at);
      });
      ws.once("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
      ws.once("unexpected-response", (_req, res) => {
        clearTimeout(timer);
        reject(new Error(`upgrade refused: HTTP ${res.statusCode}`));
      });
    });
  }

  send(text: string): void {
    this.ws.send(text);
  }

  close(): void {
    this.ws.on("error", () => undefined);
    if (this.ws.readyState === WebSocket.OPEN) this.ws.close(1000, "bench done");
    else this.ws.terminate();
  }
}
