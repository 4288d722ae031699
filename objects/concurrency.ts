/** Runs `fn` over `items` with at most `limit` calls in flight. Failures are logged, not thrown. */
import { log } from "../shared/log.js";

export async function forEachBounded<T>(items: T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        await fn(item);
      } catch (err) {
        log.warn("bounded.call_failed", { err });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
