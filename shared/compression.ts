/**
 * Compression of large binary frames (seed §4.2). A frame whose protobuf body is at least
 * `minBytes` long may travel gzip-compressed, marked by `FLAGS.gzip` in header byte 7.
 * The receiver inflates with a bound: the inflated frame must fit the same maximum frame
 * size as an uncompressed one, so compression saves bandwidth but never raises a limit,
 * and a "zip bomb" is refused as soon as its output passes the bound.
 *
 * Two implementations of one format: the server uses a synchronous codec (node:zlib,
 * objects/compression.ts) so frames keep their order without an await; clients on any
 * runtime can use the portable async helpers below (Compression Streams API).
 */
import { readBounded } from "./bounded-read.js";
import { AppError } from "./errors.js";

/** A synchronous gzip codec. `inflate` throws a coded AppError past `maxBytes` or on corrupt input. */
export interface Compressor {
  deflate(bytes: Uint8Array): Uint8Array;
  inflate(bytes: Uint8Array, maxBytes: number): Uint8Array;
}

export interface CompressionOptions {
  compressor: Compressor;
  /** Compress bodies of at least this many bytes. */
  minBytes: number;
}

export function inflatedTooLarge(maxBytes: number): AppError {
  return new AppError("frame_too_large", `decompressed frame body exceeds the ${maxBytes}-byte limit`);
}

export function corruptCompressed(): AppError {
  return new AppError("invalid_frame", "frame body is flagged gzip but is not valid gzip data");
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** The stream typings of workerd, Node and the DOM disagree on chunk types; bytes in, bytes out is what holds. */
const transform = (t: CompressionStream | DecompressionStream) => t as unknown as TransformStream<Uint8Array, Uint8Array>;

/** gzip with the Compression Streams API (Node ≥ 18, browsers, workerd). */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = streamOf(bytes).pipeThrough(transform(new CompressionStream("gzip")));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Inflates gzip data, reading the output chunk by chunk and cancelling as soon as it passes
 * `maxBytes`, so a bomb costs at most one chunk beyond the bound. Throws `frame_too_large`
 * or `invalid_frame`.
 */
export async function gunzipBounded(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const inflated = streamOf(bytes).pipeThrough(transform(new DecompressionStream("gzip")));
  try {
    return await readBounded(inflated, maxBytes, () => inflatedTooLarge(maxBytes));
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw corruptCompressed();
  }
}
