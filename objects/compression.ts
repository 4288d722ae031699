/**
 * The server's synchronous gzip codec for compressed binary frames (format and limits in
 * shared/compression.ts). Synchronous on purpose: a socket's frames are decoded and pushed
 * in order without an await in between. `maxOutputLength` stops inflation at the bound, so
 * a zip bomb costs a bounded amount of memory and time.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { corruptCompressed, inflatedTooLarge, type Compressor } from "../shared/compression.js";

const OUTPUT_SLACK = 32_768;

/** A plain Uint8Array over a Buffer's bytes (no copy), so callers never see Buffer semantics. */
const view = (b: Uint8Array) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export const zlibCompressor: Compressor = {
  deflate(bytes) {
    // Level 6 (zlib's default) keeps push latency low; frames are at most a few hundred KiB.
    return view(gzipSync(bytes, { level: 6 }));
  },
  inflate(bytes, maxBytes) {
    try {
      // workerd applies maxOutputLength to its output buffer, which grows in 16 KiB steps, so
      // a body just under the bound can be refused; allow two steps of slack there and apply
      // the exact bound here (the same on Node and workerd).
      const out = gunzipSync(bytes, { maxOutputLength: maxBytes + OUTPUT_SLACK });
      if (out.byteLength > maxBytes) throw new RangeError("too large");
      return view(out);
    } catch (err) {
      // workerd: RangeError "Memory limit exceeded"; Node: ERR_BUFFER_TOO_LARGE (a RangeError).
      if (err instanceof RangeError) throw inflatedTooLarge(maxBytes);
      throw corruptCompressed();
    }
  },
};
