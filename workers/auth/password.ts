/**
 * Password hashing: PBKDF2-SHA256 via WebCrypto over HMAC-SHA256(pepper, password), with a
 * per-user 16-byte salt. The pepper is a server secret, so a leaked D1 alone cannot be
 * brute-forced. At most 100,000 iterations: production Workers refuse more.
 */
import { base64url } from "../../shared/ids.js";

export const PASSWORD_ALGORITHM = "pbkdf2-sha256";

export interface PasswordHash {
  algorithm: typeof PASSWORD_ALGORITHM;
  iterations: number;
  salt: string;
  hash: string;
}

const encoder = new TextEncoder();

async function peppered(password: string, pepper: string): Promise<ArrayBuffer> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(pepper), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return crypto.subtle.sign("HMAC", key, encoder.encode(password));
}

async function derive(password: string, pepper: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey("raw", await peppered(password, pepper), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, material, 256);
  return new Uint8Array(bits);
}

export async function hashPassword(password: string, pepper: string, iterations: number): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, pepper, salt, iterations);
  return { algorithm: PASSWORD_ALGORITHM, iterations, salt: base64url(salt), hash: base64url(hash) };
}

export async function verifyPassword(password: string, pepper: string, stored: Omit<PasswordHash, "algorithm">): Promise<boolean> {
  const hash = await derive(password, pepper, fromBase64url(stored.salt), stored.iterations);
  return timingSafeEqual(hash, fromBase64url(stored.hash));
}

/**
 * Spends the same time as a real verification. Called when the username does not exist,
 * so response time does not reveal which usernames are registered.
 */
export async function burnPasswordCheck(password: string, pepper: string, iterations: number): Promise<void> {
  await derive(password, pepper, new Uint8Array(16), iterations);
}

function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function fromBase64url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
