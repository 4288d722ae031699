/**
 * Authentication attacks not already covered by test/workers/auth-integration.test.ts
 * (which has: missing/garbage token, expired, nbf, another key, alg none, HS512, wrong
 * iss/aud, logout, refresh rotation and reuse). Each case: the attack, then the refusal.
 */
import { env, exports } from "cloudflare:workers";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { configFrom } from "../../../workers/config.js";
import { api, BASE, register } from "../../helpers/worker/client.js";

const secret = new TextEncoder().encode(env.JWT_SECRET);
const b64 = (s: string) => btoa(s).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

async function signed(claims: Record<string, unknown>, header: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims).setProtectedHeader({ alg: "HS256", ...header }).setIssuer(env.JWT_ISSUER).setAudience(env.JWT_AUDIENCE).setIssuedAt(now).setExpirationTime(now + 600).sign(secret);
}

async function refusedEverywhere(token: string, name: string) {
  const rest = await api("/v1/users/me", { token });
  expect(rest.status, `${name} (REST)`).toBe(401);
  expect(rest.body.error.code, name).toBeOneOf(["unauthorized", "token_expired"]);
  const ws = await exports.default.fetch(new Request(`${BASE}/v1/ws?token=${encodeURIComponent(token)}`, { headers: { upgrade: "websocket" } }));
  // A token too long for a URL is refused before it is even read (414 uri_too_long).
  expect(ws.status, `${name} (WebSocket upgrade)`).toBeOneOf([401, 414]);
  expect(ws.webSocket, name).toBeNull();
}

describe("forged and malformed access tokens are refused with 401, never 500", () => {
  it("alg none without a signature segment at all", async () => {
    const account = await register();
    const now = Math.floor(Date.now() / 1000);
    const payload = b64(JSON.stringify({ sub: account.user.id, sid: account.sessionId, did: account.deviceId, iss: env.JWT_ISSUER, aud: env.JWT_AUDIENCE, iat: now, exp: now + 600 }));
    await refusedEverywhere(`${b64(JSON.stringify({ alg: "none" }))}.${payload}`, "alg none, two segments");
    await refusedEverywhere(`${b64(JSON.stringify({ alg: "none", typ: "JWT" }))}.${payload}.`, "alg none, empty signature");
  });

  it("a tampered payload under a valid signature (privilege: another user's id)", async () => {
    const [victim, attacker] = await Promise.all([register(), register()]);
    const [h, p, s] = attacker.accessToken.split(".") as [string, string, string];
    const claims = JSON.parse(atob(p.replace(/-/g, "+").replace(/_/g, "/")));
    await refusedEverywhere(`${h}.${b64(JSON.stringify({ ...claims, sub: victim.user.id }))}.${s}`, "tampered sub");
  });

  it("structurally broken tokens: 1, 2 and 4 segments, bad base64url, JSON that is not an object, 20 KB", async () => {
    const account = await register();
    const [h, p, s] = account.accessToken.split(".") as [string, string, string];
    const cases: Record<string, string> = {
      "one segment": h,
      "four segments": `${h}.${p}.${s}.${s}`,
      "bad base64url": `${h}.${p}!!.${s}`,
      "header is a JSON string": `${b64('"HS256"')}.${p}.${s}`,
      "header is JSON null": `${b64("null")}.${p}.${s}`,
      "payload is not JSON": `${h}.${b64("{not json")}.${s}`,
      "20 KB": `${h}.${"A".repeat(20_000)}.${s}`,
    };
    for (const [name, token] of Object.entries(cases)) await refusedEverywhere(token, name);
  });

  it("validly signed tokens missing the claims that bind them to a session: sub, sid", async () => {
    const account = await register();
    await refusedEverywhere(await signed({ sid: account.sessionId, did: account.deviceId }), "no sub");
    await refusedEverywhere(await signed({ sub: account.user.id, did: account.deviceId }), "no sid");
    await refusedEverywhere(await signed({ sub: account.user.id, sid: "01HZZZZZZZZZZZZZZZZZZZZZZZ", did: account.deviceId }), "sid of no session");
    await refusedEverywhere(await signed({ sub: "01HZZZZZZZZZZZZZZZZZZZZZZZ", sid: account.sessionId, did: account.deviceId }), "session of another user");
  });

  it("a kid naming no key", async () => {
    const account = await register();
    await refusedEverywhere(await signed({ sub: account.user.id, sid: account.sessionId, did: account.deviceId }, { kid: "unknown-kid" }), "unknown kid");
  });

  it("a refresh token presented as an access token", async () => {
    const account = await register();
    await refusedEverywhere(account.refreshToken, "refresh token as bearer");
  });

  it("the access token of a logged-out session, on REST and on a new WebSocket", async () => {
    const account = await register();
    expect((await api("/v1/auth/logout", { token: account.accessToken, body: {} })).status).toBe(204);
    await refusedEverywhere(account.accessToken, "after logout");
  });

  it("an access token as a refresh token (the endpoints do not mix)", async () => {
    const account = await register();
    const res = await api("/v1/auth/refresh", { body: { refreshToken: account.accessToken } });
    expect(res.status).toBeOneOf([400, 401]);
  });
});

describe("password hashing parameters", () => {
  it("refuses a configuration above the production PBKDF2 cap of 100,000 iterations", () => {
    const base = { ...env } as Record<string, unknown>;
    expect(configFrom({ ...base, PBKDF2_ITERATIONS: "100000" } as never).pbkdf2Iterations).toBe(100_000);
    expect(() => configFrom({ ...base, PBKDF2_ITERATIONS: "100001" } as never)).toThrow(/configuration error.*100000/);
    expect(() => configFrom({ ...base, PBKDF2_ITERATIONS: "999" } as never)).toThrow(/configuration error/);
  });

  it("stores self-describing hashes: algorithm, iterations, a 16-byte salt, a 32-byte key", async () => {
    const account = await register();
    const row = await env.DB.prepare("SELECT algorithm, iterations, salt, hash FROM credentials WHERE user_id = ?").bind(account.user.id).first<{ algorithm: string; iterations: number; salt: string; hash: string }>();
    expect(row!.algorithm).toBe("pbkdf2-sha256");
    expect(row!.iterations).toBe(Number(env.PBKDF2_ITERATIONS));
    expect(row!.salt).toMatch(/^[A-Za-z0-9_-]{22}$/); // 16 bytes, base64url
    expect(row!.hash).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url
  });

  it("answers an unknown user and a wrong password identically (no enumeration by body or status)", async () => {
    const account = await register();
    const wrong = await api("/v1/auth/login", { body: { username: account.user.username, password: "wrong password!" } });
    const unknown = await api("/v1/auth/login", { body: { username: `nobody_${Date.now().toString(36)}`, password: "wrong password!" } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });
});
