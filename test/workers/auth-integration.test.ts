import { env, exports } from "cloudflare:workers";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { api, login, register, uniqueName } from "../helpers/worker/client.js";

const secret = new TextEncoder().encode(env.JWT_SECRET);

async function token(claims: Record<string, unknown>, opts: { key?: Uint8Array; iss?: string; aud?: string; exp?: number; nbf?: number; alg?: string } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ sid: "s", did: "d", ...claims })
    .setProtectedHeader({ alg: opts.alg ?? "HS256" })
    .setIssuer(opts.iss ?? env.JWT_ISSUER)
    .setAudience(opts.aud ?? env.JWT_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(opts.exp ?? now + 600);
  if (opts.nbf !== undefined) jwt.setNotBefore(opts.nbf);
  return jwt.sign(opts.key ?? secret);
}

function unsigned(payload: Record<string, unknown>): string {
  const enc = (o: unknown) => btoa(JSON.stringify(o)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return `${enc({ alg: "none", typ: "JWT" })}.${enc(payload)}.`;
}

describe("POST /v1/auth/register", () => {
  it("creates a user and returns tokens (201)", async () => {
    const username = uniqueName("reg");
    const res = await api("/v1/auth/register", { body: { username, password: "long enough pw" } });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ username, displayName: username });
    expect(res.body.user.id).toMatch(/^[0-9A-Z]{26}$/);
    expect(typeof res.body.accessToken).toBe("string");
    expect(typeof res.body.refreshToken).toBe("string");
    expect(res.body).not.toHaveProperty("password");
  });

  it("refuses a taken username, regardless of case (409)", async () => {
    const username = uniqueName("Dup");
    await register(username);
    const res = await api("/v1/auth/register", { body: { username: username.toLowerCase(), password: "another password" } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("conflict");
  });

  it.each([
    ["missing password", { username: "someone" }],
    ["short password", { username: "someone", password: "short" }],
    ["bad username", { username: "no spaces allowed", password: "long enough pw" }],
    ["wrong types", { username: 42, password: true }],
  ])("rejects %s with 400 bad_request", async (_name, body) => {
    const res = await api("/v1/auth/register", { body });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("bad_request");
    expect(typeof res.body.error.message).toBe("string");
  });

  it("rejects malformed JSON with 400 bad_json", async () => {
    const res = await api("/v1/auth/register", { rawBody: '{"username": "x",', headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("bad_json");
  });

  it("rejects an oversized body with 400 too_large", async () => {
    const res = await api("/v1/auth/register", { body: { username: "big", password: "x".repeat(70_000) } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("too_large");
  });
});

describe("POST /v1/auth/login", () => {
  it("logs in with the right password and refuses the wrong one (401)", async () => {
    const username = uniqueName("login");
    const account = await register(username, "right password");
    const ok = await api("/v1/auth/login", { body: { username, password: "right password" } });
    expect(ok.status).toBe(200);
    expect(ok.body.user.id).toBe(account.user.id);
    const bad = await api("/v1/auth/login", { body: { username, password: "wrong password" } });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe("unauthorized");
    const unknown = await api("/v1/auth/login", { body: { username: uniqueName("ghost"), password: "whatever123" } });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe(bad.body.error.message);
  });

  it("stores passwords as salted PBKDF2-SHA256, never in clear", async () => {
    const username = uniqueName("hash");
    const account = await register(username, "a secret password");
    const row = await env.DB.prepare("SELECT algorithm, iterations, salt, hash FROM credentials WHERE user_id = ?").bind(account.user.id).first<Record<string, unknown>>();
    expect(row).toMatchObject({ algorithm: "pbkdf2-sha256", iterations: Number(env.PBKDF2_ITERATIONS) });
    expect(JSON.stringify(row)).not.toContain("a secret password");
    const other = await register(uniqueName("hash"), "a secret password");
    const row2 = await env.DB.prepare("SELECT salt, hash FROM credentials WHERE user_id = ?").bind(other.user.id).first<Record<string, unknown>>();
    expect(row2!["salt"]).not.toBe(row!["salt"]);
    expect(row2!["hash"]).not.toBe(row!["hash"]);
  });
});

describe("refresh tokens", () => {
  it("rotate: the new token works, the old one is refused and revokes the session", async () => {
    const account = await register();
    const first = await api("/v1/auth/refresh", { body: { refreshToken: account.refreshToken } });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(account.refreshToken);
    expect((await api("/v1/users/me", { token: first.body.accessToken })).status).toBe(200);

    // Reusing the spent token means it was stolen: the whole session ends.
    const reuse = await api("/v1/auth/refresh", { body: { refreshToken: account.refreshToken } });
    expect(reuse.status).toBe(401);
    const afterTheft = await api("/v1/auth/refresh", { body: { refreshToken: first.body.refreshToken } });
    expect(afterTheft.status).toBe(401);
    expect((await api("/v1/users/me", { token: first.body.accessToken })).status).toBe(401);
  });

  it("are stored hashed", async () => {
    const account = await register();
    const rows = await env.DB.prepare("SELECT token_hash FROM refresh_tokens WHERE user_id = ?").bind(account.user.id).all<{ token_hash: string }>();
    expect(rows.results).toHaveLength(1);
    expect(rows.results[0]!.token_hash).not.toBe(account.refreshToken);
    expect(rows.results[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("rejects an unknown token and a bad body", async () => {
    expect((await api("/v1/auth/refresh", { body: { refreshToken: "x".repeat(43) } })).status).toBe(401);
    expect((await api("/v1/auth/refresh", { body: {} })).status).toBe(400);
  });
});

describe("logout", () => {
  it("revokes the session: its refresh and access tokens stop working; other sessions live on", async () => {
    const account = await register();
    const otherDevice = await login(account.user.username, undefined, "tablet");
    const res = await api("/v1/auth/logout", { method: "POST", token: account.accessToken });
    expect(res.status).toBe(204);
    expect((await api("/v1/auth/refresh", { body: { refreshToken: account.refreshToken } })).status).toBe(401);
    expect((await api("/v1/users/me", { token: account.accessToken })).status).toBe(401);
    expect((await api("/v1/users/me", { token: otherDevice.accessToken })).status).toBe(200);
  });

  it("works with only the refresh token", async () => {
    const account = await register();
    const res = await api("/v1/auth/logout", { body: { refreshToken: account.refreshToken } });
    expect(res.status).toBe(204);
    expect((await api("/v1/users/me", { token: account.accessToken })).status).toBe(401);
  });

  it("needs some credential (401)", async () => {
    expect((await api("/v1/auth/logout", { method: "POST" })).status).toBe(401);
  });
});

describe("access tokens", () => {
  it("GET /v1/users/me returns the caller", async () => {
    const account = await register();
    const res = await api("/v1/users/me", { token: account.accessToken });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: account.user.id, username: account.user.username });
  });

  it("GET /v1/users/:id finds users and 404s unknown ids", async () => {
    const a = await register();
    const b = await register();
    const found = await api(`/v1/users/${b.user.id}`, { token: a.accessToken });
    expect(found.status).toBe(200);
    expect(found.body.user).toMatchObject({ id: b.user.id, username: b.user.username });
    const missing = await api("/v1/users/01ZZZZZZZZZZZZZZZZZZZZZZZZ", { token: a.accessToken });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
  });

  it("refuses every kind of bad token with 401", async () => {
    const account = await register();
    const sub = account.user.id;
    const claims = { sub, sid: account.sessionId, did: account.deviceId };
    const now = Math.floor(Date.now() / 1000);
    const cases: Array<[string, string | undefined, string]> = [
      ["missing", undefined, "unauthorized"],
      ["garbage", "not.a.token", "unauthorized"],
      ["expired", await token(claims, { exp: now - 10 }), "token_expired"],
      ["not yet valid", await token(claims, { nbf: now + 3600 }), "unauthorized"],
      ["other key", await token(claims, { key: new TextEncoder().encode("another-secret-another-secret-000000") }), "unauthorized"],
      ["alg none", unsigned({ ...claims, iss: env.JWT_ISSUER, aud: env.JWT_AUDIENCE, exp: now + 600, iat: now }), "unauthorized"],
      ["HS512 (algorithm not pinned)", await token(claims, { alg: "HS512" }), "unauthorized"],
      ["wrong issuer", await token(claims, { iss: "someone-else" }), "unauthorized"],
      ["wrong audience", await token(claims, { aud: "someone-else" }), "unauthorized"],
    ];
    for (const [name, jwt, code] of cases) {
      const res = await api("/v1/users/me", jwt ? { token: jwt } : {});
      expect(res.status, name).toBe(401);
      expect(res.body.error.code, name).toBe(code);
      expect(res.headers.get("www-authenticate"), name).toContain("Bearer");
    }
    // The well-formed control: same claims, right key, accepted.
    expect((await api("/v1/users/me", { token: await token(claims) })).status).toBe(200);
  });

  it("refuses a WebSocket upgrade without a valid token before upgrading (401)", async () => {
    for (const url of ["http://x/v1/ws", "http://x/v1/ws?token=bogus"]) {
      const res = await exports.default.fetch(new Request(url, { headers: { upgrade: "websocket" } }));
      expect(res.status).toBe(401);
      expect(res.webSocket).toBeNull();
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    }
  });

  it("answers a plain GET on /v1/ws with 426", async () => {
    const res = await api("/v1/ws");
    expect(res.status).toBe(426);
    expect(res.body.error.code).toBe("upgrade_required");
  });
});

describe("gateway basics", () => {
  it("GET /healthz is liveness only", async () => {
    const res = await api("/healthz");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok" });
  });

  it("unknown routes get a coded 404", async () => {
    const res = await api("/v1/nope");
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: "not_found", message: "no such route" } });
  });
});
