import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ModeratorClient, QueueCounts, QueueItem, QueueName } from '../../client/moderator-client.ts';
import type { CommentState } from './transitions.ts';

/** Queue sizes: the server's count() answers, less what decisions here already took out of the current queue. */
export interface QueueSizes {
  readonly counts: ReadonlySignal<QueueCounts | null>;
  /** Asks the server again, soon (changes come in bursts). */
  refresh(): void;
  dispose(): void;
}

/** Creates the queue sizes of one site. */
export function createQueueSizes(
  client: ModeratorClient,
  siteId: string,
  view: {
    queue: ReadonlySignal<QueueName>;
    serverItems: ReadonlySignal<QueueItem[]>;
    overlay: ReadonlySignal<ReadonlyMap<string, CommentState>>;
    belongsTo: (queue: QueueName, state: CommentState) => boolean;
  },
): QueueSizes {
  const server = signal<QueueCounts | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The first answer is asked for at once; later ones wait a moment, as changes come in bursts.
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      client.countQueues(siteId).then(
        (value) => {
          server.value = value;
        },
        () => {},
      );
    }, server.value ? 500 : 0);
  };
  // Other moderators' decisions change other queues too.
  const interval = setInterval(refresh, 60_000);
  const counts = computed(() => {
    const base = server.value;
    if (!base) return null;
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
