import { signal, type ReadonlySignal } from '@preact/signals';
import type { WriteContext, WriteFeatures } from './write-features.ts';

/** The writing features (composer, edit, report, delete, reactions), loaded as one chunk on first intent. */
export interface WriteLoader {
  readonly features: ReadonlySignal<WriteFeatures | null>;
  /** True after a failed download; the next intent tries again. */
  readonly failed: ReadonlySignal<boolean>;
  /** Loads the chunk (once); resolves with the features, or null when the download failed. */
  load(): Promise<WriteFeatures | null>;
}

/**
 * Creates the loader. The first paint ships without the composer's code; the reader's first
 * sign of intent (pointer or focus on the widget, a click on an action) fetches it.
 */
export function createWriteLoader(context: WriteContext): WriteLoader {
  const features = signal<WriteFeatures | null>(null);
  const failed = signal(false);
  let loading: Promise<WriteFeatures | null> | null = null;
  return {
    features,
    failed,
    load() {
      return (loading ??= import('./write-features.ts')
        .then((module) => module.createWriteFeatures(context))
        .then(
          (loaded) => {
            failed.value = false;
            features.value = loaded;
            return loaded;
          },
          () => {
            failed.value = true;
            loading = null;
            return null;
          },
        ));
    },
  };
}
