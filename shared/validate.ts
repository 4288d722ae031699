/** zod parsing at the edges: a failure becomes `bad_request` naming the offending paths. */
import type { z } from "zod";
import { AppError } from "./errors.js";

export function validate<S extends z.ZodType>(schema: S, data: unknown, what = "body"): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
  throw new AppError("bad_request", `invalid ${what}: ${detail}`);
}
