import { useEffect, useRef } from 'preact/hooks';
import type { Comment } from '../../../core/src/types.ts';
import { useI18n } from '../app/i18n-context.ts';
import { pathTo } from '../app/view-model.ts';
import { useWidget } from '../app/widget-context.ts';
import { closePanel } from './close-panel.ts';

/**
 * Asks before deleting the reader's comment. Focus starts on "Cancel" (the safe choice). After
 * deleting, focus goes to the placeholder when replies keep it, else to the thread's heading.
 */
export function DeleteConfirm({ comment }: { comment: Comment }) {
  const i18n = useI18n();
  const { thread, view, writer } = useWidget();
  const cancel = useRef<HTMLButtonElement>(null);
  const busy = writer.features.value?.actions.busy.value.has(comment.id) ?? false;
  useEffect(() => cancel.current?.focus(), []);

  const remove = async () => {
    const actions = writer.features.value?.actions;
    if (!actions || !(await actions.remove(comment))) return;
    const current = closePanel(view, 'delete', comment.id);
    view.announce(i18n.t('delete.done'));
    if (current) view.focus(pathTo(comment.id, thread.nodes.value) ? `comment-${comment.id}` : 'parley-heading');
  };

  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={`delete-${comment.id}-question`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') view.close(true);
      }}
    >
      <p id={`delete-${comment.id}-question`}>{i18n.t('delete.confirm')}</p>
      <div class="composer-actions">
        <button ref={cancel} type="button" class="secondary" onClick={() => view.close(true)}>
          {i18n.t('composer.cancel')}
        </button>
        <button type="button" class="danger" aria-disabled={busy} onClick={() => void remove()}>
          {i18n.t('delete.yes')}
        </button>
      </div>
    </div>
  );
}
