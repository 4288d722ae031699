/**
 * Reading and validating HTTP input. Bodies are read with a byte cap (never buffered past
 * it), parsed as JSON, then validated by a zod schema: every failure is a coded 400.
 */
import type { z } from "zod";
import { readBounded } from "../../shared/bounded-read.js";
import { AppError } from "../../shared/errors.js";
import { hasLoneSurrogate, mayHoldSurrogateEscape } from "../../shared/unicode.js";
import { validate } from "../../shared/validate.js";

export { validate };

/** Reads at most `maxBytes` of the body; `too_large` beyond that. */
async function readCapped(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => new AppError("too_large", `body exceeds the ${maxBytes}-byte limit`);
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge();
  if (!request.body) return "";
  const bytes = await readBounded(request.body, maxBytes, tooLarge);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError("bad_json", "body is not valid UTF-8");
  }
}

/** Reads, parses and validates a JSON body. An empty body counts as `{}`. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, maxBytes: number): Promise<z.infer<S>> {
  const text = await readCapped(request, maxBytes);
  let data: unknown = {};
  if (text.trim() !== "") {
    try {
      data = JSON.parse(text);
    } catch {
      throw new AppError("bad_json", "body is not valid JSON");
    }
    // Stored strings must encode as UTF-8 for binary and TCP clients (shared/unicode.ts).
    if (mayHoldSurrogateEscape(text) && hasLoneSurrogate(data)) throw new AppError("bad_json", "strings must be valid Unicode (a lone surrogate cannot be encoded)");
  }
  return validate(schema, data, "body");
}

/** The query string as a plain object (last value wins for repeated keys). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
