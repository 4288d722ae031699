/** HTTP `Range: bytes=...` for downloads: one range (multipart ranges are not served). */
export type ParsedRange = { offset: number; length: number } | "unsatisfiable" | undefined;

/**
 * Parses a Range header against a file of `size` bytes. Undefined means "send the whole
 * file" (no header, another unit, or several ranges, which servers may ignore per RFC 9110).
 */
export function parseRange(header: string | null, size: number): ParsedRange {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return undefined;
  const [, first, last] = m as unknown as [string, string, string];
  if (first === "" && last === "") return undefined;
  if (first === "") {
    // Suffix: the last N bytes.
    const n = Number(last);
    if (n === 0) return "unsatisfiable";
    const length = Math.min(n, size);
    return size === 0 ? "unsatisfiable" : { offset: size - length, length };
  }
  const start = Number(first);
  if (start >= size) return "unsatisfiable";
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (end < start) return "unsatisfiable";
  return { offset: start, length: end - start + 1 };
}
