/**
 * A signed-in session: the access token, the refresh token and who we are. It is the token
 * provider for the socket and the HTTP client: it refreshes the access token shortly before
 * it expires, and when a socket failed before the server accepted it and the server now
 * refuses the token. Refreshes are single-flight (refresh tokens rotate: a second refresh
 * with the same token would revoke the session). `onChange` lets the app persist it.
 */
import type { AuthResult, PublicUser } from "../../shared/api.js";
import type { Clock } from "./clock.js";
import { systemClock } from "./clock.js";
import type { TokenProvider, TokenRequest } from "./connection.js";
import { ChatError } from "./errors.js";
import { ApiClient, type Credentials, type FetchLike } from "./http.js";

export interface SessionData {
  accessToken: string;
  refreshToken: string;
  user: PublicUser;
  deviceId: string;
  sessionId: string;
}

export interface SessionOptions {
  url: string;
  fetch?: FetchLike;
  clock?: Clock;
  /** Refresh this long before the access token expires. */
  refreshSkewMs?: number;
  /** Called with the new data after every refresh, and with undefined after logout or revocation. */
  onChange?: (data: SessionData | undefined) => void;
  /**
   * For several processes or tabs sharing one session: `lock` serializes refreshes across
   * them (browsers: `navigator.locks`) and `load` reads the newest saved session, so a tab
   * adopts the tokens another tab just rotated instead of spending the old refresh token
   * again (which the server treats as theft and answers by revoking the session).
   */
  shared?: { lock<T>(fn: () => Promise<T>): Promise<T>; load(): SessionData | undefined };
}

export class AuthSession {
  private current: SessionData | undefined;
  private refreshing: Promise<string> | undefined;
  private readonly api: ApiClient;
  private readonly clock: Clock;

  constructor(data: SessionData, private readonly o: SessionOptions) {
    this.current = data;
    this.clock = o.clock ?? systemClock;
    this.api = new ApiClient({ url: o.url, ...(o.fetch ? { fetch: o.fetch } : {}) });
  }

  static async login(credentials: Credentials, o: SessionOptions): Promise<AuthSession> {
    const api = new ApiClient({ url: o.url, ...(o.fetch ? { fetch: o.fetch } : {}) });
    const session = new AuthSession(fromAuth(await api.login(credentials)), o);
    o.onChange?.(session.data);
    return session;
  }

  static async register(credentials: Credentials, o: SessionOptions): Promise<AuthSession> {
    const api = new ApiClient({ url: o.url, ...(o.fetch ? { fetch: o.fetch } : {}) });
    const session = new AuthSession(fromAuth(await api.register(credentials)), o);
    o.onChange?.(session.data);
    return session;
  }

  /** The session data, or undefined once it ended. */
  get data(): SessionData | undefined {
    return this.current;
  }

  get user(): PublicUser | undefined {
    return this.current?.user;
  }

  /** A valid access token, refreshed first when it expires within the skew (or when forced). */
  async accessToken(force = false): Promise<string> {
    const data = this.current;
    if (!data) throw new ChatError("unauthorized", "signed out");
    const expiresAt = tokenExpiry(data.accessToken);
    const skew = this.o.refreshSkewMs ?? 60_000;
    if (!force && expiresAt !== undefined && expiresAt - skew > this.clock.now()) return data.accessToken;
    return this.refresh();
  }

  /** The token provider for ChatClient: checks a token the server may have refused before reusing it. */
  readonly provider: TokenProvider = async (request: TokenRequest) => {
    if (request.rejected) return this.accessToken(true);
    if (request.failedBefore && this.current) {
      // A socket that died before auth_ok may have been refused for its token, or the
      // network may be down: one cheap call tells which, without spending a refresh.
      try {
        await this.api.me(await this.accessToken());
      } catch (err) {
        if (err instanceof ChatError && (err.code === "unauthorized" || err.code === "token_expired")) return this.accessToken(true);
        throw err;
      }
    }
    return this.accessToken();
  };

  /** Rotates the tokens now. Throws `unauthorized` (and ends the session) when the server refuses. */
  refresh(): Promise<string> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Ends the session on the server (best effort) and locally. */
  async logout(): Promise<void> {
    const data = this.current;
    this.end();
    if (data) await this.api.logout(data.refreshToken).catch(() => undefined);
  }

  private async doRefresh(): Promise<string> {
    const shared = this.o.shared;
    return shared ? shared.lock(() => this.refreshUnlessRotated(shared.load())) : this.refreshUnlessRotated(undefined);
  }

  private async refreshUnlessRotated(latest: SessionData | undefined): Promise<string> {
    const data = this.current;
    if (!data) throw new ChatError("unauthorized", "signed out");
    if (latest && latest.sessionId === data.sessionId && latest.refreshToken !== data.refreshToken) {
      // Someone sharing this session rotated the tokens first: use theirs.
      this.current = latest;
      const expiresAt = tokenExpiry(latest.accessToken);
      if (expiresAt === undefined || expiresAt - (this.o.refreshSkewMs ?? 60_000) > this.clock.now()) return latest.accessToken;
    }
    return this.rotate();
  }

  private async rotate(): Promise<string> {
    const data = this.current!;
    try {
      const next = fromAuth(await this.api.refresh(data.refreshToken));
      this.current = next;
      this.o.onChange?.(next);
      return next.accessToken;
    } catch (err) {
      if (err instanceof ChatError && (err.code === "unauthorized" || err.code === "token_expired")) this.end();
      throw err;
    }
  }

  private end(): void {
    if (!this.current) return;
    this.current = undefined;
    this.o.onChange?.(undefined);
  }
}

export function fromAuth(r: AuthResult): SessionData {
  return { accessToken: r.accessToken, refreshToken: r.refreshToken, user: r.user, deviceId: r.deviceId, sessionId: r.sessionId };
}

/** Expiry (ms since epoch) from a JWT's `exp`, without verifying it (the server does that). */
export function tokenExpiry(jwt: string): number | undefined {
  const part = jwt.split(".")[1];
  if (!part) return undefined;
  try {
    const json = atob(part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "="));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
