import { signal, type ReadonlySignal, type Signal } from '@preact/signals';

/**
 * Live values by key, started on first read: `get(key)` answers a signal (undefined until the
 * first value) and starts its listener; `keep(keys)` stops the listeners of every other key.
 */
export interface KeyedLive<T> {
  get(key: string): ReadonlySignal<T | undefined>;
  keep(keys: ReadonlySet<string>): void;
  dispose(): void;
}

/** Creates a keyed store over a start function that calls `set` with each value and answers a stop function. */
export function createKeyedLive<T>(start: (key: string, set: (value: T) => void) => () => void): KeyedLive<T> {
  const values = new Map<string, Signal<T | undefined>>();
  const stops = new Map<string, () => void>();
  return {
    get(key) {
      let value = values.get(key);
      if (!value) {
        const created = signal<T | undefined>(undefined);
        values.set(key, created);
        value = created;
      }
      if (!stops.has(key)) {
        const target = value;
        stops.set(
          key,
          start(key, (next) => {
            target.value = next;
          }),
        );
      }
      return value;
    },
    keep(keys) {
      for (const [key, stop] of stops) {
        if (keys.has(key)) continue;
        stop();
        stops.delete(key);
        values.delete(key);
      }
    },
    dispose() {
      for (const stop of stops.values()) stop();
      stops.clear();
      values.clear();
    },
  };
}

/** A keyed store over one-shot reads, remembered for the model's lifetime. */
export function createKeyedOnce<T>(load: (key: string) => Promise<T>): KeyedLive<T> {
  return createKeyedLive((key, set) => {
    let live = true;
    load(key).then(
      (value) => live && set(value),
      () => {},
    );
    return () => {
      live = false;
    };
  });
}
