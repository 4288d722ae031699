/**
 * Settles as `promise` does, or rejects with `onTimeout()` if `ms` pass first; the timer
 * is cleared either way. One timer and one promise per call: it guards every router call
 * and every outbox delivery.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
