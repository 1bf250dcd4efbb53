import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { ModeratorClient, ThreadCounts, ThreadSummary } from '../../client/moderator-client.ts';
import type { ParleyError } from '../../client/parley-error.ts';

/** A site's threads, their counts, and closing or pre-moderating one. */
export interface ThreadsModel {
  readonly threads: ReadonlySignal<ThreadSummary[]>;
  readonly loading: ReadonlySignal<boolean>;
  readonly counts: ReadonlySignal<ReadonlyMap<string, ThreadCounts>>;
  /** Threads with a change on its way. */
  readonly busy: ReadonlySignal<ReadonlySet<string>>;
  readonly error: ReadonlySignal<ParleyError | null>;
  /** Loads the counts of every listed thread. */
  loadCounts(): void;
  setState(threadId: string, state: { closed?: boolean; premoderate?: boolean }): Promise<void>;
  dispose(): void;
}

/** Creates the threads model of one site. */
export function createThreadsModel(client: ModeratorClient, siteId: string): ThreadsModel {
  const threads = signal<ThreadSummary[]>([]);
  const loading = signal(true);
  const counts = signal<ReadonlyMap<string, ThreadCounts>>(new Map());
  const busy = signal<ReadonlySet<string>>(new Set());
  const error = signal<ParleyError | null>(null);
  // Flags as just set here, shown until the listener agrees (or the call fails).
  const optimistic = new Map<string, { flags: Partial<ThreadSummary>; saved: boolean }>();
  let server: ThreadSummary[] = [];
  const agrees = (thread: ThreadSummary, flags: Partial<ThreadSummary>) =>
    (flags.closed === undefined || flags.closed === thread.closed) && (flags.premoderate === undefined || flags.premoderate === thread.premoderate);
  const publish = () => {
    for (const thread of server) {
      const entry = optimistic.get(thread.id);
      if (entry?.saved && agrees(thread, entry.flags)) optimistic.delete(thread.id);
    }
    threads.value = server.map((thread) => ({ ...thread, ...optimistic.get(thread.id)?.flags }));
  };
  const stop = client.watchThreads(
    siteId,
    (next) =>
      batch(() => {
        server = next;
        loading.value = false;
        publish();
      }),
    (reason) =>
      batch(() => {
        error.value = reason;
        loading.value = false;
      }),
  );

  return {
    threads,
    loading,
    counts,
    busy,
    error,
    loadCounts() {
      for (const thread of threads.value) {
        client.countThread(siteId, thread.id).then(
          (value) => {
            counts.value = new Map(counts.value).set(thread.id, value);
          },
          () => {},
        );
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
