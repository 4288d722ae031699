/**
 * Structured JSON logs (Workers Logs indexes them). Never pass tokens or passwords:
 * fields named like secrets are redacted as a last line of defence.
 */
type Fields = Record<string, unknown>;

const SECRET_KEY = /token|password|secret|pepper|authorization/i;

function serialize(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

function emit(level: "info" | "warn" | "error", event: string, fields: Fields): void {
  const out: Fields = { level, event, ts: new Date().toISOString() };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    out[key] = SECRET_KEY.test(key) ? "[redacted]" : serialize(value);
  }
  const line = JSON.stringify(out);
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

export const log = {
  info: (event: string, fields: Fields = {}) => emit("info", event, fields),
  warn: (event: string, fields: Fields = {}) => emit("warn", event, fields),
  error: (event: string, fields: Fields = {}) => emit("error", event, fields),
};
