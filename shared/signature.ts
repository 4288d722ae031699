/**
 * Webhook signatures, shared by every outgoing call IMServer signs (after-event webhooks,
 * the push backend webhook, the before-send callback) and by receivers that verify them
 * (the recipe in docs/events.md; the tests use this very function).
 *
 * Header `X-IMServer-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`.
 * The timestamp is inside the MAC, so a captured request cannot be replayed later than the
 * receiver's tolerance; comparing in constant time avoids a timing oracle.
 */
export const SIGNATURE_HEADER = "x-imserver-signature";

const encoder = new TextEncoder();

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message)));
  let hex = "";
  for (const b of mac) hex += b.toString(16).padStart(2, "0");
  return hex;
}

/** The signature header value for `body` sent at `nowMs`. */
export async function signBody(secret: string, body: string, nowMs: number = Date.now()): Promise<string> {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${await hmacHex(secret, `${t}.${body}`)}`;
}

/**
 * Verifies a signature header against the raw body. False when malformed, stale (older or
 * newer than `toleranceSeconds`) or not matching.
 */
export async function verifySignature(secret: string, header: string | null | undefined, body: string, nowMs: number = Date.now(), toleranceSeconds = 300): Promise<boolean> {
  if (!header) return false;
  const parts = new Map(header.split(",").map((p) => p.trim().split("=", 2) as [string, string]));
  const t = Number(parts.get("t"));
  const given = parts.get("v1");
  if (!Number.isInteger(t) || !given || !/^[0-9a-f]{64}$/.test(given)) return false;
  if (Math.abs(nowMs / 1000 - t) > toleranceSeconds) return false;
  const expected = await hmacHex(secret, `${t}.${body}`);
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ given.charCodeAt(i);
  return diff === 0;
}
