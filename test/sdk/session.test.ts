/** AuthSession: when it refreshes, that refreshes are single-flight, and how tabs share one session. */
import { describe, expect, it } from "vitest";
import { ChatError } from "../../sdk/src/errors.js";
import type { FetchLike } from "../../sdk/src/http.js";
import { AuthSession, tokenExpiry, type SessionData } from "../../sdk/src/session.js";
import { ManualClock } from "../helpers/sdk/fakes.js";

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
const jwt = (expSeconds: number, tag = "x") => `${b64({ alg: "HS256" })}.${b64({ sub: "U1", exp: expSeconds, tag })}.sig`;

function server(clock: ManualClock) {
  const calls: string[] = [];
  let n = 0;
  let meStatus = 200;
  const fetch: FetchLike = async (url, init) => {
    const path = new URL(url).pathname;
    calls.push(`${init?.method ?? "GET"} ${path}`);
    if (path === "/v1/auth/refresh") {
      const body = JSON.parse(init!.body!) as { refreshToken: string };
      if (body.refreshToken === "revoked") return { status: 401, text: async () => JSON.stringify({ error: { code: "unauthorized", message: "refresh token is not valid" } }) };
      n++;
      const result = { user: { id: "U1", username: "u", displayName: "u", createdAt: 0 }, accessToken: jwt(clock.now() / 1000 + 900, `r${n}`), refreshToken: `refresh-${n}`, tokenType: "Bearer", expiresIn: 900, sessionId: "S", deviceId: "D" };
      return { status: 200, text: async () => JSON.stringify(result) };
    }
    if (path === "/v1/users/me") {
      if (meStatus === 0) throw new TypeError("fetch failed");
      return meStatus === 200
        ? { status: 200, text: async () => JSON.stringify({ user: { id: "U1" }, deviceId: "D", sessionId: "S" }) }
        : { status: meStatus, text: async () => JSON.stringify({ error: { code: "unauthorized", message: "token expired" } }) };
    }
    return { status: 404, text: async () => "{}" };
  };
  return { fetch, calls, setMe: (status: number) => (meStatus = status) };
}

const data = (clock: ManualClock, expInSeconds: number, refreshToken = "refresh-0"): SessionData => ({
  accessToken: jwt(clock.now() / 1000 + expInSeconds),
  refreshToken,
  user: { id: "U1", username: "u", displayName: "u", createdAt: 0 },
  deviceId: "D",
  sessionId: "S",
});

describe("AuthSession", () => {
  it("reads a token's expiry, and tolerates garbage", () => {
    expect(tokenExpiry(jwt(1234))).toBe(1_234_000);
    expect(tokenExpiry("not-a-jwt")).toBeUndefined();
    expect(tokenExpiry("a.!!!.c")).toBeUndefined();
  });

  it("reuses a fresh token and refreshes one close to expiry, once for concurrent callers", async () => {
    const clock = new ManualClock();
    const s = server(clock);
    const saved: Array<string | undefined> = [];
    const session = new AuthSession(data(clock, 600), { url: "http://x", fetch: s.fetch, clock, onChange: (d) => saved.push(d?.refreshToken) });
    const first = await session.accessToken();
    expect(first).toBe(session.data!.accessToken);
    expect(s.calls).toEqual([]);
    await clock.advance(570_000); // 30 s left, inside the 60 s skew
    const [x, y] = await Promise.all([session.accessToken(), session.accessToken()]);
    expect(x).toBe(y);
    expect(x).not.toBe(first);
    expect(s.calls).toEqual(["POST /v1/auth/refresh"]);
    expect(saved).toEqual(["refresh-1"]);
  });

  it("as a token provider, checks the token after a failed connect: refreshes only if the server refuses it", async () => {
    const clock = new ManualClock();
    const s = server(clock);
    const session = new AuthSession(data(clock, 600), { url: "http://x", fetch: s.fetch, clock });
    const token = session.data!.accessToken;
    expect(await session.provider({ attempt: 1, failedBefore: true, rejected: false })).toBe(token);
    expect(s.calls).toEqual(["GET /v1/users/me"]);
    s.setMe(401);
    expect(await session.provider({ attempt: 2, failedBefore: true, rejected: false })).not.toBe(token);
    expect(s.calls).toEqual(["GET /v1/users/me", "GET /v1/users/me", "POST /v1/auth/refresh"]);
    s.setMe(0);
    await expect(session.provider({ attempt: 3, failedBefore: true, rejected: false })).rejects.toMatchObject({ code: "unavailable" });
    // A refusal seen directly (Node's 401 on upgrade) refreshes without asking.
    const before = s.calls.length;
    await session.provider({ attempt: 4, failedBefore: true, rejected: true });
    expect(s.calls.slice(before)).toEqual(["POST /v1/auth/refresh"]);
  });

  it("ends the session when the refresh token is refused", async () => {
    const clock = new ManualClock();
    const s = server(clock);
    const changes: unknown[] = [];
    const session = new AuthSession(data(clock, 10, "revoked"), { url: "http://x", fetch: s.fetch, clock, onChange: (d) => changes.push(d ?? null) });
    await expect(session.accessToken()).rejects.toBeInstanceOf(ChatError);
    expect(session.data).toBeUndefined();
    expect(changes).toEqual([null]);
    await expect(session.accessToken()).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("shared by tabs: adopts tokens another tab rotated instead of spending the old refresh token", async () => {
    const clock = new ManualClock();
    const s = server(clock);
    const rotatedElsewhere = { ...data(clock, 900, "refresh-from-other-tab") };
    let locked = 0;
    const session = new AuthSession(data(clock, 10), {
      url: "http://x",
      fetch: s.fetch,
      clock,
      shared: {
        lock: async (fn) => {
          locked++;
          return fn();
        },
        load: () => rotatedElsewhere,
      },
    });
    expect(await session.accessToken()).toBe(rotatedElsewhere.accessToken);
    expect(session.data!.refreshToken).toBe("refresh-from-other-tab");
    expect(s.calls).toEqual([]);
    expect(locked).toBe(1);
  });
});
