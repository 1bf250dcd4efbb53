import type { QueueItem } from '../../client/moderator/client.ts';
import { RenderTree } from '../../thread/RenderTree.tsx';
import { formatAgo, formatDateTime } from '../format.ts';
import { AuthorCard } from './AuthorCard.tsx';
import { ItemActions } from './ItemActions.tsx';
import { ItemWhy } from './ItemWhy.tsx';
import { ParentPreview } from './ParentPreview.tsx';
import type { QueueModel } from './queue-model.ts';
import type { QueueView } from './queue-view.ts';
import { ThreadLine } from './ThreadLine.tsx';

/** One comment in the queue: as readers see it, why it is here, its context and author, and the decisions. */
export function QueueItemCard({
  item,
  model,
  view,
  isCursor,
  isSelected,
  onThread,
  onAuthor,
}: {
  item: QueueItem;
  model: QueueModel;
  view: QueueView;
  isCursor: boolean;
  isSelected: boolean;
  onThread: (threadId: string) => void;
  onAuthor: (uid: string) => void;
}) {
  const labelId = `item-${item.id}-author`;
  return (
    <article
      id={`item-${item.id}`}
      class={`item status-${item.status}${isCursor ? ' current' : ''}${isSelected ? ' selected' : ''}`}
      tabIndex={isCursor ? 0 : -1}
      aria-labelledby={labelId}
      aria-current={isCursor ? 'true' : undefined}
      // Focus anywhere in the card (Tab into its buttons too) makes it the one the keys act on.
      onFocusIn={() => model.focus(item.id)}
      onClick={() => model.focus(item.id)}
    >
      <div class="item-main">
        <header class="item-head">
          <input
            type="checkbox"
            class="select"
            checked={isSelected}
            aria-label={`Select the comment by ${item.author.name}`}
            onChange={() => model.toggleSelected(item.id)}
          />
          <strong id={labelId}>{item.author.name}</strong>
          <time dateTime={new Date(item.createdAt).toISOString()} title={formatDateTime(item.createdAt)}>
            {formatAgo(item.createdAt)}
          </time>
          <span class={`status status-${item.status}`}>{item.status}</span>
          {item.pinned && <span class="tag">pinned</span>}
          {item.editedAt && <span class="tag">edited</span>}
        </header>
        <ThreadLine threadId={item.threadId} details={model.details} onFilter={onThread} publishedId={item.status === 'approved' ? item.id : null} />
        {item.parentId && <ParentPreview parentId={item.parentId} details={model.details} />}
        <div class="body">
          <RenderTree nodes={item.tree} />
        </div>
        <ItemWhy item={item} details={model.details} />
        <ItemActions item={item} model={model} view={view} />
      </div>
      <AuthorCard item={item} model={model} view={view} onAuthor={onAuthor} />
    </article>
  );
}
