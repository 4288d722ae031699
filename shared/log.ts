/**
 * Structured JSON logs (Workers Logs indexes them). Never pass tokens or passwords:
 * fields named like secrets are redacted as a last line of defence.
 */
type Fields = Record<string, unknown>;

const SECRET_KEY = /token|password|secret|pepper|authorization|api_?key|cookie|credential/i;

export type LogLevel = "info" | "warn" | "error";
const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2 };
let threshold = 0;

/** Drops lines below `level` (LOG_LEVEL; tests use "warn" to keep their output readable). */
export function setLogLevel(level: LogLevel): void {
  threshold = RANK[level];
}

function serialize(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

function emit(level: LogLevel, event: string, fields: Fields): void {
  if (RANK[level] < threshold) return;
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
