/** IMServer accounts for the workloads, registered through the public HTTP API. */
import { mapLimit } from "./concurrency.js";

export interface BenchUser {
  id: string;
  username: string;
  token: string;
}

export interface HttpReply {
  status: number;
  body: any;
}

/** One JSON HTTP call. */
export async function http(base: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<HttpReply> {
  const headers: Record<string, string> = {};
  if (init.token) headers["authorization"] = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(base + path, {
    method: init.method ?? (init.body !== undefined ? "POST" : "GET"),
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body };
}

/**
 * A growing pool of registered users. `take(n)` hands out users not handed out before, so
 * workloads never share a conversation; `first(n)` reuses the oldest (for connection counts).
 */
export class UserPool {
  private readonly users: BenchUser[] = [];
  private taken = 0;
  private serial = 0;

  constructor(
    private readonly base: () => string,
    private readonly runId: string,
  ) {}

  get size(): number {
    return this.users.length;
  }

  /** Registers users until the pool holds `n`. */
  async ensure(n: number, concurrency = 8): Promise<void> {
    const missing = n - this.users.length;
    if (missing <= 0) return;
    const fresh = await mapLimit(Array.from({ length: missing }, () => this.serial++), concurrency, (i) => this.register(i));
    this.users.push(...fresh);
  }

  /** n users nobody took before (registering more if needed). */
  async take(n: number): Promise<BenchUser[]> {
    await this.ensure(this.taken + n);
    const out = this.users.slice(this.taken, this.taken + n);
    this.taken += n;
    return out;
  }

  /** The first n users of the pool (registering more if needed). */
  async first(n: number): Promise<BenchUser[]> {
    await this.ensure(n);
    return this.users.slice(0, n);
  }

  private async register(i: number): Promise<BenchUser> {
    const username = `b${this.runId}_${i.toString(36)}`;
    for (let attempt = 1; ; attempt++) {
      const res = await http(this.base(), "/v1/auth/register", { body: { username, password: "bench-password-1" } });
      if (res.status === 201) return { id: res.body.user.id, username, token: res.body.accessToken };
      if (attempt >= 3 || res.status < 500) throw new Error(`register ${username}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    }
  }
}
