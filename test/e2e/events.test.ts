/**
 * The asynchronous half end to end, against the real local Worker (wrangler dev with its
 * local queues, D1 and R2) and real receivers on local ports:
 *  - an offline recipient produces exactly one signed call to the push backend webhook and
 *    one Web Push, which the receiver here decrypts (RFC 8291) and whose VAPID JWT it checks;
 *  - a webhook receiver that keeps failing is retried (max_retries = 5) and dead-lettered
 *    with the reason; after it recovers, an admin replay delivers the event once;
 *  - the before-send callback rejects one message and rewrites another.
 * The Worker starts twice: once to create the admin account, then with ADMIN_USER_IDS
 * naming it and every endpoint pointing at the receivers.
 */
import { createDecipheriv, createECDH, createPublicKey, generateKeyPairSync, hkdfSync, randomBytes, verify } from "node:crypto";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifySignature } from "../../shared/signature.js";
import { http, registerUser, sleep, WsClient, type Account } from "../helpers/node/client.js";
import { makeStateDir, startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";
import { startReceiver, type Receiver } from "../helpers/node/receiver.js";

const PUSH_SECRET = "push-backend-secret-0123456789";
const MODERATION_SECRET = "moderation-secret-0123456789";

let worker: LocalWorker | undefined;
let stateDir: string;
let receiver: Receiver;
let admin: Account;
let alice: Account;
let bob: Account;
let conversationId: string;
let hookMode: "fail" | "ok" = "fail";
const moderationChecks: boolean[] = [];

// The browser side of Bob's phone: its P-256 key pair and auth secret.
const phone = createECDH("prime256v1");
phone.generateKeys();
const phoneAuth = randomBytes(16);
// The server's VAPID keys for this run.
const vapid = (() => {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = privateKey.export({ format: "jwk" });
  const pub = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x!, "base64url"), Buffer.from(jwk.y!, "base64url")]);
  return { publicKey: pub.toString("base64url"), privateKey: jwk.d!, jwk };
})();

/** RFC 8291 decryption, as a browser does it. */
function decryptPush(body: Buffer): string {
  const salt = body.subarray(0, 16);
  const idlen = body[20]!;
  const asPublic = body.subarray(21, 21 + idlen);
  const record = body.subarray(21 + idlen);
  const secret = phone.computeSecret(asPublic);
  const info = Buffer.concat([Buffer.from("WebPush: info\0"), phone.getPublicKey(), asPublic]);
  const ikm = Buffer.from(hkdfSync("sha256", secret, phoneAuth, info, 32));
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const plain = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  expect(plain[plain.length - 1]).toBe(2);
  return plain.subarray(0, plain.length - 1).toString("utf8");
}

/** Checks `Authorization: vapid t=<jwt>, k=<key>` against the server's VAPID public key. */
function checkVapid(header: string | undefined, audience: string): void {
  const m = /^vapid t=([\w-]+)\.([\w-]+)\.([\w-]+), k=([\w-]+)$/.exec(header ?? "");
  expect(m).not.toBeNull();
  expect(m![4]).toBe(vapid.publicKey);
  const key = createPublicKey({ key: { kty: "EC", crv: "P-256", x: vapid.jwk.x!, y: vapid.jwk.y! }, format: "jwk" });
  expect(verify("sha256", Buffer.from(`${m![1]}.${m![2]}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(m![3]!, "base64url"))).toBe(true);
  expect(JSON.parse(Buffer.from(m![2]!, "base64url").toString()).aud).toBe(audience);
}

beforeAll(async () => {
  receiver = await startReceiver(async (r) => {
    if (r.path.startsWith("/moderate")) {
      const body = r.body.toString();
      moderationChecks.push(await verifySignature(MODERATION_SECRET, r.headers["x-imserver-signature"] as string, body));
      const text: string = JSON.parse(body).message.content.text ?? "";
      if (text.includes("forbidden")) return { status: 200, body: JSON.stringify({ action: "reject", reason: "that word is not allowed here" }) };
      if (text.includes("darn")) return { status: 200, body: JSON.stringify({ action: "replace", content: { text: text.replaceAll("darn", "d**n") } }) };
      return { status: 200, body: JSON.stringify({ action: "allow" }) };
    }
    if (r.path.startsWith("/hooks")) return { status: hookMode === "ok" ? 200 : 500 };
    if (r.path.startsWith("/webpush")) return { status: 201 };
    return { status: 200 };
  });
  stateDir = makeStateDir();
  const first = await startLocalWorker({ persistDir: stateDir });
  try {
    admin = await registerUser(first.baseUrl, "admin");
    alice = await registerUser(first.baseUrl, "alice");
    bob = await registerUser(first.baseUrl, "bob");
  } finally {
    await first.stop();
  }
  const [a, b] = [alice.user.id, bob.user.id].sort();
  conversationId = `d:${a}:${b}`;
  worker = await startLocalWorker({
    persistDir: stateDir,
    vars: {
      ADMIN_USER_IDS: admin.user.id,
      EVENT_RETRY_BASE_SECONDS: "0",
      PUSH_WEBHOOK_URL: `${receiver.url}/push`,
      PUSH_WEBHOOK_SECRET: PUSH_SECRET,
      BEFORE_SEND_URL: `${receiver.url}/moderate`,
      BEFORE_SEND_SECRET: MODERATION_SECRET,
      BEFORE_SEND_FAILURE: "closed",
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      WEB_PUSH_ORIGINS: "http://127.0.0.1:*",
    },
  });
}, 180_000);

afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
});

// Sessions survive the restart (D1 persisted), so the tokens from the first run still work.
const login = async (who: Account) => (await http(worker!.baseUrl, "/v1/auth/login", { body: { username: who.user.username, password: "correct horse battery", deviceId: "phone" } })).body as Account;

describe("notifications", () => {
  it("notifies an offline recipient exactly once through each channel, and only offline devices after", async () => {
    const bobPhone = await login(bob);
    const subscribed = await http(worker!.baseUrl, "/v1/push/subscriptions", {
      token: bobPhone.accessToken,
      body: { endpoint: `${receiver.url}/webpush/phone`, keys: { p256dh: phone.getPublicKey().toString("base64url"), auth: phoneAuth.toString("base64url") } },
    });
    expect(subscribed.status).toBe(201);
    expect(subscribed.body.subscription.deviceId).toBe("phone");

    const sender = await WsClient.connect(worker!.wsUrl, alice.accessToken);
    const ack = await sender.request("send", { to: bob.user.id, clientMsgId: "n-1", type: "text", content: { text: "are you there?" } });
    expect(ack.op).toBe("ack");
    const { messageId, seq } = ack.d as { messageId: string; seq: number };

    const [push] = await receiver.waitFor("/push", 1);
    const [web] = await receiver.waitFor("/webpush", 1);
    await sleep(2_500);
    expect(receiver.on("/push")).toHaveLength(1);
    expect(receiver.on("/webpush")).toHaveLength(1);

    const body = push!.body.toString();
    expect(await verifySignature(PUSH_SECRET, push!.headers["x-imserver-signature"] as string, body)).toBe(true);
    const { notification } = JSON.parse(body);
    expect(notification).toMatchObject({ kind: "message", userId: bob.user.id, conversationId, messageId, seq, senderId: alice.user.id, preview: "are you there?", badge: 1, mentioned: false });
    expect(push!.headers["idempotency-key"]).toBe(notification.notificationId);

    checkVapid(web!.headers["authorization"] as string, receiver.url);
    expect(web!.headers["content-encoding"]).toBe("aes128gcm");
    expect(JSON.parse(decryptPush(web!.body))).toEqual(notification);

    // Bob's laptop comes online: the user is reachable, so no push-backend call, but his
    // phone (subscribed, not connected) still gets a Web Push.
    const laptop = await WsClient.connect(worker!.wsUrl, bob.accessToken, { deviceId: "laptop" });
    await sender.request("send", { to: bob.user.id, clientMsgId: "n-2", type: "text", content: { text: "see it on your phone" } });
    await laptop.next((p) => p.op === "message");
    const webs = await receiver.waitFor("/webpush", 2);
    expect(JSON.parse(decryptPush(webs[1]!.body))).toMatchObject({ seq: seq + 1, badge: 2, preview: "see it on your phone" });
    await sleep(1_500);
    expect(receiver.on("/push")).toHaveLength(1);
    await Promise.all([sender.close(), laptop.close()]);
  });
});

describe("before-send callback", () => {
  it("rejects a message with the backend's reason and stores a rewritten one", async () => {
    const sender = await WsClient.connect(worker!.wsUrl, alice.accessToken);
    const rejected = await sender.request("send", { conversationId, clientMsgId: "mod-1", type: "text", content: { text: "a forbidden word" } });
    expect(rejected.op).toBe("error");
    expect(rejected.d).toMatchObject({ code: "message_rejected", message: "that word is not allowed here" });
    const rewritten = await sender.request("send", { conversationId, clientMsgId: "mod-2", type: "text", content: { text: "oh darn it" } });
    expect(rewritten.op).toBe("ack");
    // A resend of the original text is the same message, not a mismatch.
    const resent = await sender.request("send", { conversationId, clientMsgId: "mod-2", type: "text", content: { text: "oh darn it" } });
    expect(resent.d).toMatchObject({ seq: (rewritten.d as { seq: number }).seq, duplicate: true });
    const history = await http(worker!.baseUrl, `/v1/conversations/${conversationId}/messages?beforeSeq=1000000&limit=5`, { token: bob.accessToken });
    const texts = history.body.messages.map((m: { content: { text: string } }) => m.content.text);
    expect(texts).toContain("oh d**n it");
    expect(texts).not.toContain("a forbidden word");
    expect(texts).not.toContain("oh darn it");
    expect(moderationChecks.length).toBeGreaterThan(0);
    expect(moderationChecks.every(Boolean)).toBe(true);
    await sender.close();
  });
});

describe("after-event webhooks and the dead-letter queue", () => {
  it("retries a failing receiver, dead-letters the event with the reason, and a replay delivers it once", async () => {
    const created = await http(worker!.baseUrl, "/v1/admin/webhooks", { token: admin.accessToken, body: { url: `${receiver.url}/hooks`, events: ["message.created"] } });
    expect(created.status).toBe(201);
    const secret = created.body.webhook.secret as string;
    expect((await http(worker!.baseUrl, "/v1/admin/webhooks", { token: alice.accessToken })).status).toBe(403);

    const sent = await http(worker!.baseUrl, `/v1/conversations/${conversationId}/messages`, { token: alice.accessToken, body: { clientMsgId: "hook-1", type: "text", content: { text: "for the app backend" } } });
    expect(sent.status).toBe(201);
    const eventId = `message.created:${sent.body.messageId}`;
    // Events of earlier messages may reach the new endpoint too: follow this one.
    const ours = (r: { headers: Record<string, unknown> }) => r.headers["idempotency-key"] === eventId;

    // 1 attempt + max_retries (5), each signed, all with the same idempotency key.
    const attempts = await receiver.waitFor("/hooks", 6, 40_000, ours);
    for (const a of attempts) {
      expect(await verifySignature(secret, a.headers["x-imserver-signature"] as string, a.body.toString(), Date.now(), 600)).toBe(true);
    }
    let dead: { id: string; refId: string; reason: string; attempts: number; kind: string } | undefined;
    for (let i = 0; i < 100 && !dead; i++) {
      const list = await http(worker!.baseUrl, "/v1/admin/dead-letters?status=dead", { token: admin.accessToken });
      dead = list.body.deadLetters.find((d: { refId: string }) => d.refId.startsWith(eventId));
      if (!dead) await sleep(200);
    }
    expect(dead).toMatchObject({ kind: "webhook", attempts: 6 });
    expect(dead!.reason).toContain("HTTP 500");
    await sleep(1_000);
    expect(receiver.on("/hooks", ours)).toHaveLength(6);

    hookMode = "ok";
    const replay = await http(worker!.baseUrl, `/v1/admin/dead-letters/${dead!.id}/replay`, { method: "POST", token: admin.accessToken });
    expect(replay.status).toBe(200);
    const all = await receiver.waitFor("/hooks", 7, 20_000, ours);
    const delivered = all[6]!;
    expect(JSON.parse(delivered.body.toString())).toMatchObject({ event_id: eventId, event_type: "message.created", data: { message: { messageId: sent.body.messageId } } });
    await sleep(1_500);
    expect(receiver.on("/hooks", ours)).toHaveLength(7);
    const after = await http(worker!.baseUrl, `/v1/admin/dead-letters/${dead!.id}`, { token: admin.accessToken });
    expect(after.body.deadLetter.status).toBe("replayed");
  });
});
