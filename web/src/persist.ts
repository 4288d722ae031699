/**
 * What the browser keeps: the signed-in session (localStorage, shared by tabs), this tab's
 * device id (sessionStorage: survives a reload, not shared with other tabs, so two tabs
 * are two devices and do not replace each other's connection), and the SDK's outbox and
 * sync position per user and tab.
 */
import type { KeyValueStorage, SessionData } from "../../sdk/src/index.js";

const SESSION_KEY = "imserver.session";
const DEVICE_KEY = "imserver.deviceId";

export function loadSession(): SessionData | undefined {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    const data = raw ? (JSON.parse(raw) as SessionData) : undefined;
    return data && typeof data.accessToken === "string" && typeof data.refreshToken === "string" && data.user?.id ? data : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(data: SessionData | undefined): void {
  try {
    if (data) localStorage.setItem(SESSION_KEY, JSON.stringify(data));
    else localStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage disabled: the session lasts as long as the page.
  }
}

export function onSessionChangedElsewhere(fn: (data: SessionData | undefined) => void): void {
  window.addEventListener("storage", (e) => {
    if (e.key === SESSION_KEY) fn(loadSession());
  });
}

export function tabDeviceId(): string {
  let id = sessionStorage.getItem(DEVICE_KEY);
  if (!id) {
    const bytes = crypto.getRandomValues(new Uint8Array(8));
    id = `web-${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
    sessionStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

/** Storage for the SDK, or undefined when the browser refuses storage. */
export function clientStorage(): KeyValueStorage | undefined {
  try {
    localStorage.setItem("imserver.probe", "1");
    localStorage.removeItem("imserver.probe");
    return localStorage;
  } catch {
    return undefined;
  }
}

/** Serializes token refreshes across tabs (Web Locks), so two tabs never spend one refresh token. */
export async function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: { request<R>(name: string, cb: () => Promise<R>): Promise<R> } }).locks;
  return locks ? locks.request("imserver.refresh", fn) : fn();
}

/** Removes the SDK's saved state under a storage key prefix. */
export function forgetClientState(prefix: string): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(`${prefix}:`)) localStorage.removeItem(key);
  } catch {
    // Nothing saved.
  }
}
