/**
 * Response shapes of the HTTP API (docs/api.md), shared by the gateway that builds them
 * and the SDK/CLI that read them. Request bodies are zod schemas next to their routes;
 * WebSocket payloads are in protocol.ts.
 */
import type { ConversationState } from "./protocol.js";

export type { GroupInfo } from "./protocol.js";

export interface PublicUser {
  id: string;
  username: string;
  displayName: string;
  createdAt: number;
}

/** `POST /v1/auth/register|login|refresh`. */
export interface AuthResult {
  user: PublicUser;
  accessToken: string;
  refreshToken: string;
  tokenType: "Bearer";
  /** Seconds until the access token expires. */
  expiresIn: number;
  sessionId: string;
  deviceId: string;
}

/** `GET /v1/users/me`. */
export interface MeResult {
  user: PublicUser;
  deviceId: string;
  sessionId: string;
}

/** `GET /v1/conversations`: most recently updated first; pass `nextCursor` as `cursor` for the next page. */
export interface ConversationPage {
  conversations: ConversationState[];
  nextCursor?: number;
}

/** The HTTP error body: `{"error": {"code", "message"}}`. */
export interface HttpErrorBody {
  error: { code: string; message: string };
}
