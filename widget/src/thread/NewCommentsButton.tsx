import { useI18n } from '../app/i18n-context.ts';

/**
 * Others' new comments wait behind this button, so the text being read never moves. The polite
 * live region announces the count; the button itself appears only when there is something new.
 */
export function NewCommentsButton({ count, onShow }: { count: number; onShow: () => void }) {
  const i18n = useI18n();
  const label = count > 0 ? i18n.t('thread.newComments', { count }) : '';
  return (
    <div class="new-comments" role="status" aria-live="polite">
      {count > 0 && (
        <button type="button" class="primary pill" onClick={onShow}>
          {label}
        </button>
      )}
    </div>
  );
}
