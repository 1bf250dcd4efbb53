import { useEffect, useMemo } from 'preact/hooks';

/** Anything that holds effects or listeners and must let them go. */
export interface Disposable {
  dispose(): void;
}

/** Creates a model for the component's lifetime (again when a dependency changes) and disposes it after. */
export function useModel<T extends Disposable>(create: () => T, deps: unknown[]): T {
  const model = useMemo(create, deps);
  useEffect(() => () => model.dispose(), [model]);
  return model;
}
