import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';

/** Loads the next page of top-level comments, then moves focus to the first one it added. */
export function LoadMore() {
  const i18n = useI18n();
  const { thread, view } = useWidget();
  const busy = thread.loadingMore.value;
  const more = async () => {
    const [first] = await thread.loadMore();
    if (first) view.focus(`comment-${first}`);
  };
  return (
    <button type="button" class="secondary wide" aria-busy={busy} aria-disabled={busy} onClick={() => void more()}>
      {busy ? i18n.t('thread.loading') : i18n.t('thread.loadMore')}
    </button>
  );
}
