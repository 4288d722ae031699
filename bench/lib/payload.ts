/**
 * What the workloads send. IMServer gets a 64-character text; the ceiling gets an opaque
 * string of about the size of IMServer's pushed `message` frame for that text, so both
 * sides move comparable bytes per delivery.
 */
export const TEXT = "The quick brown fox jumps over the lazy dog while the bench runs.".slice(0, 64);

const ID = "01JDX0A6Q7ZJ3M1S8T0V4W5XYZ";

/** A JSON string shaped like IMServer's message push (≈ 300 bytes). */
export const CEILING_BODY = JSON.stringify({
  messageId: ID,
  conversationId: `d:${ID}:${ID}`,
  seq: 123456,
  senderId: ID,
  clientMsgId: "bench-0000000",
  type: "text",
  content: { text: TEXT },
  ts: 1767225600000,
});

/** A ceiling frame: op character, message number, `|`, body. */
export function ceilingFrame(op: string, i: number): string {
  return `${op}${i}|${CEILING_BODY}`;
}

/** The message number of a ceiling frame (the digits after the op character). */
export function ceilingIndex(frame: string): number {
  return Number(frame.slice(1, frame.indexOf("|")));
}

/** clientMsgId of message i of a stream. */
export function clientMsgId(prefix: string, i: number): string {
  return `${prefix}.${i}`;
}

/** The message number of a clientMsgId of this stream, or undefined for someone else's. */
export function indexOf(id: unknown, prefix: string): number | undefined {
  if (typeof id !== "string" || !id.startsWith(prefix + ".")) return undefined;
  const n = Number(id.slice(prefix.length + 1));
  return Number.isInteger(n) ? n : undefined;
}
