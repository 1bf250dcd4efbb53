import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';

/**
 * Others' new comments wait behind this button, so the text being read never moves. The polite
 * live region announces the count; the button itself appears only when there is something new.
 * Showing them highlights and focuses the first one.
 */
export function NewCommentsButton() {
  const i18n = useI18n();
  const { thread, view } = useWidget();
  const count = thread.incoming.value;
  const show = () => {
    const [first] = thread.showIncoming();
    if (first) view.reveal(first, thread.nodes.value);
  };
  return (
    <div class="new-comments" role="status" aria-live="polite">
      {count > 0 && (
        <button type="button" class="primary pill" onClick={show}>
          {i18n.t('thread.newComments', { count })}
        </button>
      )}
    </div>
  );
}
