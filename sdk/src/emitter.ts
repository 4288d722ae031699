/** A small typed event emitter: `on(name, fn)` returns the function that unsubscribes. */
export class Emitter<Events extends object> {
  private readonly listeners = new Map<keyof Events, Set<(payload: never) => void>>();

  on<K extends keyof Events>(name: K, fn: (payload: Events[K]) => void): () => void {
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
    }
    set.add(fn as (payload: never) => void);
    return () => this.off(name, fn);
  }

  once<K extends keyof Events>(name: K, fn: (payload: Events[K]) => void): () => void {
    const off = this.on(name, (payload) => {
      off();
      fn(payload);
    });
    return off;
  }

  off<K extends keyof Events>(name: K, fn: (payload: Events[K]) => void): void {
    this.listeners.get(name)?.delete(fn as (payload: never) => void);
  }

  /**
   * Calls every listener; one that throws is reported through `onListenerError` and does
   * not stop the others (an app bug must not break delivery to the rest of the app).
   */
  emit<K extends keyof Events>(name: K, payload: Events[K]): void {
    const set = this.listeners.get(name);
    if (!set) return;
    for (const fn of [...set]) {
      try {
        (fn as (payload: Events[K]) => void)(payload);
      } catch (err) {
        this.onListenerError(err, String(name));
      }
    }
  }

  listenerCount(name: keyof Events): number {
    return this.listeners.get(name)?.size ?? 0;
  }

  protected onListenerError(err: unknown, name: string): void {
    // Surface the bug without breaking the emitting code path.
    setTimeout(() => {
      throw err instanceof Error ? err : new Error(`listener for ${name} threw: ${String(err)}`);
    }, 0);
  }
}
