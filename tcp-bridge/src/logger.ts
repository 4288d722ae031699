/**
 * Structured JSON logs (pino) on stdout, one object per line, for the cluster's log
 * collector. Access tokens never reach a log line: the paths that could hold one are redacted.
 */
import pino, { type DestinationStream, type Logger } from "pino";

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "tcp-bridge" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: ["token", "*.token", "authorization", "*.authorization", "headers.authorization"], censor: "[redacted]" },
    },
    destination,
  );
}
