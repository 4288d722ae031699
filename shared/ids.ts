/**
 * Identifiers: ULIDs for users and messages (time-ordered, 26 Crockford base32 chars),
 * and the conversation id forms fixed by the public contract: `d:<a>:<b>` with the two
 * user ids in ascending string order, `g:<groupId>` for groups.
 */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

let lastTime = -1;
const lastRandom = new Uint8Array(10);

function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  crypto.getRandomValues(out);
  return out;
}

/** A ULID, monotonic within one isolate even when several are made in the same millisecond. */
export function ulid(now: number = Date.now()): string {
  let random: Uint8Array;
  if (now <= lastTime) {
    // Same (or a backwards) millisecond: increment the previous randomness so ids stay ordered.
    now = lastTime;
    random = lastRandom;
    for (let i = random.length - 1; i >= 0; i--) {
      random[i] = (random[i]! + 1) & 0xff;
      if (random[i] !== 0) break;
    }
  } else {
    random = randomBytes(10);
    lastRandom.set(random);
    lastTime = now;
  }
  lastRandom.set(random);
  let time = "";
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  // 80 random bits -> 16 base32 chars, 5 bits at a time.
  let bits = 0;
  let value = 0;
  let rand = "";
  for (const byte of random) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      rand += CROCKFORD[(value >>> (bits - 5)) & 31]!;
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return time + rand;
}

export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A random URL-safe token of `bytes` bytes of entropy (base64url, no padding). */
export function randomToken(bytes = 32): string {
  return base64url(randomBytes(bytes));
}

export function base64url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export type ConversationRef =
  | { kind: "direct"; id: string; members: [string, string] }
  | { kind: "group"; id: string; groupId: string };

/** User ids never contain ':' so the conversation id forms stay unambiguous. */
const ID_PART = /^[A-Za-z0-9_-]{1,64}$/;

export function isUserId(value: string): boolean {
  return ID_PART.test(value);
}

/** The direct conversation id of two distinct users. */
export function directConversationId(a: string, b: string): string {
  return a < b ? `d:${a}:${b}` : `d:${b}:${a}`;
}

export function groupConversationId(groupId: string): string {
  return `g:${groupId}`;
}

/** Parses a conversation id; undefined when it is not one of the two forms. */
export function parseConversationId(id: string): ConversationRef | undefined {
  const parts = id.split(":");
  if (parts[0] === "d" && parts.length === 3) {
    const [, a, b] = parts as [string, string, string];
    if (!ID_PART.test(a) || !ID_PART.test(b) || !(a < b)) return undefined;
    return { kind: "direct", id, members: [a, b] };
  }
  if (parts[0] === "g" && parts.length === 2) {
    const groupId = parts[1]!;
    if (!ID_PART.test(groupId)) return undefined;
    return { kind: "group", id, groupId };
  }
  return undefined;
}
