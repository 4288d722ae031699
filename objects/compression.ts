/**
 * The server's synchronous gzip codec for compressed binary frames (format and limits in
 * shared/compression.ts). Synchronous on purpose: a socket's frames are decoded and pushed
 * in order without an await in between. `maxOutputLength` stops inflation at the bound, so
 * a zip bomb costs a bounded amount of memory and time.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { corruptCompressed, inflatedTooLarge, type Compressor } from "../shared/compression.js";

export const zlibCompressor: Compressor = {
  deflate(bytes) {
    // Level 6 (zlib's default) keeps push latency low; frames are at most a few hundred KiB.
    return gzipSync(bytes, { level: 6 });
  },
  inflate(bytes, maxBytes) {
    try {
      return gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (err) {
      // workerd: RangeError "Memory limit exceeded"; Node: ERR_BUFFER_TOO_LARGE (a RangeError).
      if (err instanceof RangeError) throw inflatedTooLarge(maxBytes);
      throw corruptCompressed();
    }
  },
};
