/**
 * The upstream side of one client: a WebSocket to the gateway Worker's `/v1/ws` in binary
 * encoding, authenticated with the client's access token. The UserDO sends `auth_ok`
 * first on every new socket; a refused upgrade (401, 400, 429...) becomes the AppError the
 * Worker answered with, read from its `{"error":{"code","message"}}` body.
 */
import type { IncomingMessage } from "node:http";
import WebSocket from "ws";
import { CLOSE } from "../../shared/close.js";
import { AppError, isErrorCode, type ErrorCode } from "../../shared/errors.js";
import type { UpstreamResult } from "./metrics.js";

export interface UpstreamTarget {
  /** The Worker's base URL (ws:// or wss://), path prefix allowed. */
  url: URL;
  connectTimeoutMs: number;
  maxFrameBytes: number;
}

export interface UpstreamHandlers {
  /** Every binary message after `auth_ok`, in order. */
  onMessage(data: Buffer): void;
  /** A text message: the Worker broke the binary contract. */
  onText(): void;
  onPong(): void;
  /** The socket closed (after `auth_ok`); `code` 1006 when the connection dropped. */
  onClose(code: number, reason: string): void;
}

export class UpstreamError extends Error {
  constructor(
    readonly error: AppError,
    readonly result: Exclude<UpstreamResult, "ok">,
  ) {
    super(error.message);
  }
}

/** Largest refusal body read; the Worker's error bodies are small JSON. */
const MAX_REFUSAL_BODY = 4_096;

/** The `/v1/ws` URL for one client: binary encoding, its device id if it gave one. */
export function upstreamUrl(base: URL, deviceId: string | undefined): URL {
  const url = new URL(base.toString());
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/v1/ws`;
  url.search = "";
  url.searchParams.set("encoding", "binary");
  if (deviceId !== undefined) url.searchParams.set("deviceId", deviceId);
  return url;
}

/**
 * Opens the upstream WebSocket and waits for its `auth_ok` frame. Resolves with the socket
 * and that frame; `handlers` receive everything after it (messages that arrive in the same
 * read as `auth_ok` included, so the caller must buffer until it is ready). Rejects with an
 * UpstreamError; `signal` aborts (the client went away meanwhile).
 */
export function connectUpstream(
  target: UpstreamTarget,
  auth: { token: string; deviceId: string | undefined },
  handlers: UpstreamHandlers,
  signal: AbortSignal,
): Promise<{ ws: WebSocket; authOk: Buffer }> {
  return new Promise((resolve, reject) => {
    // "open" once auth_ok arrived; after "failed" the socket's dying events are ignored.
    let state: "connecting" | "open" | "failed" = "connecting";
    const ws = new WebSocket(upstreamUrl(target.url, auth.deviceId), {
      // A header, not `?token=`: URLs end up in access logs, headers do not.
      headers: { authorization: `Bearer ${auth.token}` },
      perMessageDeflate: false,
      followRedirects: false,
      maxPayload: target.maxFrameBytes,
    });
    const fail = (error: AppError, result: Exclude<UpstreamResult, "ok">) => {
      if (state !== "connecting") return;
      state = "failed";
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      ws.terminate();
      reject(new UpstreamError(error, result));
    };
    const timer = setTimeout(
      () => fail(new AppError("timeout", `upstream did not answer within ${target.connectTimeoutMs} ms`), "timeout"),
      target.connectTimeoutMs,
    );
    const onAbort = () => fail(new AppError("unavailable", "client went away"), "failed");
    signal.addEventListener("abort", onAbort, { once: true });

    // After a failure ws may still emit errors (e.g. "closed before the connection was established").
    ws.on("error", (err: Error) => {
      fail(new AppError("unavailable", `upstream unreachable: ${(err as NodeJS.ErrnoException).code ?? err.message}`), "failed");
    });
    ws.on("unexpected-response", (_req, res: IncomingMessage) => {
      readRefusal(res).then(
        (error) => fail(error, "refused"),
        () => fail(statusError(res.statusCode ?? 502), "refused"),
      );
    });
    ws.on("message", (data: Buffer, isBinary: boolean) => {
      if (state === "open") {
        if (isBinary) handlers.onMessage(data);
        else handlers.onText();
        return;
      }
      if (state === "failed") return;
      if (!isBinary) return fail(new AppError("internal", "upstream sent text before auth_ok"), "failed");
      state = "open";
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      resolve({ ws, authOk: data });
    });
    ws.on("pong", () => {
      if (state === "open") handlers.onPong();
    });
    let closeReported = false;
    const reportClose = (code: number, reason: Buffer) => {
      if (state !== "open" || closeReported) return;
      closeReported = true;
      handlers.onClose(code, reason.toString());
    };
    ws.on("open", () => {
      // ws emits 'close' only when the TCP connection ends, which a server may delay after
      // its close frame (workerd locally: ~10 s). Its receiver's 'conclude' event marks the
      // close frame itself; used when present (an internal of ws, hence the guard).
      const receiver = (ws as unknown as { _receiver?: { on?: (event: string, fn: (code: number, reason: Buffer) => void) => void } })._receiver;
      receiver?.on?.("conclude", (code, reason) => reportClose(code, Buffer.from(reason)));
    });
    ws.on("close", (code: number, reason: Buffer) => {
      if (state === "connecting") return fail(new AppError("unavailable", `upstream closed before auth_ok (${code})`), "failed");
      reportClose(code, reason);
    });
  });
}

/** Reads the Worker's refusal body into its AppError; falls back to the status code. */
async function readRefusal(res: IncomingMessage): Promise<AppError> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REFUSAL_BODY) break;
    chunks.push(chunk);
  }
  const status = res.statusCode ?? 502;
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { error?: { code?: unknown; message?: unknown } };
    const code = body.error?.code;
    const message = body.error?.message;
    // Server errors are the Worker's trouble, not the client's: always retryable for it.
    if (isErrorCode(code) && status < 500 && typeof message === "string") return new AppError(code, message);
  } catch {
    // not JSON: use the status
  }
  return statusError(status);
}

/** An AppError for an HTTP status the Worker answered without a usable body. */
export function statusError(status: number): AppError {
  const byStatus: Record<number, ErrorCode> = { 400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 429: "rate_limited" };
  const code = byStatus[status];
  if (code) return new AppError(code, `upstream refused the connection (${status})`);
  return new AppError("unavailable", `upstream refused the connection (${status})`);
}

/**
 * What an upstream close means for the client. The Worker's own closes (a newer connection
 * of the device, an ended session) are final answers; anything else is a lost upstream
 * (`drop` names the cause for metrics): retryable, the client reconnects and syncs.
 */
export function upstreamCloseOutcome(code: number): { error: AppError; drop?: string } {
  if (code === CLOSE.replaced.code) return { error: new AppError("conflict", CLOSE.replaced.reason) };
  if (code === CLOSE.sessionEnded.code) return { error: new AppError("unauthorized", CLOSE.sessionEnded.reason) };
  if (code === CLOSE.banned.code) return { error: new AppError("forbidden", CLOSE.banned.reason) };
  if (code === CLOSE.flooding.code) return { error: new AppError("rate_limited", CLOSE.flooding.reason, 1_000) };
  return {
    error: new AppError("unavailable", "connection to the server was lost; reconnect and sync"),
    drop: code === 1006 ? "dropped" : `close_${code}`,
  };
}
