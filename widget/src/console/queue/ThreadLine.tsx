import type { ItemDetails } from './item-details.ts';

/** The article the comment belongs to, with a link to it and a filter on it. */
export function ThreadLine({ threadId, details, onFilter }: { threadId: string; details: ItemDetails; onFilter: (threadId: string) => void }) {
  const thread = details.threadOf(threadId).value;
  return (
    <p class="thread-line">
      <span class="muted">on </span>
      {thread ? (
        <a href={thread.url} target="_blank" rel="noopener noreferrer">
          {thread.title || thread.url}
        </a>
      ) : (
        <span class="muted">…</span>
      )}
      {thread?.closed && <span class="tag">closed</span>}
      <button type="button" class="link" onClick={() => onFilter(threadId)}>
        Only this thread
      </button>
    </p>
  );
}
