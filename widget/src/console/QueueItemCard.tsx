import { useEffect, useState } from 'preact/hooks';
import type { ModerationAction } from '../../../core/src/moderator-requests.ts';
import type { CommentPrivate, ModeratorClient, QueueItem } from '../client/moderator-client.ts';
import { RenderTree } from '../thread/RenderTree.tsx';

const ACTIONS: Array<{ action: ModerationAction; label: string; when: (item: QueueItem) => boolean }> = [
  { action: 'approve', label: 'Approve', when: (item) => item.status !== 'approved' && item.status !== 'deleted' },
  { action: 'reject', label: 'Reject', when: (item) => item.status !== 'rejected' },
  { action: 'spam', label: 'Spam', when: (item) => item.status !== 'spam' },
  { action: 'restore', label: 'Restore', when: (item) => item.status === 'deleted' },
];

/** One comment in a queue: as readers would see it, with the author's private details and the actions. */
export function QueueItemCard({ item, client, busy, onAct }: { item: QueueItem; client: ModeratorClient; busy: boolean; onAct: (action: ModerationAction) => void }) {
  const [details, setDetails] = useState<CommentPrivate | null>(null);
  useEffect(() => {
    let live = true;
    client.loadPrivate(item.id).then((value) => live && setDetails(value), () => {});
    return () => {
      live = false;
    };
  }, [item.id]);
  return (
    <article class={`item status-${item.status}`} aria-labelledby={`item-${item.id}-author`} aria-busy={busy}>
      <header>
        <strong id={`item-${item.id}-author`}>{item.author.name}</strong>
        {details?.email && <span class="email">{details.email}</span>}
        <span class={`status status-${item.status}`}>{item.status}</span>
        <time dateTime={new Date(item.createdAt).toISOString()}>{new Date(item.createdAt).toLocaleString()}</time>
      </header>
      <div class="body">
        <RenderTree nodes={item.tree} />
      </div>
      {details && item.status === 'pending' && <p class="why">Held by {details.decision.phase}: {details.decision.reason}</p>}
      <footer>
        {ACTIONS.filter(({ when }) => when(item)).map(({ action, label }) => (
          <button key={action} type="button" class={action === 'approve' ? 'primary' : 'secondary'} aria-disabled={busy} onClick={() => !busy && onAct(action)}>
            {label}
          </button>
        ))}
      </footer>
    </article>
  );
}
