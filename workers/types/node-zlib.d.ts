// The slice of node:zlib the Worker uses (workerd provides it under nodejs_compat). Declared
// here because the Worker's types come from `wrangler types`, which has no Node modules.
declare module "node:zlib" {
  interface ZlibOptions {
    /** Refuse (RangeError) once the output would pass this many bytes. */
    maxOutputLength?: number;
    level?: number;
  }
  export function gzipSync(data: Uint8Array, options?: ZlibOptions): Uint8Array;
  export function gunzipSync(data: Uint8Array, options?: ZlibOptions): Uint8Array;
}
