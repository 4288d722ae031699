/**
 * The CLI's saved session: server URL plus the session data (tokens), in a file only the
 * user can read (0600). `--config` or IMSERVER_CONFIG moves it; refreshed tokens are saved
 * back, since refresh tokens rotate.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import type { SessionData } from "../sdk/src/index.js";

export interface Saved {
  url: string;
  /** The TCP bridge for `--transport tcp` (`tcp://host:port` or `tls://host:port`), when given at login. */
  tcp?: string;
  session: SessionData;
}

export function configPath(flag: string | undefined): string {
  if (flag) return flag;
  if (process.env["IMSERVER_CONFIG"]) return process.env["IMSERVER_CONFIG"];
  const base = process.env["XDG_CONFIG_HOME"] || join(homedir(), ".config");
  return join(base, "imserver", "session.json");
}

export function loadSaved(path: string): Saved | undefined {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  try {
    const s = JSON.parse(raw) as Saved;
    if (typeof s.url !== "string" || typeof s.session?.accessToken !== "string" || typeof s.session.refreshToken !== "string") return undefined;
    return { url: s.url, ...(typeof s.tcp === "string" ? { tcp: s.tcp } : {}), session: s.session };
  } catch {
    return undefined;
  }
}

export function save(path: string, saved: Saved | undefined): void {
  if (!saved) {
    rmSync(path, { force: true });
    return;
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // Write then rename: a crash never leaves half a file (and a lost refresh token).
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(saved, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}
