/**
 * Lone UTF-16 surrogates: a JSON string may carry one (`"\ud800"` parses to it). Such a
 * string cannot be encoded as UTF-8, so a stored message holding it would be pushed to
 * binary and TCP clients as a frame they cannot decode, and every peer on those transports
 * would be stuck behind it for good. JSON inputs (socket frames, HTTP bodies) refuse them;
 * binary frames cannot carry one (the protobuf decoder already refuses the bytes).
 */

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether any string in `value` (keys included, at any depth) holds a lone surrogate. */
export function hasLoneSurrogate(value: unknown): boolean {
  // Iterative: bodies may nest thousands of levels deep.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (LONE.test(v)) return true;
    } else if (Array.isArray(v)) {
      stack.push(...v);
    } else if (typeof v === "object" && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (LONE.test(k)) return true;
        stack.push(x);
      }
    }
  }
  return false;
}

/** Cheap pre-check on JSON text: only a `\uD8..`-`\uDF..` escape can produce a lone surrogate. */
export function mayHoldSurrogateEscape(json: string): boolean {
  return /\\u[dD][89a-fA-F]/.test(json);
}
