/**
 * Hostile input on every HTTP body route (generated from the route table, so new routes
 * are covered), path traversal in every user-chosen key, and unicode edge cases that must
 * survive every transport byte for byte. The refusal is always a coded 4xx, never a 5xx,
 * and nothing leaks into Object.prototype. Socket frames: see the matrix in
 * docs/security-tests.md (user-socket, independent-client and tcp-bridge tests).
 */
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ApiKeys } from "../../../workers/auth/api-keys.js";
import { router } from "../../../workers/routes.js";
import { api, BASE, directId, register, TestSocket, uniqueName } from "../../helpers/worker/client.js";

type IttyRoute = [string, RegExp, Array<{ spec?: { body?: unknown; admin?: string; auth?: boolean } }>, string];
const bodyRoutes = (router.routes as unknown as IttyRoute[])
  .filter(([method, , handlers]) => method !== "ALL" && handlers.some((h) => h.spec?.body))
  .map(([method, , handlers, path]) => ({ method, path, spec: handlers.find((h) => h.spec?.body)!.spec! }));

const concrete = (path: string) => path.replace(/:[a-z]+/gi, "01HZZZZZZZZZZZZZZZZZZZZZZZ");

/** Raw bodies an attacker sends, each with what must come back. */
/** Bodies valid as JSON but hostile in shape: any coded answer but a 5xx (some routes have all-optional bodies). */
const ANY_BUT_5XX = [200, 201, 204, 400, 401, 403, 404, 409];

const HOSTILE_BODIES: Array<[string, string, number[]]> = [
  ["truncated JSON", '{"username": "a', [400]],
  ["not JSON at all", "username=a&password=b", [400]],
  ["a JSON array", "[1,2,3]", [400]],
  ["a JSON string", '"hello"', [400]],
  ["JSON null", "null", [400]],
  ["prototype pollution", '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}', ANY_BUT_5XX],
  ["10,000-deep nesting", `{"a":${"[".repeat(10_000)}${"]".repeat(10_000)}}`, ANY_BUT_5XX],
  ["70 KB of padding", JSON.stringify({ username: "a", pad: "x".repeat(70_000) }), [400]],
  ["wrong types everywhere", '{"username":1,"password":[],"clientMsgId":{},"content":7,"url":false,"scopes":"all","userIds":"x"}', ANY_BUT_5XX],
  ["a lone surrogate in a string", '{"username":"a\\ud800","refreshToken":"\\udfff","clientMsgId":"x","content":{"text":"\\ud800"}}', [400]],
  ["NaN and Infinity (not JSON)", '{"limit": NaN, "seq": Infinity}', [400]],
  ["invalid UTF-8", "\u00ff\u00fe", [400]],
];

describe("every body route refuses hostile bodies with a coded 4xx", () => {
  it("covers the routes that take a body", () => {
    expect(bodyRoutes.length).toBeGreaterThanOrEqual(12);
  });

  it.each(HOSTILE_BODIES)("%s", async (_name, raw, allowed) => {
    const { key } = await new ApiKeys(env.DB).create({ name: "fuzz", scopes: ["*"], createdBy: "bootstrap" });
    for (const r of bodyRoutes) {
      // A fresh user per route: logout and the like must not spoil the next call.
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (r.spec.admin) headers["x-api-key"] = key;
      else if (r.spec.auth) headers["authorization"] = `Bearer ${(await register()).accessToken}`;
      const body = raw === "\u00ff\u00fe" ? new Uint8Array([0xff, 0xfe, 0x7b]) : raw;
      const res = await exports.default.fetch(new Request(BASE + concrete(r.path), { method: r.method, headers, body }));
      const json = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
      expect(allowed, `${r.method} ${r.path} answered ${res.status} ${JSON.stringify(json)}`).toContain(res.status);
      if (res.status >= 400) expect(json?.error?.code, `${r.method} ${r.path}`).toMatch(/^[a-z_]+$/);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    }
  });
});

describe("path traversal in user-chosen names and keys", () => {
  it("file names never become storage keys: the key is files/<owner>/<id>, the name is a plain leaf", async () => {
    const owner = await register();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    const names = ["../x.png", "..%2f..%2fx.png", "%2e%2e/x.png", "..\\..\\win.png", "/abs/x.png", "a/../../b.png", "nul\u0000.png", "slash\u2215.png", "dots\uff0e\uff0e/x.png", `${"n".repeat(300)}.png`];
    for (const name of names) {
      const res = await exports.default.fetch(
        new Request(`${BASE}/v1/files?name=${encodeURIComponent(name)}`, { method: "POST", headers: { authorization: `Bearer ${owner.accessToken}`, "content-type": "image/png" }, body: png }),
      );
      expect(res.status, name).toBeOneOf([201, 400]);
      if (res.status === 201) {
        const file = ((await res.json()) as { file: { id: string; name: string } }).file;
        expect(file.name, name).not.toMatch(/[/\\\u0000]|^\.\.?$/);
      } else await res.arrayBuffer();
    }
    const keys = (await env.FILES.list({ prefix: "files/" })).objects.map((o) => o.key);
    for (const k of keys) expect(k).toMatch(/^files\/[0-9A-Z]{26}\/[0-9A-Za-z_-]+$/);
    expect(keys.filter((k) => k.startsWith(`files/${owner.user.id}/`)).length).toBe(keys.length);
  });

  it("usernames, device ids and conversation ids with traversal or lookalike characters are refused", async () => {
    for (const username of ["../admin", "a/b", "admin\u0000", "\u0430dmin", "ad min", "x".repeat(33)]) {
      expect((await api("/v1/auth/register", { body: { username, password: "correct horse battery" } })).status, JSON.stringify(username)).toBe(400);
    }
    const user = await register();
    for (const deviceId of ["../../x", "a/b", "dev\u0000", "x".repeat(65)]) {
      const res = await exports.default.fetch(new Request(`${BASE}/v1/ws?token=${user.accessToken}&deviceId=${encodeURIComponent(deviceId)}`, { headers: { upgrade: "websocket" } }));
      expect(res.status, JSON.stringify(deviceId)).toBe(400);
    }
    for (const id of ["..%2F..%2Fetc", "d%3A..%3A..", "d:a:b/../../c", "%00"]) {
      expect((await api(`/v1/conversations/${id}/messages`, { token: user.accessToken })).status, id).toBeOneOf([400, 403, 404]);
    }
  });
});

describe("unicode survives every transport exactly", () => {
  const CORPUS = [
    "emoji 👩‍👩‍👧‍👦 and 🏳️‍🌈",
    "astral 𝄞 𠜎 𝕳",
    "rtl \u202Eoverride\u202C and \u2066isolate\u2069",
    "zero\u200Bwidth\u200C\u200Djoiners\uFEFF",
    "combining e\u0301 vs \u00e9",
    "nul \u0000 and controls \u0001\u001f\u007f",
    "CJK 你好，世界 / العربية / עברית",
    "<script>alert(1)</script> & \"quotes\" 'single'",
    "\uFFFD replacement and \uFFFF noncharacter",
    "𝄞".repeat(8_192),
  ];

  it("JSON, binary and HTTP senders; JSON, binary and history readers all see the same text", async () => {
    const [a, b] = await Promise.all([register(), register()]);
    const conv = directId(a.user.id, b.user.id);
    const aJson = await TestSocket.open(a.accessToken, { deviceId: "aj" });
    const aBin = await TestSocket.open(a.accessToken, { deviceId: "ab", encoding: "binary" });
    const bJson = await TestSocket.open(b.accessToken, { deviceId: "bj" });
    const bBin = await TestSocket.open(b.accessToken, { deviceId: "bb", encoding: "binary" });
    let seq = 0;
    for (const [i, text] of CORPUS.entries()) {
      const via = i % 3;
      const d = { conversationId: conv, clientMsgId: `u${i}`, content: { text } };
      if (via === 2) {
        const res = await api(`/v1/conversations/${conv}/messages`, { token: a.accessToken, body: { clientMsgId: `u${i}`, content: { text } } });
        expect(res.status, `HTTP #${i}`).toBe(201);
      } else {
        const ack = await (via === 0 ? aJson : aBin).request("send", d);
        expect(ack.op, `socket #${i}`).toBe("ack");
      }
      seq++;
      for (const reader of [bJson, bBin]) {
        const push = await reader.next((p) => p.op === "message" && (p.d as { seq: number }).seq === seq);
        expect((push.d as { content: { text: string } }).content.text, `#${i} to ${reader.encoding}`).toBe(text);
      }
    }
    const page = await api(`/v1/conversations/${conv}/messages?limit=50`, { token: b.accessToken });
    expect(page.body.messages.map((m: { content: { text: string } }) => m.content.text)).toEqual(CORPUS);
    const history = await bBin.request("history", { conversationId: conv, limit: 50 });
    expect((history.d as { messages: Array<{ content: { text: string } }> }).messages.map((m) => m.content.text)).toEqual(CORPUS);
    for (const s of [aJson, aBin, bJson, bBin]) s.close();
  });

  it("text past the limit is refused, counted in characters as documented (16,384)", async () => {
    const [a, b] = await Promise.all([register(), register()]);
    const res = await api(`/v1/conversations/${directId(a.user.id, b.user.id)}/messages`, { token: a.accessToken, body: { clientMsgId: "long", content: { text: "x".repeat(16_385) } } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("bad_request");
  });

  it("a lone surrogate is refused on every transport (it would be a poison message binary and TCP peers cannot decode)", async () => {
    const [a, b] = await Promise.all([register(), register()]);
    const conv = directId(a.user.id, b.user.id);
    const json = await TestSocket.open(a.accessToken, { deviceId: "j" });
    const binary = await TestSocket.open(a.accessToken, { deviceId: "b", encoding: "binary" });
    // JSON.stringify escapes the lone surrogate as \ud800, which JSON.parse turns back into one.
    const d = { conversationId: conv, clientMsgId: "lone", content: { text: "a\ud800b" } };
    const viaJson = await json.request("send", d);
    expect(viaJson).toMatchObject({ op: "error", d: { code: "bad_json" } });
    // protobufjs writes the surrogate as ED A0 80, not valid UTF-8: the frame is refused unread (no id).
    binary.sendPacket({ op: "send", id: 77, d });
    expect(await binary.next((p) => p.op === "error")).toMatchObject({ d: { code: "invalid_frame" } });
    const viaHttp = await api(`/v1/conversations/${conv}/messages`, { token: a.accessToken, body: { clientMsgId: "lone", content: { text: "a\ud800b" } } });
    expect(viaHttp.status).toBe(400);
    expect(viaHttp.body.error.code).toBe("bad_json");
    expect((await api(`/v1/conversations/${conv}/messages`, { token: b.accessToken })).body.lastSeq ?? 0).toBe(0);
    // The sockets stay usable.
    expect((await binary.request("send", { ...d, content: { text: "fine" } })).op).toBe("ack");
    json.close();
    binary.close();
  });

  it("display names keep bidi controls and markup as plain text (rendering is the client's job: see the web test)", async () => {
    const displayName = "<img src=x onerror=alert(1)>\u202Eevil";
    const account = await register(uniqueName("disp"), "correct horse battery", { displayName });
    const me = await api("/v1/users/me", { token: account.accessToken });
    expect(me.body.user.displayName).toBe(displayName);
    expect(me.headers.get("content-type")).toContain("application/json");
    expect(me.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
