/**
 * ChatError: every failure the SDK reports, with a stable string `code`. Server failures
 * keep the server's code (shared/errors.ts), so an app branches on the same codes whether
 * the error came over HTTP, the WebSocket or the TCP bridge. A few codes exist only on the
 * client side, for things the server never says.
 */
import { ERRORS, isErrorCode, type ErrorCode } from "../../shared/errors.js";
import type { ErrorPayload } from "../../shared/protocol.js";

/** Codes only the SDK produces. */
export const CLIENT_ERRORS = {
  /** The client was closed (or never connected) while the call was waiting. */
  closed: { status: 0, retryable: false },
  /** The connection dropped before the server answered; the SDK retries what it safely can. */
  disconnected: { status: 0, retryable: true },
  /** This server does not offer the operation or route yet. */
  not_supported: { status: 501, retryable: false },
  /** The server answered with something the SDK could not read. */
  bad_response: { status: 502, retryable: true },
} as const;

export type ClientErrorCode = keyof typeof CLIENT_ERRORS;
export type ChatErrorCode = ErrorCode | ClientErrorCode;

export class ChatError extends Error {
  override readonly name = "ChatError";
  readonly status: number;
  readonly retryable: boolean;
  /** When the server asked for a pause before retrying (rate limits). */
  readonly retryAfterMs?: number;

  constructor(
    readonly code: ChatErrorCode,
    message: string,
    opts: { status?: number; retryable?: boolean; retryAfterMs?: number } = {},
  ) {
    super(message);
    const known = isErrorCode(code) ? ERRORS[code] : CLIENT_ERRORS[code as ClientErrorCode];
    this.status = opts.status ?? known?.status ?? 0;
    this.retryable = opts.retryable ?? known?.retryable ?? false;
    if (opts.retryAfterMs !== undefined) this.retryAfterMs = opts.retryAfterMs;
  }

  /** A plain object for logs and NDJSON output. */
  toJSON(): { code: string; message: string; status: number; retryable: boolean } {
    return { code: this.code, message: this.message, status: this.status, retryable: this.retryable };
  }
}

/** An `error` op payload (or an HTTP error body) as a ChatError; unknown codes are kept as `internal`. */
export function errorFromPayload(d: Partial<ErrorPayload> | undefined): ChatError {
  const code = d?.code;
  const message = typeof d?.message === "string" && d.message ? d.message : "request failed";
  if (!isErrorCode(code)) return new ChatError("internal", `${message}${code ? ` (${String(code)})` : ""}`);
  const opts: { status?: number; retryable?: boolean; retryAfterMs?: number } = {};
  if (typeof d?.status === "number" && d.status > 0) opts.status = d.status;
  if (typeof d?.retryable === "boolean") opts.retryable = d.retryable;
  if (typeof d?.retryAfterMs === "number" && d.retryAfterMs > 0) opts.retryAfterMs = d.retryAfterMs;
  return new ChatError(code, message, opts);
}

export function isChatError(err: unknown): err is ChatError {
  return err instanceof ChatError;
}
