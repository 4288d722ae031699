/**
 * Security at the gateway: headers on every response, strict CORS, method and URL guards,
 * and JWT signing-key rotation by `kid`.
 */
import { env } from "cloudflare:workers";
import { decodeProtectedHeader, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { configFrom } from "../../workers/config.js";
import { signAccessToken, verifyAccessToken } from "../../workers/auth/jwt.js";
import { api, register } from "../helpers/worker/client.js";

const ALLOWED = "https://chat.example.test";

describe("security headers", () => {
  it("are on successes and errors alike", async () => {
    for (const path of ["/healthz", "/v1/nope", "/v1/users/me"]) {
      const res = await api(path);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      expect(res.headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(res.headers.get("strict-transport-security"), path).toMatch(/max-age=\d+/);
      expect(res.headers.get("content-security-policy"), path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get("x-request-id"), path).toBeTruthy();
    }
  });

  it("never leak internals in error bodies", async () => {
    const res = await api("/v1/auth/register", { rawBody: "{", headers: { "content-type": "application/json" } });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts|stack|SQLITE/);
  });
});

describe("CORS", () => {
  it("allows only configured origins", async () => {
    const ok = await api("/healthz", { headers: { origin: ALLOWED } });
    expect(ok.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(ok.headers.get("access-control-expose-headers")).toContain("x-request-id");
    expect(ok.headers.get("vary")).toContain("Origin");
    const evil = await api("/healthz", { headers: { origin: "https://evil.example" } });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers preflights for allowed origins and existing routes only", async () => {
    const pre = await api("/v1/conversations/d:a:b/messages", { method: "OPTIONS", headers: { origin: ALLOWED, "access-control-request-method": "POST" } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
    expect(pre.headers.get("access-control-allow-headers")).toContain("authorization");
    expect((await api("/v1/users/me", { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "GET" } })).status).toBe(403);
    expect((await api("/v1/nope", { method: "OPTIONS", headers: { origin: ALLOWED } })).status).toBe(404);
  });
});

describe("method and size guards", () => {
  it("refuses TRACE with 405 and an overlong URL with 414", async () => {
    expect((await api("/healthz", { method: "TRACE" })).status).toBe(405);
    const long = await api(`/v1/users/${"x".repeat(9_000)}`);
    expect(long.status).toBe(414);
    expect(long.body.error.code).toBe("uri_too_long");
  });

  it("refuses an oversized path parameter", async () => {
    const a = await register();
    expect((await api(`/v1/users/${"y".repeat(300)}`, { token: a.accessToken })).status).toBe(400);
  });
});

describe("JWT key rotation by kid", () => {
  const secrets = { old: "old-secret-0123456789abcdef0123456789", next: "new-secret-0123456789abcdef0123456789" };
  const identity = { userId: "u1", deviceId: "d1", sessionId: "s1" };
  const configWith = (vars: Record<string, string>) => configFrom({ ...env, ...vars } as unknown as Env);

  it("signs with the current kid", async () => {
    const token = await signAccessToken(identity, configFrom(env));
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: "HS256", kid: "k1" });
  });

  it("keeps verifying tokens of a previous key until it retires, then refuses them", async () => {
    const before = configWith({ JWT_SECRET: secrets.old, JWT_KID: "2026-01" });
    const oldToken = await signAccessToken(identity, before);
    const rotated = configWith({
      JWT_SECRET: secrets.next,
      JWT_KID: "2026-06",
      JWT_PREVIOUS_KEYS: JSON.stringify([{ kid: "2026-01", secret: secrets.old, retireAt: new Date(Date.now() + 3_600_000).toISOString() }]),
    });
    expect(await verifyAccessToken(oldToken, rotated)).toEqual(identity);
    expect(decodeProtectedHeader(await signAccessToken(identity, rotated)).kid).toBe("2026-06");

    const retired = configWith({ JWT_SECRET: secrets.next, JWT_KID: "2026-06", JWT_PREVIOUS_KEYS: JSON.stringify([{ kid: "2026-01", secret: secrets.old, retireAt: Date.now() - 1 }]) });
    await expect(verifyAccessToken(oldToken, retired)).rejects.toMatchObject({ code: "unauthorized", message: expect.stringContaining("retired") });
    const forgotten = configWith({ JWT_SECRET: secrets.next, JWT_KID: "2026-06" });
    await expect(verifyAccessToken(oldToken, forgotten)).rejects.toMatchObject({ code: "unauthorized", message: expect.stringContaining("unknown key") });
  });

  it("refuses a token whose kid names one key but is signed with another", async () => {
    const config = configWith({ JWT_SECRET: secrets.next, JWT_KID: "b", JWT_PREVIOUS_KEYS: JSON.stringify([{ kid: "a", secret: secrets.old }]) });
    const forged = await new SignJWT({ sid: "s1", did: "d1" })
      .setProtectedHeader({ alg: "HS256", kid: "a" })
      .setSubject("u1").setIssuer(config.issuer).setAudience(config.audience).setIssuedAt().setExpirationTime("5m")
      .sign(new TextEncoder().encode(secrets.next));
    await expect(verifyAccessToken(forged, config)).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("accepts tokens without a kid (issued before rotation) with the current key", async () => {
    const config = configFrom(env);
    const legacy = await new SignJWT({ sid: "s1", did: "d1" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("u1").setIssuer(config.issuer).setAudience(config.audience).setIssuedAt().setExpirationTime("5m")
      .sign(new TextEncoder().encode(config.jwtKey.secret));
    expect(await verifyAccessToken(legacy, config)).toEqual(identity);
  });

  it("rejects a bad rotation config loudly", () => {
    expect(() => configWith({ JWT_PREVIOUS_KEYS: "not json" })).toThrow(/JWT_PREVIOUS_KEYS must be a JSON array/);
    expect(() => configWith({ JWT_PREVIOUS_KEYS: JSON.stringify([{ kid: "k1", secret: secrets.old }]) })).toThrow(/repeats the current JWT_KID/);
    expect(() => configWith({ JWT_PREVIOUS_KEYS: JSON.stringify([{ kid: "x", secret: "short" }]) })).toThrow(/at least 32/);
  });
});
