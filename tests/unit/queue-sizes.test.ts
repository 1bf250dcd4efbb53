import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModeratorClient, QueueCounts, QueueFilter, QueueItem } from '../../widget/src/client/moderator/client.ts';
import { createQueueSizes } from '../../widget/src/console/queue/queue-sizes.ts';
import type { CommentState } from '../../widget/src/console/queue/transitions.ts';

const COUNTS: QueueCounts = { pending: 1, reported: 0, spam: 0, rejected: 0, all: 1 };

/** The console's queue sizes over a client that only counts, with time in the test's hands. */
function sizes() {
  const countQueues = vi.fn(async () => COUNTS);
  const filter = signal<QueueFilter>({ threadId: null, authorUid: null });
  const model = createQueueSizes({ countQueues } as unknown as ModeratorClient, 'news', {
    queue: signal('pending'),
    filter,
    serverItems: signal<QueueItem[]>([]),
    overlay: signal<ReadonlyMap<string, CommentState>>(new Map()),
    belongsTo: () => true,
  });
  return { model, countQueues, filter };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('queue sizes', () => {
  it('asks for the first count at once, and for later ones after a 500 ms pause that a burst of changes restarts', async () => {
    const { model, countQueues } = sizes();
    model.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(countQueues).toHaveBeenCalledTimes(1);
    expect(model.counts.value).toEqual(COUNTS);
    model.refresh();
    await vi.advanceTimersByTimeAsync(300);
    model.refresh();
    await vi.advanceTimersByTimeAsync(499);
    expect(countQueues).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(countQueues).toHaveBeenCalledTimes(2);
    model.dispose();
  });

  it('asks at once again when the filters change, and shows no count for filters since left', async () => {
    const { model, countQueues, filter } = sizes();
    model.refresh();
    await vi.advanceTimersByTimeAsync(0);
    filter.value = { threadId: 't1', authorUid: null };
    expect(model.counts.value).toBeNull();
    model.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(countQueues).toHaveBeenLastCalledWith('news', { threadId: 't1', authorUid: null });
    expect(model.counts.value).toEqual(COUNTS);
    model.dispose();
  });

  it('counts again every minute, for what other moderators decided', async () => {
    const { model, countQueues } = sizes();
    await vi.advanceTimersByTimeAsync(60_000 + 500);
    expect(countQueues).toHaveBeenCalledTimes(1);
    model.dispose();
  });
});
