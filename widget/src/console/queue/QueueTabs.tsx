import { QUEUE_NAMES, type QueueName } from '../../client/moderator/client.ts';
import { formatRoute } from '../shell/route.ts';
import { QUEUE_LABELS } from '../messages.ts';
import type { QueueModel } from './queue-model.ts';

/** The queues as tabs (links, so each queue has an address), with their sizes. */
export function QueueTabs({ model, siteId }: { model: QueueModel; siteId: string }) {
  const counts = model.counts.value;
  const current = model.queue.value;
  return (
    <nav class="tabs" aria-label="Queues">
      {QUEUE_NAMES.map((queue: QueueName) => (
        <a key={queue} href={formatRoute({ site: siteId, page: 'queue', queue, thread: model.threadId.value, author: model.author.value?.uid ?? null })} aria-current={queue === current ? 'page' : undefined}>
          {QUEUE_LABELS[queue]}
          {counts && queue !== 'all' && <span class="count">{counts[queue]}</span>}
        </a>
      ))}
    </nav>
  );
}
