/**
 * Checks that an upload's first bytes match its declared type, for the types browsers
 * render inline (images, PDF): a file declared `image/png` must be a PNG, so nobody can
 * host a script or an HTML page under an image's name. Types without a signature pass.
 */
const SIGNATURES: Record<string, Array<Array<number | null>>> = {
  "image/png": [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  "image/jpeg": [[0xff, 0xd8, 0xff]],
  "image/gif": [[0x47, 0x49, 0x46, 0x38]],
  // RIFF....WEBP
  "image/webp": [[0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]],
  "application/pdf": [[0x25, 0x50, 0x44, 0x46, 0x2d]],
};

/** Bytes needed to decide (the longest signature). */
export const SNIFF_BYTES = 12;

/** False when `mime` has a signature and `head` does not match it. */
export function matchesType(mime: string, head: Uint8Array): boolean {
  const signatures = SIGNATURES[mime];
  if (!signatures) return true;
  return signatures.some((sig) => head.length >= sig.length && sig.every((b, i) => b === null || head[i] === b));
}
