/** Exit codes of `imserver` (docs/cli.md): stable, so scripts can branch on them. */
import { ChatError } from "../sdk/src/index.js";
import { UsageError } from "./args.js";

export const EXIT = {
  ok: 0,
  /** The server failed or answered something unexpected. */
  error: 1,
  /** Bad command line. */
  usage: 2,
  /** Not signed in, wrong credentials, or the session ended. */
  auth: 3,
  /** The server refused: no such user/conversation, not a member, name taken, invalid input. */
  refused: 4,
  /** The server cannot be reached (or the connection was lost for good). */
  unreachable: 5,
  /** The server (or this build) does not offer the feature yet. */
  unsupported: 6,
} as const;

export function exitCodeOf(err: unknown): number {
  if (err instanceof UsageError) return EXIT.usage;
  if (!(err instanceof ChatError)) return EXIT.error;
  switch (err.code) {
    case "unauthorized":
    case "token_expired":
      return EXIT.auth;
    case "not_found":
    case "forbidden":
    case "conflict":
    case "bad_request":
    case "too_large":
    case "idempotency_mismatch":
      return EXIT.refused;
    case "unavailable":
    case "disconnected":
    case "closed":
    case "timeout":
      return EXIT.unreachable;
    case "not_supported":
      return EXIT.unsupported;
    default:
      return EXIT.error;
  }
}
