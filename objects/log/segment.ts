/**
 * Archive segments: an immutable, gzip-compressed run of consecutive messages of one
 * conversation in R2. Format: NDJSON, a header line then one stored message per line in
 * seq order. Keys are derived from the conversation id (escaped, never used raw) and the
 * seq range, so re-uploading a range after a crash overwrites the same object.
 */
import type { StoredMessage } from "./message-log.js";

export const SEGMENT_VERSION = 1;

interface Header {
  v: number;
  conversationId: string;
  start: number;
  end: number;
  count: number;
}

const pad = (n: number) => String(n).padStart(15, "0");

/** `archive/v1/<escaped conversation id>/<start>-<end>.ndjson.gz`, zero-padded so keys sort by seq. */
export function segmentKey(conversationId: string, start: number, end: number): string {
  return `archive/v${SEGMENT_VERSION}/${encodeURIComponent(conversationId)}/${pad(start)}-${pad(end)}.ndjson.gz`;
}

/** Compresses a dense run of messages. Throws if the run is not exactly `start..end`. */
export async function encodeSegment(conversationId: string, start: number, end: number, messages: StoredMessage[]): Promise<Uint8Array> {
  checkDense(messages, start, end);
  const header: Header = { v: SEGMENT_VERSION, conversationId, start, end, count: messages.length };
  const text = [JSON.stringify(header), ...messages.map((m) => JSON.stringify(m))].join("\n") + "\n";
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Decompresses and checks a segment; throws on any mismatch with what the index expects. */
export async function decodeSegment(body: ReadableStream<Uint8Array>, expect: { conversationId: string; start: number; end: number }): Promise<StoredMessage[]> {
  const text = await new Response(body.pipeThrough(new DecompressionStream("gzip"))).text();
  const lines = text.split("\n").filter((l) => l.length > 0);
  const header = JSON.parse(lines[0] ?? "null") as Header | null;
  if (!header || header.v !== SEGMENT_VERSION || header.conversationId !== expect.conversationId || header.start !== expect.start || header.end !== expect.end) {
    throw new Error(`archive segment ${expect.start}-${expect.end} of ${expect.conversationId} has an unexpected header`);
  }
  const messages = lines.slice(1).map((l) => JSON.parse(l) as StoredMessage);
  checkDense(messages, expect.start, expect.end);
  return messages;
}

function checkDense(messages: StoredMessage[], start: number, end: number): void {
  if (messages.length !== end - start + 1 || messages.some((m, i) => m.seq !== start + i)) {
    throw new Error(`archive segment ${start}-${end} is not a dense run (${messages.length} messages)`);
  }
}
