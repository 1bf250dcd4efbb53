import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ModeratorClient, QueueCounts, QueueFilter, QueueItem, QueueName } from '../../client/moderator/client.ts';
import type { CommentState } from './transitions.ts';

/**
 * Queue sizes: the server's count() answers for the queue's thread and author filters, less what
 * decisions here already took out of the current queue.
 */
export interface QueueSizes {
  /** Null until the server has counted with the filters shown. */
  readonly counts: ReadonlySignal<QueueCounts | null>;
  /** Asks the server again, soon (changes come in bursts); at once when the filters changed. */
  refresh(): void;
  dispose(): void;
}

const keyOf = (filter: QueueFilter) => JSON.stringify([filter.threadId, filter.authorUid]);

/** Creates the queue sizes of one site. */
export function createQueueSizes(
  client: ModeratorClient,
  siteId: string,
  view: {
    queue: ReadonlySignal<QueueName>;
    filter: ReadonlySignal<QueueFilter>;
    serverItems: ReadonlySignal<QueueItem[]>;
    overlay: ReadonlySignal<ReadonlyMap<string, CommentState>>;
    belongsTo: (queue: QueueName, state: CommentState) => boolean;
  },
): QueueSizes {
  // Each answer is kept with the filters it was asked with, so one for filters since left never shows.
  const server = signal<{ key: string; counts: QueueCounts } | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The first answer for a filter is asked for at once; later ones wait a moment, as changes come in bursts.
  const refresh = () => {
    clearTimeout(timer);
    const fresh = server.peek()?.key !== keyOf(view.filter.peek());
    timer = setTimeout(() => {
      const filter = view.filter.peek();
      const key = keyOf(filter);
      client.countQueues(siteId, filter).then(
        (counts) => {
          if (key === keyOf(view.filter.peek())) server.value = { key, counts };
        },
        () => {},
      );
    }, fresh ? 0 : 500);
  };
  // Other moderators' decisions change other queues too.
  const interval = setInterval(refresh, 60_000);
  const counts = computed(() => {
    const answer = server.value;
    if (!answer || answer.key !== keyOf(view.filter.value)) return null;
    const base = answer.counts;
    const queue = view.queue.value;
    const hidden = view.serverItems.value.filter((item) => {
      const state = view.overlay.value.get(item.id);
      return state && view.belongsTo(queue, item) && !view.belongsTo(queue, state);
    }).length;
    return { ...base, [queue]: Math.max(0, base[queue] - hidden) };
  });
  return {
    counts,
    refresh,
    dispose() {
      clearTimeout(timer);
      clearInterval(interval);
    },
  };
}
