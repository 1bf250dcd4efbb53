import { useEffect, useRef } from 'preact/hooks';
import type { QueueModel } from './queue-model.ts';
import type { QueueView } from './queue-view.ts';
import type { ThreadPickerModel } from './thread-picker-model.ts';
import { ThreadPicker } from './ThreadPicker.tsx';

/** Order, thread and author filters and the text search of the queue. */
export function QueueToolbar({
  model,
  view,
  picker,
  onThread,
  onAuthor,
}: {
  model: QueueModel;
  view: QueueView;
  picker: ThreadPickerModel;
  onThread: (threadId: string | null) => void;
  onAuthor: (uid: string | null) => void;
}) {
  const searchRef = useRef<HTMLInputElement>(null);
  const focusRequest = view.searchFocus.value;
  useEffect(() => {
    if (focusRequest > 0) searchRef.current?.focus();
  }, [focusRequest]);
  const threadId = model.threadId.value;
  const chosen = threadId ? model.details.threadOf(threadId).value : null;
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
      <ThreadPicker picker={picker} threadId={threadId} threadTitle={chosen ? chosen.title || chosen.url : null} onThread={onThread} />
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
