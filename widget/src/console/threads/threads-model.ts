import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { ModeratorClient, ThreadCounts, ThreadSummary } from '../../client/moderator/client.ts';
import type { ParleyError } from '../../client/parley-error.ts';

/** Threads per page: the newest page is live, older pages are read once on request. */
export const THREAD_PAGE = 50;

/** A site's threads, page by page, their counts, and closing or pre-moderating one. */
export interface ThreadsModel {
  readonly threads: ReadonlySignal<ThreadSummary[]>;
  readonly loading: ReadonlySignal<boolean>;
  /** True when older threads may follow the ones listed. */
  readonly hasMore: ReadonlySignal<boolean>;
  readonly loadingMore: ReadonlySignal<boolean>;
  readonly counts: ReadonlySignal<ReadonlyMap<string, ThreadCounts>>;
  /** Threads with a change on its way. */
  readonly busy: ReadonlySignal<ReadonlySet<string>>;
  /** Why the last change was not saved. */
  readonly error: ReadonlySignal<ParleyError | null>;
  /** Why threads could not be loaded. */
  readonly loadError: ReadonlySignal<ParleyError | null>;
  /** Loads the counts of the listed threads not counted yet. */
  loadCounts(): void;
  /** Reads the next page of older threads. */
  loadMore(): Promise<void>;
  setState(threadId: string, state: { closed?: boolean; premoderate?: boolean }): Promise<void>;
  dispose(): void;
}

const newestFirst = (a: ThreadSummary, b: ThreadSummary) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);

/** Creates the threads model of one site. */
export function createThreadsModel(client: ModeratorClient, siteId: string): ThreadsModel {
  const threads = signal<ThreadSummary[]>([]);
  const loading = signal(true);
  const hasMore = signal(false);
  const loadingMore = signal(false);
  const counts = signal<ReadonlyMap<string, ThreadCounts>>(new Map());
  const busy = signal<ReadonlySet<string>>(new Set());
  const error = signal<ParleyError | null>(null);
  const loadError = signal<ParleyError | null>(null);
  // Every thread loaded, as last read. A thread that a newer one pushes out of a full live page
  // stays (as last heard), so the older pages, read after the oldest listed, leave no gap. One
  // that leaves a page that was not full is gone: the first answer can come from the SDK's cache
  // (threads the queue read one by one) and the server's answer then corrects it.
  const known = new Map<string, ThreadSummary>();
  let live = new Set<string>();
  let liveFull = false;
  let olderRead: boolean | null = null;
  // Flags as just set here, shown until the server's data agrees (or the call fails).
  const optimistic = new Map<string, { flags: Partial<ThreadSummary>; saved: boolean }>();
  const agrees = (thread: ThreadSummary, flags: Partial<ThreadSummary>) =>
    (flags.closed === undefined || flags.closed === thread.closed) && (flags.premoderate === undefined || flags.premoderate === thread.premoderate);
  const publish = () => {
    const server = [...known.values()].sort(newestFirst);
    for (const thread of server) {
      const entry = optimistic.get(thread.id);
      if (entry?.saved && agrees(thread, entry.flags)) optimistic.delete(thread.id);
    }
    threads.value = server.map((thread) => ({ ...thread, ...optimistic.get(thread.id)?.flags }));
    hasMore.value = olderRead ?? liveFull;
  };
  const stop = client.watchThreads(
    siteId,
    THREAD_PAGE,
    (next) =>
      batch(() => {
        const nextLive = new Set(next.map((thread) => thread.id));
        if (!liveFull) for (const id of live) if (!nextLive.has(id)) known.delete(id);
        for (const thread of next) known.set(thread.id, thread);
        live = nextLive;
        liveFull = next.length >= THREAD_PAGE;
        loading.value = false;
        loadError.value = null;
        publish();
      }),
    (reason) =>
      batch(() => {
        loadError.value = reason;
        loading.value = false;
      }),
  );

  return {
    threads,
    loading,
    hasMore,
    loadingMore,
    counts,
    busy,
    error,
    loadError,
    loadCounts() {
      for (const thread of threads.value) {
        if (counts.value.has(thread.id)) continue;
        client.countThread(siteId, thread.id).then(
          (value) => {
            counts.value = new Map(counts.value).set(thread.id, value);
          },
          () => {},
        );
      }
    },
    async loadMore() {
      const oldest = threads.peek().at(-1);
      if (loadingMore.peek() || !oldest) return;
      batch(() => {
        loadingMore.value = true;
        loadError.value = null;
      });
      try {
        const page = await client.listThreads(siteId, oldest.id, THREAD_PAGE);
        // The live page's own version is fresher than this read.
        for (const thread of page.threads) if (!live.has(thread.id)) known.set(thread.id, thread);
        olderRead = page.more;
      } catch (reason) {
        loadError.value = reason as ParleyError;
      } finally {
        batch(() => {
          loadingMore.value = false;
          publish();
        });
      }
    },
    async setState(threadId, state) {
      batch(() => {
        error.value = null;
        busy.value = new Set(busy.value).add(threadId);
        optimistic.set(threadId, { flags: { ...optimistic.get(threadId)?.flags, ...state }, saved: false });
        publish();
      });
      try {
        await client.setThreadState(siteId, threadId, state);
        const entry = optimistic.get(threadId);
        if (entry) entry.saved = true;
        // Only the newest page is listened to: an older thread takes the server's answer as its state.
        const stored = known.get(threadId);
        if (stored && !live.has(threadId)) known.set(threadId, { ...stored, ...state });
      } catch (reason) {
        error.value = reason as ParleyError;
        optimistic.delete(threadId);
      } finally {
        batch(() => {
          const next = new Set(busy.value);
          next.delete(threadId);
          busy.value = next;
          publish();
        });
      }
    },
    dispose: stop,
  };
}
