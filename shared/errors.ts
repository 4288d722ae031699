/**
 * Every error code IMServer returns, defined once. Each transport maps an AppError in one
 * place: HTTP (status + `{"error":{"code","message"}}`), WebSocket (`error` op) and binary
 * frames (ERROR frame, whose `status` is the numeric form below).
 */
export const ERRORS = {
  bad_request: { status: 400, retryable: false },
  bad_json: { status: 400, retryable: false },
  // 400, not 413: the public contract answers every oversized body with 400 (docs/api.md).
  too_large: { status: 400, retryable: false },
  uri_too_long: { status: 414, retryable: false },
  frame_too_large: { status: 400, retryable: false },
  invalid_frame: { status: 400, retryable: false },
  unsupported_version: { status: 400, retryable: false },
  unknown_op: { status: 400, retryable: false },
  unauthorized: { status: 401, retryable: false },
  token_expired: { status: 401, retryable: false },
  forbidden: { status: 403, retryable: false },
  blocked: { status: 403, retryable: false },
  muted: { status: 403, retryable: false },
  not_found: { status: 404, retryable: false },
  method_not_allowed: { status: 405, retryable: false },
  upgrade_required: { status: 426, retryable: false },
  conflict: { status: 409, retryable: false },
  idempotency_mismatch: { status: 409, retryable: false },
  group_full: { status: 409, retryable: false },
  quota_exceeded: { status: 413, retryable: false },
  unsupported_media_type: { status: 415, retryable: false },
  range_not_satisfiable: { status: 416, retryable: false },
  message_rejected: { status: 422, retryable: false },
  rate_limited: { status: 429, retryable: true },
  internal: { status: 500, retryable: true },
  unavailable: { status: 503, retryable: true },
  timeout: { status: 504, retryable: true },
} as const satisfies Record<string, { status: number; retryable: boolean }>;

export type ErrorCode = keyof typeof ERRORS;

/** The plain shape errors travel in: over DO RPC, in HTTP bodies, in `error` ops. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** With `rate_limited` (and `unavailable` from an open circuit): when a retry may succeed. */
  retryAfterMs?: number;
}

export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  get status(): number {
    return ERRORS[this.code].status;
  }

  get retryable(): boolean {
    return ERRORS[this.code].retryable;
  }

  toBody(): ErrorBody {
    return this.retryAfterMs === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, retryAfterMs: this.retryAfterMs };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERRORS, value);
}

/**
 * Turns anything thrown into an AppError. Unknown failures become `internal` with a
 * generic message; the original is returned beside it so the caller can log it.
 */
export function toAppError(err: unknown): { error: AppError; unexpected: unknown } {
  if (err instanceof AppError) return { error: err, unexpected: undefined };
  return { error: new AppError("internal", "internal error"), unexpected: err };
}

/**
 * Result of a Durable Object RPC method. Workers RPC drops custom properties of thrown
 * errors, so DO methods return failures as data and the edge rethrows them.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, retryAfterMs?: number): Result<never> => ({
  ok: false,
  error: retryAfterMs === undefined ? { code, message } : { code, message, retryAfterMs },
});

/** Runs `fn`, returning a Result: AppErrors become failures, anything else `internal` (logged). */
export async function resultOf<T>(fn: () => T | Promise<T>, log: (err: unknown) => void = console.error): Promise<Result<T>> {
  try {
    return ok(await fn());
  } catch (err) {
    const { error, unexpected } = toAppError(err);
    if (unexpected !== undefined) log(unexpected);
    return { ok: false, error: error.toBody() };
  }
}

/** Unwraps a Result at the edge, rethrowing the failure as an AppError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new AppError(result.error.code, result.error.message, result.error.retryAfterMs);
}
