/**
 * Web Push: RFC 8291 encryption (the RFC's own test vector, and a round trip through a
 * receiver written here with WebCrypto), the VAPID JWT, endpoint allowlisting, the
 * subscription routes, and the channel's handling of push-service answers.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { configFrom } from "../../workers/config.js";
import { PushSubscriptions } from "../../workers/notifications/subscriptions.js";
import { WebPushChannel } from "../../workers/notifications/web-push-channel.js";
import { b64urlDecode, b64urlEncode, encryptPayload, endpointAllowed, vapidAuthorization } from "../../workers/notifications/web-push.js";
import type { NotificationPayload } from "../../workers/notifications/channel.js";
import { api, register } from "../helpers/worker/client.js";

const enc = new TextEncoder();

async function hkdf(salt: Uint8Array, ikm: Uint8Array, info: Uint8Array, bytes: number) {
  const key = await crypto.subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits"]);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt, info }, key, bytes * 8));
}

/** The browser's side of RFC 8291: decrypts a push message body. */
async function receive(body: Uint8Array, ua: CryptoKeyPair, auth: Uint8Array): Promise<string> {
  const salt = body.slice(0, 16);
  const rs = new DataView(body.buffer, body.byteOffset).getUint32(16);
  const idlen = body[20]!;
  const asPublic = body.slice(21, 21 + idlen);
  const record = body.slice(21 + idlen);
  expect(rs).toBe(4096);
  const uaPublic = new Uint8Array((await crypto.subtle.exportKey("raw", ua.publicKey)) as ArrayBuffer);
  const asKey = await crypto.subtle.importKey("raw", asPublic, { name: "ECDH", namedCurve: "P-256" }, false, []);
  const secret = new Uint8Array(await crypto.subtle.deriveBits({ name: "ECDH", public: asKey } as unknown as SubtleCryptoDeriveKeyAlgorithm, ua.privateKey, 256));
  const info = new Uint8Array([...enc.encode("WebPush: info\0"), ...uaPublic, ...asPublic]);
  const ikm = await hkdf(auth, secret, info, 32);
  const cek = await hkdf(salt, ikm, enc.encode("Content-Encoding: aes128gcm\0"), 16);
  const nonce = await hkdf(salt, ikm, enc.encode("Content-Encoding: nonce\0"), 12);
  const key = await crypto.subtle.importKey("raw", cek, "AES-GCM", false, ["decrypt"]);
  const plain = new Uint8Array(await crypto.subtle.decrypt({ name: "AES-GCM", iv: nonce }, key, record));
  // Strip the padding: everything after the last 0x02 delimiter.
  let end = plain.length - 1;
  while (end >= 0 && plain[end] === 0) end--;
  expect(plain[end]).toBe(2);
  return new TextDecoder().decode(plain.slice(0, end));
}

async function browserKeys() {
  const ua = (await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"])) as CryptoKeyPair;
  const auth = crypto.getRandomValues(new Uint8Array(16));
  const p256dh = b64urlEncode(new Uint8Array((await crypto.subtle.exportKey("raw", ua.publicKey)) as ArrayBuffer));
  return { ua, auth, keys: { p256dh, auth: b64urlEncode(auth) } };
}

describe("RFC 8291 encryption", () => {
  it("reproduces the RFC's Appendix A example byte for byte", async () => {
    const asPublic = b64urlDecode("BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8");
    const privateKey = await crypto.subtle.importKey(
      "jwk",
      { kty: "EC", crv: "P-256", d: "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw", x: b64urlEncode(asPublic.slice(1, 33)), y: b64urlEncode(asPublic.slice(33)) },
      { name: "ECDH", namedCurve: "P-256" },
      true,
      ["deriveBits"],
    );
    const publicKey = await crypto.subtle.importKey("raw", asPublic, { name: "ECDH", namedCurve: "P-256" }, true, []);
    const body = await encryptPayload(
      { p256dh: "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4", auth: "BTBZMqHH6r4Tts7J_aSIgg" },
      enc.encode("When I grow up, I want to be a watermelon"),
      { ephemeral: { privateKey, publicKey }, salt: b64urlDecode("DGv6ra1nlYgDCS1FRnbzlw") },
    );
    expect(b64urlEncode(body)).toBe(
      "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN",
    );
  });

  it("round-trips through a browser-side decryption with fresh keys", async () => {
    const { ua, auth, keys } = await browserKeys();
    const text = JSON.stringify({ kind: "message", preview: "héllo ✓", badge: 3 });
    const first = await encryptPayload(keys, enc.encode(text));
    const second = await encryptPayload(keys, enc.encode(text));
    expect(b64urlEncode(first)).not.toBe(b64urlEncode(second));
    expect(await receive(first, ua, auth)).toBe(text);
    expect(await receive(second, ua, auth)).toBe(text);
    await expect(encryptPayload(keys, new Uint8Array(5_000))).rejects.toThrow(/limit/);
  });
});

describe("VAPID", () => {
  it("signs an ES256 JWT for the push service's origin with the configured key", async () => {
    const vapid = configFrom(env).push.vapid!;
    const header = await vapidAuthorization(vapid, "https://fcm.googleapis.com/fcm/send/abc:def", 1_700_000_000_000);
    const m = /^vapid t=([\w-]+)\.([\w-]+)\.([\w-]+), k=([\w-]+)$/.exec(header)!;
    expect(m).not.toBeNull();
    expect(m[4]).toBe(vapid.publicKey);
    const claims = JSON.parse(new TextDecoder().decode(b64urlDecode(m[2]!)));
    expect(claims).toEqual({ aud: "https://fcm.googleapis.com", exp: 1_700_000_000 + 12 * 3600, sub: "mailto:admin@example.com" });
    const key = await crypto.subtle.importKey("raw", b64urlDecode(m[4]!), { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
    const valid = await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, key, b64urlDecode(m[3]!), enc.encode(`${m[1]}.${m[2]}`));
    expect(valid).toBe(true);
  });

  it("only allows push endpoints on the configured origins", () => {
    const origins = ["https://fcm.googleapis.com", "https://*.push.services.mozilla.com", "http://127.0.0.1:*"];
    expect(endpointAllowed("https://fcm.googleapis.com/fcm/send/x", origins)).toBe(true);
    expect(endpointAllowed("https://updates.push.services.mozilla.com/wpush/v2/x", origins)).toBe(true);
    expect(endpointAllowed("http://127.0.0.1:43123/push/1", origins)).toBe(true);
    expect(endpointAllowed("https://fcm.googleapis.com.evil.test/x", origins)).toBe(false);
    expect(endpointAllowed("https://evil.test/push.services.mozilla.com", origins)).toBe(false);
    expect(endpointAllowed("http://fcm.googleapis.com/x", origins)).toBe(false);
    expect(endpointAllowed("http://169.254.169.254/latest", origins)).toBe(false);
    expect(endpointAllowed("not a url", origins)).toBe(false);
  });
});

describe("subscriptions over HTTP", () => {
  it("registers one subscription per device, lists, replaces and deletes them", async () => {
    const alice = await register(undefined, undefined, { deviceId: "browser1" });
    const { keys } = await browserKeys();
    expect((await api("/v1/push/vapid-public-key")).body).toEqual({ publicKey: configFrom(env).push.vapid!.publicKey });
    const created = await api("/v1/push/subscriptions", { token: alice.accessToken, body: { endpoint: "https://fcm.googleapis.com/fcm/send/one", keys } });
    expect(created.status).toBe(201);
    expect(created.body.subscription).toMatchObject({ deviceId: "browser1", endpoint: "https://fcm.googleapis.com/fcm/send/one", keys });
    const replaced = await api("/v1/push/subscriptions", { token: alice.accessToken, body: { endpoint: "https://fcm.googleapis.com/fcm/send/two", keys } });
    expect(replaced.body.subscription.id).toBe(created.body.subscription.id);
    await api("/v1/push/subscriptions", { token: alice.accessToken, body: { endpoint: "https://fcm.googleapis.com/fcm/send/three", keys, deviceId: "phone" } });
    const list = await api("/v1/push/subscriptions", { token: alice.accessToken });
    expect(list.body.subscriptions.map((s: { deviceId: string; endpoint: string }) => `${s.deviceId} ${s.endpoint}`)).toEqual([
      "browser1 https://fcm.googleapis.com/fcm/send/two",
      "phone https://fcm.googleapis.com/fcm/send/three",
    ]);
    const bob = await register();
    expect((await api(`/v1/push/subscriptions/${created.body.subscription.id}`, { method: "DELETE", token: bob.accessToken })).status).toBe(404);
    expect((await api(`/v1/push/subscriptions/${created.body.subscription.id}`, { method: "DELETE", token: alice.accessToken })).status).toBe(204);
    expect((await api("/v1/push/subscriptions", { token: alice.accessToken })).body.subscriptions).toHaveLength(1);
  });

  it("refuses endpoints off the allowlist and malformed keys", async () => {
    const alice = await register();
    const { keys } = await browserKeys();
    const evil = await api("/v1/push/subscriptions", { token: alice.accessToken, body: { endpoint: "https://169.254.169.254/latest/meta-data", keys } });
    expect(evil.status).toBe(403);
    const badKey = await api("/v1/push/subscriptions", { token: alice.accessToken, body: { endpoint: "https://fcm.googleapis.com/fcm/send/x", keys: { ...keys, p256dh: "AAAA" } } });
    expect(badKey.status).toBe(400);
    expect((await api("/v1/push/subscriptions", { body: { endpoint: "https://fcm.googleapis.com/x", keys } })).status).toBe(401);
  });
});

describe("Web Push channel", () => {
  const payload = (userId: string): NotificationPayload => ({
    kind: "message",
    userId,
    badge: 2,
    notificationId: "n-1",
    conversationId: "d:a:b",
    conversationKind: "direct",
    messageId: "m",
    seq: 1,
    senderId: "a",
    type: "text",
    ts: 1,
    mentioned: false,
    preview: "hi",
  });

  it("pushes to offline devices only, drops gone subscriptions, and retries server errors", async () => {
    const alice = await register();
    const subs = new PushSubscriptions(env.DB);
    const devices = ["laptop", "phone", "tablet"];
    const browsers = new Map<string, Awaited<ReturnType<typeof browserKeys>>>();
    for (const d of devices) {
      const b = await browserKeys();
      browsers.set(d, b);
      await subs.upsert(alice.user.id, d, { endpoint: `https://fcm.googleapis.com/fcm/send/${d}`, keys: b.keys }, ["https://fcm.googleapis.com"]);
    }
    const answers: Record<string, number> = { phone: 201, tablet: 410 };
    const received: Array<{ device: string; text: string; headers: Headers }> = [];
    const fetch = async (request: Request) => {
      const device = new URL(request.url).pathname.split("/").pop()!;
      const b = browsers.get(device)!;
      received.push({ device, text: await receive(new Uint8Array(await request.arrayBuffer()), b.ua, b.auth), headers: request.headers });
      return new Response(null, { status: answers[device] ?? 500 });
    };
    const vapid = configFrom(env).push.vapid!;
    const channel = new WebPushChannel(subs, vapid, ["https://fcm.googleapis.com"], 1_000, fetch);
    const deliveries = await channel.deliveries({ userId: alice.user.id, offline: false, onlineDevices: ["laptop"], badge: 2 }, payload(alice.user.id));
    expect(deliveries).toHaveLength(2);
    const outcomes = await Promise.all(deliveries.map((d) => d.send()));
    expect(outcomes).toEqual([{ ok: true }, { ok: true }]);
    expect(received.map((r) => r.device).sort()).toEqual(["phone", "tablet"]);
    expect(JSON.parse(received[0]!.text)).toEqual(payload(alice.user.id));
    expect(received[0]!.headers.get("content-encoding")).toBe("aes128gcm");
    expect(received[0]!.headers.get("ttl")).toBe("86400");
    expect(received[0]!.headers.get("authorization")).toMatch(/^vapid t=.+, k=.+$/);
    // The tablet's subscription was gone (410) and is deleted.
    expect((await subs.list(alice.user.id)).map((s) => s.deviceId)).toEqual(["laptop", "phone"]);

    const laptopOffline = await channel.deliveries({ userId: alice.user.id, offline: true, onlineDevices: [], badge: 2 }, payload(alice.user.id));
    const laptopId = (await subs.list(alice.user.id))[0]!.id;
    const laptop = laptopOffline.find((d) => d.key === `webpush:${laptopId}`)!;
    expect(await laptop.send()).toEqual({ ok: false, reason: "web push service answered HTTP 500" });
  });
});
