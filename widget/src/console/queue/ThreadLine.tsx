import type { ItemDetails } from './item-details.ts';

/**
 * The article the comment belongs to, with a link to it and a filter on it; for a published
 * comment (`publishedId`) also a link to it on the page, in its conversation.
 */
export function ThreadLine({
  threadId,
  details,
  onFilter,
  publishedId = null,
}: {
  threadId: string;
  details: ItemDetails;
  onFilter: (threadId: string) => void;
  publishedId?: string | null;
}) {
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
      {thread && publishedId && (
        <a href={`${thread.url.split('#')[0]}#comment-${publishedId}`} target="_blank" rel="noopener noreferrer">
          See it on the page
        </a>
      )}
      <button type="button" class="link" onClick={() => onFilter(threadId)}>
        Only this thread
      </button>
    </p>
  );
}
