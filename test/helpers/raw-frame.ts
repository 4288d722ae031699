/**
 * Malformed-header bytes for tests on either runtime (pure: no Node or workerd APIs).
 * The shared codec (shared/frame.ts) refuses to encode such headers, so tests that must
 * send or decode one build it here; well-formed frames come from `encodeFrame`.
 */

/** An 8-byte header with any field values, for malformed-header tests. */
export function rawHeader(length: number, type: number, version = 1, reserved = 0): Uint8Array {
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setUint32(0, length);
  view.setUint16(4, type);
  view.setUint8(6, version);
  view.setUint8(7, reserved);
  return out;
}
