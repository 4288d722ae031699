/**
 * The HTTP API (docs/api.md) as typed calls: auth, users, the conversation list, history,
 * and the groups routes of the public contract. Errors become ChatErrors with the server's
 * code; a network failure is `unavailable` (retryable).
 */
import type { AuthResult, ConversationPage, GroupInfo, MeResult, PublicUser } from "../../shared/api.js";
import type { HistoryResult, OutgoingMessage, Presence, SendAck } from "../../shared/protocol.js";
import { ChatError, errorFromPayload } from "./errors.js";
import * as normalize from "./normalize.js";

export type FetchLike = (input: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<{
  status: number;
  text(): Promise<string>;
}>;

export interface ApiOptions {
  /** Server base URL, e.g. `https://im.example.com` or `http://127.0.0.1:8787`. */
  url: string;
  /** Access token for authenticated calls (called per request, so it may refresh). */
  token?: () => string | Promise<string>;
  fetch?: FetchLike;
}

export interface Credentials {
  username: string;
  password: string;
  displayName?: string;
  deviceId?: string;
}

export interface HistoryQuery {
  afterSeq?: number;
  beforeSeq?: number;
  limit?: number;
}

interface Call {
  method?: "GET" | "POST" | "DELETE" | "PATCH";
  body?: unknown;
  auth?: boolean;
  /** A 404 here means the route itself is missing (the feature is not deployed). */
  routeProbe?: boolean;
  /** Overrides the access token (e.g. `/v1/users/me` with a token being checked). */
  token?: string;
}

export class ApiClient {
  private readonly base: string;
  private readonly fetchFn: FetchLike;

  constructor(private readonly o: ApiOptions) {
    this.base = o.url.replace(/\/+$/, "").replace(/^ws(s?):\/\//i, "http$1://");
    const f = o.fetch ?? (globalThis as { fetch?: FetchLike }).fetch;
    if (!f) throw new ChatError("bad_request", "no fetch implementation: pass `fetch`");
    // Browsers require fetch to be called with globalThis as `this`.
    this.fetchFn = o.fetch ?? ((input, init) => f.call(globalThis, input, init));
  }

  get url(): string {
    return this.base;
  }

  register(credentials: Credentials): Promise<AuthResult> {
    return this.call("/v1/auth/register", { method: "POST", body: credentials, auth: false });
  }

  login(credentials: Credentials): Promise<AuthResult> {
    return this.call("/v1/auth/login", { method: "POST", body: credentials, auth: false });
  }

  /** Rotates the refresh token: the one passed in is spent. */
  refresh(refreshToken: string): Promise<AuthResult> {
    return this.call("/v1/auth/refresh", { method: "POST", body: { refreshToken }, auth: false });
  }

  /** Ends the session (its sockets close with 4003). */
  async logout(refreshToken?: string): Promise<void> {
    await this.call("/v1/auth/logout", { method: "POST", body: refreshToken ? { refreshToken } : {}, auth: !refreshToken });
  }

  me(token?: string): Promise<MeResult> {
    return this.call("/v1/users/me", token ? { token } : {});
  }

  async user(id: string): Promise<PublicUser> {
    return (await this.call<{ user: PublicUser }>(`/v1/users/${encodeURIComponent(id)}`)).user;
  }

  async userByUsername(username: string): Promise<PublicUser> {
    return (await this.call<{ user: PublicUser }>(`/v1/users?username=${encodeURIComponent(username)}`)).user;
  }

  conversations(opts: { limit?: number; cursor?: number } = {}): Promise<ConversationPage> {
    return this.call(`/v1/conversations${query(opts)}`);
  }

  async history(conversationId: string, q: HistoryQuery = {}): Promise<HistoryResult> {
    const raw = await this.call<unknown>(`/v1/conversations/${encodeURIComponent(conversationId)}/messages${query({ ...q })}`);
    const result = normalize.historyResult({ conversationId, ...(raw as object) });
    if (!result) throw new ChatError("bad_response", "history response without messages");
    return result;
  }

  /** Sends over HTTP (no socket needed); same idempotency by clientMsgId as the socket. */
  send(conversationId: string, message: OutgoingMessage): Promise<SendAck> {
    return this.call(`/v1/conversations/${encodeURIComponent(conversationId)}/messages`, { method: "POST", body: message });
  }

  /** Who of `userIds` (at most 100) is online now, and when the others were last seen. */
  async presence(userIds: string[]): Promise<Presence[]> {
    if (userIds.length === 0) return [];
    const res = await this.call<{ presences?: unknown[] }>(`/v1/presence?userIds=${userIds.map(encodeURIComponent).join(",")}`, { routeProbe: true });
    return (res.presences ?? []).map(normalize.presence).filter((p): p is Presence => p !== undefined);
  }

  /** The signed-in user's groups. `not_supported` until the server has the groups feature. */
  async groups(): Promise<GroupInfo[]> {
    const res = await this.call<{ groups?: GroupInfo[] }>("/v1/groups", { routeProbe: true });
    return res.groups ?? [];
  }

  /** One group's info (members, and anyone when the group is open). */
  async group(groupId: string): Promise<GroupInfo> {
    return (await this.call<{ group: GroupInfo }>(`/v1/groups/${encodeURIComponent(groupId)}`)).group;
  }

  async createGroup(input: { name: string; members: string[] }): Promise<GroupInfo> {
    return (await this.call<{ group: GroupInfo }>("/v1/groups", { method: "POST", body: input })).group;
  }

  async addGroupMembers(groupId: string, userIds: string[]): Promise<void> {
    await this.call(`/v1/groups/${encodeURIComponent(groupId)}/members`, { method: "POST", body: { userIds } });
  }

  async removeGroupMember(groupId: string, userId: string): Promise<void> {
    await this.call(`/v1/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`, { method: "DELETE" });
  }

  private async call<T>(path: string, c: Call = {}): Promise<T> {
    const method = c.method ?? "GET";
    const headers: Record<string, string> = { accept: "application/json" };
    if (c.auth !== false) {
      const token = c.token ?? (await this.o.token?.());
      if (!token) throw new ChatError("unauthorized", "not signed in");
      headers["authorization"] = `Bearer ${token}`;
    }
    const init: { method: string; headers: Record<string, string>; body?: string } = { method, headers };
    if (c.body !== undefined) {
      headers["content-type"] = "application/json";
      init.body = JSON.stringify(c.body);
    }
    let res: { status: number; text(): Promise<string> };
    let text: string;
    try {
      res = await this.fetchFn(this.base + path, init);
      text = await res.text();
    } catch (err) {
      throw new ChatError("unavailable", `cannot reach ${this.base}: ${(err as Error).message ?? String(err)}`);
    }
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        throw new ChatError("bad_response", `${method} ${path.split("?")[0]} answered ${res.status} with a non-JSON body`);
      }
    }
    if (res.status >= 200 && res.status < 300) return body as T;
    if (res.status === 404 && c.routeProbe) throw new ChatError("not_supported", `this server does not offer ${method} ${path.split("?")[0]}`);
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw errorFromPayload({ ...error, status: res.status });
  }
}

function query(params: Record<string, number | string | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, number | string] => e[1] !== undefined);
  return entries.length === 0 ? "" : `?${new URLSearchParams(entries.map(([k, v]): [string, string] => [k, String(v)]))}`;
}
