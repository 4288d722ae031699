/**
 * Reading a byte stream whole, with a cap: shared by the bounded gunzip
 * (shared/compression.ts) and capped HTTP bodies, so neither buffers past its limit.
 */
import type { AppError } from "./errors.js";

/**
 * Reads `stream` to its end into one array. As soon as the total passes `maxBytes` the
 * stream is cancelled and `tooLarge()` is thrown, so an oversized input costs at most one
 * chunk beyond the cap. Errors of the stream itself propagate unchanged.
 */
export async function readAllCapped(stream: ReadableStream<Uint8Array>, maxBytes: number, tooLarge: () => AppError): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
