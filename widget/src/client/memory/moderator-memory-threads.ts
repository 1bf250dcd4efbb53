import type { ModeratorClient, ThreadSummary, Unsubscribe } from '../moderator/client.ts';
import { ParleyError } from '../parley-error.ts';

/** The in-memory client's threads: its thread reads as Firestore answers them, and the reads made. */
export interface MemoryThreads {
  /** Thread list reads so far: `watch` (a listener) or `list after ID` (one page). */
  readonly reads: string[];
  /** Adds or replaces a thread (the caller notifies listeners). */
  put(thread: ThreadSummary): void;
  /** Changes a thread's flags, as `setThreadState` does. */
  update(threadId: string, state: { closed?: boolean; premoderate?: boolean }): void;
  readonly queries: Pick<ModeratorClient, 'getThread' | 'watchThreads' | 'listThreads'>;
}

/** Creates the thread store of the in-memory client; `subscribe` calls a listener now and on every change. */
export function createMemoryThreads(initial: readonly ThreadSummary[], subscribe: (listener: () => void) => Unsubscribe): MemoryThreads {
  const threads = [...initial];
  const reads: string[] = [];
  // As the Firestore query orders them: newest first, then by id, descending.
  const newest = () => [...threads].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  return {
    reads,
    put(thread) {
      const index = threads.findIndex((entry) => entry.id === thread.id);
      if (index >= 0) threads[index] = thread;
      else threads.push(thread);
    },
    update(threadId, state) {
      const index = threads.findIndex((thread) => thread.id === threadId);
      if (index < 0) throw new ParleyError('thread-not-found');
      threads[index] = { ...threads[index]!, ...state };
    },
    queries: {
      async getThread(threadId) {
        return threads.find((thread) => thread.id === threadId) ?? null;
      },
      watchThreads(_siteId, size, onThreads) {
        reads.push('watch');
        return subscribe(() => onThreads(newest().slice(0, size)));
      },
      async listThreads(_siteId, after, size) {
        reads.push(`list after ${after ?? 'none'}`);
        const all = newest();
        const start = after === null ? 0 : all.findIndex((thread) => thread.id === after) + 1;
        if (start === 0 && after !== null) throw new ParleyError('thread-not-found');
        return { threads: all.slice(start, start + size), more: all.length > start + size };
      },
    },
  };
}
