import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';

/**
 * Loads the next page of top-level comments, then moves focus to the first one it added. When the
 * page cannot be loaded, says so under the button, which stays (and keeps focus) to try again.
 */
export function LoadMore() {
  const i18n = useI18n();
  const { thread, view } = useWidget();
  const busy = thread.loadingMore.value;
  const failed = thread.moreError.value !== null && !busy;
  const more = async () => {
    const [first] = await thread.loadMore();
    if (first) view.focus(`comment-${first}`);
  };
  return (
    <>
      <button
        type="button"
        class="secondary wide"
        aria-busy={busy}
        aria-disabled={busy}
        aria-describedby={failed ? 'parley-more-error' : undefined}
        onClick={() => void more()}
      >
        {busy ? i18n.t('thread.loading') : i18n.t('thread.loadMore')}
      </button>
      <p id="parley-more-error" class="error" role="alert" hidden={!failed}>
        {failed ? i18n.t('comment.loadFailed') : ''}
      </p>
    </>
  );
}
