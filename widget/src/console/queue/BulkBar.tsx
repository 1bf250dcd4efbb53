import { useRef } from 'preact/hooks';
import type { ModerationAction } from '../../../../core/src/moderator-requests.ts';
import { ACTION_LABELS } from '../messages.ts';
import { MAX_PAGE, type QueueModel } from './queue-model.ts';
import type { QueueView } from './queue-view.ts';
import { runCommand } from './run-command.ts';
import { useStickyHeight } from '../ui/use-sticky-height.ts';

const BULK: ModerationAction[] = ['approve', 'reject', 'spam', 'delete'];

/** Select all on the page, and decide on the selection at once (up to 100 comments). */
export function BulkBar({ model, view }: { model: QueueModel; view: QueueView }) {
  const items = model.items.value;
  const count = model.selected.value.size;
  const ref = useRef<HTMLDivElement>(null);
  useStickyHeight(ref, '--bulk-height', items.length > 0);
  if (items.length === 0) return null;
  const page = Math.min(items.length, MAX_PAGE);
  const all = count > 0 && count >= page;
  return (
    <div class="bulk" ref={ref} role="group" aria-label="Selection">
      <label class="select-all">
        <input
          type="checkbox"
          checked={all}
          ref={(input) => {
            if (input) input.indeterminate = count > 0 && !all;
          }}
          onChange={model.toggleAll}
        />
        Select all on this page
      </label>
      <span class="muted" aria-live="polite">
        {count > 0 ? `${count} selected` : `${items.length} shown`}
      </span>
      {count > 0 &&
        BULK.map((action) => (
          <button
            key={action}
            type="button"
            class={action === 'approve' ? 'primary' : 'secondary'}
            onClick={() => (action === 'reject' ? runCommand('reject', model, view) : model.act(action))}
          >
            {ACTION_LABELS[action]} {count}
          </button>
        ))}
      {count > 0 && (
        <button type="button" class="link" onClick={model.clearSelection}>
          Clear selection
        </button>
      )}
    </div>
  );
}
