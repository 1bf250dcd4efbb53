import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ModeratorClient, ThreadSummary } from '../../client/moderator/client.ts';
import type { ParleyError } from '../../client/parley-error.ts';

/** Threads read per page for the picker. */
export const PICKER_PAGE = 50;

/**
 * The queue's thread filter: threads read once, a page at a time, when the moderator opens the
 * picker or asks for older ones (no listener: a queue visit costs no thread reads until then),
 * and the type-ahead over the titles and addresses read so far.
 */
export interface ThreadPickerModel {
  readonly threads: ReadonlySignal<ThreadSummary[]>;
  readonly query: ReadonlySignal<string>;
  /** Threads read so far whose title or address contains the typed text. */
  readonly matches: ReadonlySignal<ThreadSummary[]>;
  readonly loading: ReadonlySignal<boolean>;
  /** True when older threads remain to be read. */
  readonly hasMore: ReadonlySignal<boolean>;
  readonly error: ReadonlySignal<ParleyError | null>;
  /** Reads the first page, the first time only. */
  open(): void;
  /** Reads the next page of older threads. */
  loadMore(): void;
  setQuery(text: string): void;
  dispose(): void;
}

/** Creates the thread picker of one site's queue. */
export function createThreadPickerModel(client: ModeratorClient, siteId: string): ThreadPickerModel {
  const threads = signal<ThreadSummary[]>([]);
  const query = signal('');
  const loading = signal(false);
  const hasMore = signal(false);
  const error = signal<ParleyError | null>(null);
  let started = false;
  let disposed = false;

  const read = async (after: string | null) => {
    if (loading.peek()) return;
    batch(() => {
      loading.value = true;
      error.value = null;
    });
    try {
      const page = await client.listThreads(siteId, after, PICKER_PAGE);
      if (disposed) return;
      batch(() => {
        const seen = new Set(threads.peek().map((thread) => thread.id));
        threads.value = [...threads.peek(), ...page.threads.filter((thread) => !seen.has(thread.id))];
        hasMore.value = page.more;
      });
    } catch (reason) {
      if (!disposed) error.value = reason as ParleyError;
    } finally {
      if (!disposed) loading.value = false;
    }
  };

  const matches = computed(() => {
    const text = query.value.trim().toLowerCase();
    if (!text) return threads.value;
    return threads.value.filter((thread) => thread.title.toLowerCase().includes(text) || thread.url.toLowerCase().includes(text));
  });

  return {
    threads,
    query,
    matches,
    loading,
    hasMore,
    error,
    open() {
      // A failed first read is tried again on the next opening.
      if (started && !error.peek()) return;
      started = true;
      void read(null);
    },
    loadMore() {
      const oldest = threads.peek().at(-1);
      if (oldest && hasMore.peek()) void read(oldest.id);
    },
    setQuery(text) {
      query.value = text;
    },
    dispose() {
      disposed = true;
    },
  };
}
