import { useEffect, useRef } from 'preact/hooks';
import type { ThreadSummary } from '../../client/moderator-client.ts';
import type { QueueModel } from './queue-model.ts';
import type { QueueView } from './queue-view.ts';

/** Order, thread and author filters and the text search of the queue. */
export function QueueToolbar({
  model,
  view,
  threads,
  onThread,
  onAuthor,
}: {
  model: QueueModel;
  view: QueueView;
  threads: readonly ThreadSummary[];
  onThread: (threadId: string | null) => void;
  onAuthor: (uid: string | null) => void;
}) {
  const searchRef = useRef<HTMLInputElement>(null);
  const focusRequest = view.searchFocus.value;
  useEffect(() => {
    if (focusRequest > 0) searchRef.current?.focus();
  }, [focusRequest]);
  const threadId = model.threadId.value;
  const author = model.author.value;
  return (
    <div class="toolbar" role="search">
      <label>
        Order{' '}
        <select value={model.order.value} onChange={(event) => model.setOrder(event.currentTarget.value as 'newest' | 'oldest')}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </label>
      <label>
        Thread{' '}
        <select value={threadId ?? ''} onChange={(event) => onThread(event.currentTarget.value || null)}>
          <option value="">All threads</option>
          {threadId && !threads.some((thread) => thread.id === threadId) && <option value={threadId}>This thread</option>}
          {threads.map((thread) => (
            <option key={thread.id} value={thread.id}>
              {thread.title || thread.url}
            </option>
          ))}
        </select>
      </label>
      <label class="search">
        Search{' '}
        <input
          ref={searchRef}
          type="search"
          placeholder="Text or author name ( / )"
          value={model.search.value}
          onInput={(event) => model.setSearch(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Back to the comments without the mouse: Enter keeps the search, Escape clears it first.
            if (event.key === 'Enter' || (event.key === 'Escape' && !event.currentTarget.value)) {
              event.preventDefault();
              view.focusList();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              model.setSearch('');
            }
          }}
        />
      </label>
      {author && (
        <span class="chip">
          Author: {author.name}
          <button type="button" class="link" aria-label={`Show every author, not only ${author.name}`} onClick={() => onAuthor(null)}>
            ×
          </button>
        </span>
      )}
    </div>
  );
}
