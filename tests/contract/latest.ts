/** The latest value a listener was called back with, for `expect.poll`; `stop` ends the listener. */
export interface Latest<T> {
  readonly value: T | undefined;
  stop(): void;
}

/** Starts a listener (any client's `watch…` method) and keeps the latest value it reports. */
export function latest<T>(listen: (onValue: (value: T) => void) => () => void): Latest<T> {
  let value: T | undefined;
  const stop = listen((next) => {
    value = next;
  });
  return {
    get value() {
      return value;
    },
    stop,
  };
}
