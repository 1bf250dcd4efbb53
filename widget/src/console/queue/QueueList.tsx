import { useEffect, useRef } from 'preact/hooks';
import { QUEUE_LABELS } from '../messages.ts';
import type { QueueModel } from './queue-model.ts';
import { QueueItemCard } from './QueueItemCard.tsx';
import type { QueueView } from './queue-view.ts';

/**
 * The queue's comments. Keeps keyboard focus on the cursor's comment: when a comment leaves the
 * queue (or a dialog closes over a removed one) focus moves to the comment that took its place,
 * or to the "queue is empty" message, never to the page's body.
 */
export function QueueList({
  model,
  view,
  onThread,
  onAuthor,
}: {
  model: QueueModel;
  view: QueueView;
  onThread: (threadId: string) => void;
  onAuthor: (uid: string) => void;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const items = model.items.value;
  const cursor = model.cursor.value;
  const selected = model.selected.value;
  const dialogOpen = view.dialog.value !== null;

  useEffect(() => {
    if (dialogOpen) return;
    // After this render and after a closing dialog has given focus back (to a card that may be gone).
    // The cursor is read when the timer fires: keys pressed in between (j, j) may have moved it
    // further, and focusing the item this render knew would move the cursor back through onFocus.
    const timer = setTimeout(() => {
      const region = listRef.current;
      const active = document.activeElement;
      const lost = !active || active === document.body || !active.isConnected;
      if (!region || view.dialog.peek() || !(lost || region.contains(active))) return;
      const now = model.cursor.peek();
      const target = now ? document.getElementById(`item-${now}`) : region.querySelector<HTMLElement>('.empty');
      if (target && target !== active && !(active && target.contains(active))) target.focus();
    });
    return () => clearTimeout(timer);
  }, [cursor, items.length, dialogOpen]);

  const listFocus = view.listFocus.value;
  useEffect(() => {
    if (listFocus === 0) return;
    const now = model.cursor.peek();
    (now ? document.getElementById(`item-${now}`) : listRef.current?.querySelector<HTMLElement>('.empty'))?.focus();
  }, [listFocus, model]);

  return (
    <div ref={listRef} class="queue-list">
      {items.length === 0 ? (
        <p class="empty" tabIndex={-1}>
          {model.loading.value
            ? 'Loading…'
            : model.refilling.value
              ? 'Loading the next comments…'
              : model.search.value ? 'No comment in this queue matches the search.' : `Nothing in ${QUEUE_LABELS[model.queue.value].toLowerCase()}. All clear.`}
        </p>
      ) : (
        <ul class="queue" aria-label="Comments" aria-busy={model.loading.value}>
          {items.map((item) => (
            <li key={item.id}>
              <QueueItemCard item={item} model={model} view={view} isCursor={item.id === cursor} isSelected={selected.has(item.id)} onThread={onThread} onAuthor={onAuthor} />
            </li>
          ))}
        </ul>
      )}
      {model.hasMore.value && (
        <>
          {model.search.value.trim() && (
            // Firestore has no full-text search: the text filter reads what the console has loaded.
            <p class="hint muted" role="status">
              The search looks through the comments loaded so far; show more to search further back.
            </p>
          )}
          <button type="button" class="secondary more" onClick={model.loadMore}>
            Show more
          </button>
        </>
      )}
    </div>
  );
}
