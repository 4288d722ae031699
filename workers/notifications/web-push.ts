/**
 * Web Push with WebCrypto only: message encryption per RFC 8291 (ECDH P-256 + HKDF +
 * AES-128-GCM in the RFC 8188 `aes128gcm` content coding) and VAPID authentication per
 * RFC 8292 (an ES256 JWT for the push service's origin).
 */
const encoder = new TextEncoder();
/** One record holds the whole payload; push services accept 4096-byte bodies. */
const RECORD_SIZE = 4096;
export const MAX_PAYLOAD_BYTES = RECORD_SIZE - 16 /* tag */ - 1 /* delimiter */ - 86 /* header */;

export function b64urlDecode(text: string): Uint8Array {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function b64urlEncode(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

async function hkdf(salt: Uint8Array, ikm: Uint8Array, info: Uint8Array, bytes: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits"]);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt, info }, key, bytes * 8));
}

export interface PushKeys {
  /** The browser's P-256 public key, uncompressed (65 bytes), base64url. */
  p256dh: string;
  /** The 16-byte authentication secret, base64url. */
  auth: string;
}

/**
 * Encrypts `payload` for one subscription (RFC 8291). Returns the request body: salt,
 * record size, the server's ephemeral public key, then the single encrypted record.
 * `ephemeral` and `salt` are injectable for test vectors; normally fresh per message.
 */
export async function encryptPayload(
  keys: PushKeys,
  payload: Uint8Array,
  opts: { ephemeral?: CryptoKeyPair; salt?: Uint8Array } = {},
): Promise<Uint8Array> {
  if (payload.length > MAX_PAYLOAD_BYTES) throw new Error(`web push payload is ${payload.length} bytes; the limit is ${MAX_PAYLOAD_BYTES}`);
  const uaPublic = b64urlDecode(keys.p256dh);
  const authSecret = b64urlDecode(keys.auth);
  if (uaPublic.length !== 65 || uaPublic[0] !== 4) throw new Error("p256dh must be an uncompressed P-256 point");
  if (authSecret.length !== 16) throw new Error("auth must be 16 bytes");
  const ephemeral = opts.ephemeral ?? ((await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"])) as CryptoKeyPair);
  const asPublic = new Uint8Array((await crypto.subtle.exportKey("raw", ephemeral.publicKey)) as ArrayBuffer);
  const uaKey = await crypto.subtle.importKey("raw", uaPublic, { name: "ECDH", namedCurve: "P-256" }, false, []);
  // workers-types spell the member `$public`; the runtime (like the WebCrypto spec) reads `public`.
  const ecdh = { name: "ECDH", public: uaKey } as unknown as SubtleCryptoDeriveKeyAlgorithm;
  const ecdhSecret = new Uint8Array(await crypto.subtle.deriveBits(ecdh, ephemeral.privateKey, 256));
  // RFC 8291 §3.4: the input keying material binds both public keys and the auth secret.
  const ikm = await hkdf(authSecret, ecdhSecret, concat(encoder.encode("WebPush: info\0"), uaPublic, asPublic), 32);
  const salt = opts.salt ?? crypto.getRandomValues(new Uint8Array(16));
  const cek = await hkdf(salt, ikm, encoder.encode("Content-Encoding: aes128gcm\0"), 16);
  const nonce = await hkdf(salt, ikm, encoder.encode("Content-Encoding: nonce\0"), 12);
  const aesKey = await crypto.subtle.importKey("raw", cek, "AES-GCM", false, ["encrypt"]);
  // One record, so it is the last one: padding delimiter 0x02 (RFC 8188 §2).
  const record = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv: nonce }, aesKey, concat(payload, new Uint8Array([2]))));
  const header = new Uint8Array(16 + 4 + 1 + asPublic.length);
  header.set(salt, 0);
  new DataView(header.buffer).setUint32(16, RECORD_SIZE);
  header[20] = asPublic.length;
  header.set(asPublic, 21);
  return concat(header, record);
}

export interface VapidKeys {
  subject: string;
  /** Uncompressed P-256 public key, base64url (what browsers get as applicationServerKey). */
  publicKey: string;
  /** The private scalar d, base64url (32 bytes). */
  privateKey: string;
}

const signingKeys = new Map<string, Promise<CryptoKey>>();

function signingKey(keys: VapidKeys): Promise<CryptoKey> {
  let key = signingKeys.get(keys.privateKey);
  if (!key) {
    const pub = b64urlDecode(keys.publicKey);
    key = crypto.subtle.importKey(
      "jwk",
      { kty: "EC", crv: "P-256", d: keys.privateKey, x: b64urlEncode(pub.slice(1, 33)), y: b64urlEncode(pub.slice(33, 65)), ext: false },
      { name: "ECDSA", namedCurve: "P-256" },
      false,
      ["sign"],
    );
    signingKeys.set(keys.privateKey, key);
  }
  return key;
}

/** The `Authorization: vapid t=<jwt>, k=<public key>` header for a push service origin. */
export async function vapidAuthorization(keys: VapidKeys, endpoint: string, nowMs = Date.now()): Promise<string> {
  const header = b64urlEncode(encoder.encode(JSON.stringify({ typ: "JWT", alg: "ES256" })));
  const claims = { aud: new URL(endpoint).origin, exp: Math.floor(nowMs / 1000) + 12 * 3600, sub: keys.subject };
  const body = b64urlEncode(encoder.encode(JSON.stringify(claims)));
  // WebCrypto's ECDSA signature is r||s, exactly JWS's ES256 format.
  const signature = new Uint8Array(await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, await signingKey(keys), encoder.encode(`${header}.${body}`)));
  return `vapid t=${header}.${body}.${b64urlEncode(signature)}, k=${keys.publicKey}`;
}

/** Whether a push endpoint's origin matches one of the allowed origin patterns (`*` = any run of host/port characters). */
export function endpointAllowed(endpoint: string, patterns: readonly string[]): boolean {
  let origin: string;
  try {
    const url = new URL(endpoint);
    if (url.protocol !== "https:" && url.protocol !== "http:") return false;
    origin = url.origin;
  } catch {
    return false;
  }
  return patterns.some((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[A-Za-z0-9.-]*")}$`).test(origin));
}
