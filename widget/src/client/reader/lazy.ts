import { ParleyError } from '../parley-error.ts';

/** A failed chunk download is a network problem; everything else keeps its Parley code. */
export function toParleyError(error: unknown): ParleyError {
  return error instanceof TypeError ? new ParleyError('network') : ParleyError.from(error);
}

/** Loads a module once; a failed download is tried again next time. */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
