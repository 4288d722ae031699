/**
 * The WebSocket surface the SDK needs: the browser API, which `ws` (Node) and Workers also
 * implement. Apps on Node 20 pass `ws`'s class as `WebSocket`.
 */
export interface SocketMessageEvent {
  data: unknown;
}

export interface SocketCloseEvent {
  code: number;
  reason: string;
}

/**
 * A handler type checked bivariantly (like a method), so the browser's and `ws`'s richer
 * event types fit: they carry at least the fields read here.
 */
type Handler<E> = { bivariance(event: E): void }["bivariance"];

export interface SocketLike {
  readonly readyState: number;
  binaryType: string;
  send(data: string | ArrayBufferLike | Uint8Array): void;
  close(code?: number, reason?: string): void;
  onopen: Handler<unknown> | null;
  onmessage: Handler<SocketMessageEvent> | null;
  onclose: Handler<SocketCloseEvent> | null;
  onerror: Handler<unknown> | null;
}

export type SocketConstructor = new (url: string, protocols?: string | string[]) => SocketLike;

export const OPEN = 1;

/** The platform's WebSocket, if it has one (browsers, Workers, Node 22+). */
export function platformWebSocket(): SocketConstructor | undefined {
  const candidate = (globalThis as { WebSocket?: unknown }).WebSocket;
  return typeof candidate === "function" ? (candidate as SocketConstructor) : undefined;
}
