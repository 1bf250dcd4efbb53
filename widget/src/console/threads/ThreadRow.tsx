import type { ThreadCounts, ThreadSummary } from '../../client/moderator/client.ts';
import { formatAgo } from '../format.ts';
import { formatRoute } from '../shell/route.ts';

/**
 * One thread: its article, counts, and the switches for closing and pre-moderating it. Each
 * switch's text says what ticking it means, whatever its state (not "Open" beside a box that closes).
 */
export function ThreadRow({
  thread,
  siteId,
  counts,
  busy,
  onChange,
}: {
  thread: ThreadSummary;
  siteId: string;
  counts: ThreadCounts | undefined;
  busy: boolean;
  onChange: (state: { closed?: boolean; premoderate?: boolean }) => void;
}) {
  const title = thread.title || thread.url;
  return (
    <tr aria-busy={busy}>
      <th scope="row">
        <a href={thread.url} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
        <div class="muted small">{thread.lastCommentAt ? `last comment ${formatAgo(thread.lastCommentAt)}` : `started ${formatAgo(thread.createdAt)}`}</div>
      </th>
      <td class="num">{counts?.approved ?? '…'}</td>
      <td class="num">
        {counts && counts.pending > 0 ? (
          <a href={formatRoute({ site: siteId, page: 'queue', queue: 'pending', thread: thread.id, author: null })}>{counts.pending}</a>
        ) : (
          (counts?.pending ?? '…')
        )}
      </td>
      <td>
        <label class="inline">
          <input type="checkbox" checked={thread.closed} onChange={(event) => onChange({ closed: event.currentTarget.checked })} aria-label={`Closed: ${title}`} />
          Closed
        </label>
      </td>
      <td>
        <label class="inline">
          <input
            type="checkbox"
            checked={thread.premoderate}
            onChange={(event) => onChange({ premoderate: event.currentTarget.checked })}
            aria-label={`Pre-moderate: ${title}`}
          />
          Hold every comment
        </label>
      </td>
      <td>
        <a href={formatRoute({ site: siteId, page: 'queue', queue: 'all', thread: thread.id, author: null })}>Comments</a>
      </td>
    </tr>
  );
}
