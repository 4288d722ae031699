/**
 * Where the SDK keeps what must survive a restart of the app: the outbox (messages not yet
 * acknowledged) and the sync position. The interface is the Web Storage one, so a browser
 * app passes `localStorage` (or `sessionStorage`) directly; Node apps pass anything with
 * these three methods. Without storage, state lives in memory for the client's lifetime.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** Reads JSON, treating anything unreadable (quota errors, corrupt data) as absent. */
export function readJson<T>(storage: KeyValueStorage, key: string): T | undefined {
  try {
    const raw = storage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

/** Writes JSON; returns false when the storage refused (full, disabled). */
export function writeJson(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
