/** `GET /v1/users?username=`: how the web app and CLI find someone to talk to. */
import { describe, expect, it } from "vitest";
import { api, register, uniqueName } from "../helpers/worker/client.js";

describe("user lookup by username", () => {
  it("finds a user by exact username, ignoring case", async () => {
    const me = await register();
    const name = uniqueName("Peer");
    const peer = await register(name);
    const res = await api(`/v1/users?username=${encodeURIComponent(name.toUpperCase())}`, { token: me.accessToken });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: { id: peer.user.id, username: name, displayName: name, createdAt: expect.any(Number) } });
  });

  it("answers 404 for an unknown name, 400 for an invalid one, 401 without a token", async () => {
    const me = await register();
    const missing = await api("/v1/users?username=nobody_here_at_all", { token: me.accessToken });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
    const invalid = await api("/v1/users?username=a%20b", { token: me.accessToken });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe("bad_request");
    const anonymous = await api(`/v1/users?username=${me.user.username}`);
    expect(anonymous.status).toBe(401);
  });
});
