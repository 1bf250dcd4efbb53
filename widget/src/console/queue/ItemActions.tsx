import type { ModerationAction } from '../../../../core/src/moderator-requests.ts';
import type { QueueItem } from '../../client/moderator/client.ts';
import { ACTION_LABELS } from '../messages.ts';
import type { QueueModel } from './queue-model.ts';
import type { QueueView } from './queue-view.ts';
import { availableActions } from './transitions.ts';

const KEYS: Partial<Record<ModerationAction, string>> = { approve: 'a', reject: 'r', spam: 's' };

/** The decisions that apply to this comment as it is now. Reject asks for a reason first. */
export function ItemActions({ item, model, view }: { item: QueueItem; model: QueueModel; view: QueueView }) {
  const inReported = model.queue.value === 'reported';
  return (
    <div class="actions" role="group" aria-label={`Actions for the comment by ${item.author.name}`}>
      {availableActions(item, inReported).map((action) => (
        <button
          key={action}
          type="button"
          class={action === 'approve' || action === 'restore' ? 'primary' : action === 'delete' ? 'secondary danger' : 'secondary'}
          aria-keyshortcuts={KEYS[action]}
          title={KEYS[action] ? `Key: ${KEYS[action]}` : undefined}
          onClick={() => (action === 'reject' ? view.open({ kind: 'reject', ids: [item.id] }) : model.act(action, '', [item.id]))}
        >
          {action === 'reject' ? 'Reject…' : action === 'approve' && inReported && item.status === 'approved' ? 'Keep, dismiss reports' : ACTION_LABELS[action]}
        </button>
      ))}
    </div>
  );
}
