/**
 * Output: with `--json`, one JSON object per line on stdout (NDJSON), each
 * `{"type": <record kind>, "data": {...}}`; otherwise readable lines. Progress and status go to stderr in both modes, so stdout
 * stays parseable; errors are a JSON line on stderr with --json.
 */
import { ChatError } from "../sdk/src/index.js";

export class Output {
  constructor(readonly json: boolean) {}

  /** A data record: `text` is the human form. */
  record(type: string, data: object, text: string): void {
    process.stdout.write(this.json ? `${JSON.stringify({ type, data })}\n` : `${text}\n`);
  }

  status(text: string): void {
    if (!this.json || process.env["IMSERVER_VERBOSE"]) process.stderr.write(`${text}\n`);
  }

  error(err: unknown, exitCode: number): void {
    const e = err instanceof ChatError ? err : undefined;
    const message = err instanceof Error ? err.message : String(err);
    if (this.json) process.stderr.write(`${JSON.stringify({ type: "error", data: { code: e?.code ?? (err as Error)?.name ?? "error", message, exitCode } })}\n`);
    else process.stderr.write(`imserver: ${message}\n`);
  }
}

/** Terminal-safe text: control characters (escape sequences, bidi overrides) shown escaped. */
export function safe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function time(ts: number): string {
  return new Date(ts).toISOString().replace("T", " ").slice(0, 19);
}
