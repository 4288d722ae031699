/**
 * A local HTTP receiver for end-to-end tests: records every request (method, path,
 * headers, raw body) and answers with whatever the test's handler decides.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";

export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  at: number;
}

export type Answer = { status: number; body?: string; headers?: Record<string, string> };

export interface Receiver {
  url: string;
  requests: Received[];
  /** Requests whose path starts with `prefix` (and that pass `filter`). */
  on(prefix: string, filter?: (r: Received) => boolean): Received[];
  /** Resolves once `count` requests match, or rejects after `timeoutMs`. */
  waitFor(prefix: string, count: number, timeoutMs?: number, filter?: (r: Received) => boolean): Promise<Received[]>;
  close(): Promise<void>;
}

export async function startReceiver(handle: (r: Received) => Answer | Promise<Answer>): Promise<Receiver> {
  const requests: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const received: Received = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks), at: Date.now() };
      requests.push(received);
      let answer: Answer;
      try {
        answer = await handle(received);
      } catch (err) {
        answer = { status: 500, body: String(err) };
      }
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const on = (prefix: string, filter: (r: Received) => boolean = () => true) => requests.filter((r) => r.path.startsWith(prefix) && filter(r));
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    on,
    async waitFor(prefix, count, timeoutMs = 20_000, filter) {
      const deadline = Date.now() + timeoutMs;
      while (on(prefix, filter).length < count) {
        if (Date.now() > deadline) throw new Error(`receiver got ${on(prefix, filter).length} of ${count} requests on ${prefix} in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return on(prefix, filter);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
