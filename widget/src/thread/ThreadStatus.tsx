import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';

/**
 * The loading and error states of the thread (with a way to try again). "Try again" goes while
 * the thread loads, so focus then moves to the heading, or back to the button if it failed again.
 */
export function ThreadStatus() {
  const i18n = useI18n();
  const { thread, view } = useWidget();
  const state = thread.state.value;
  if (state === 'loading') {
    return (
      <p class="muted status" role="status">
        {i18n.t('thread.loading')}
      </p>
    );
  }
  if (state !== 'error') return null;
  const retry = async () => {
    await thread.retry();
    view.focus(thread.state.peek() === 'ready' ? 'parley-heading' : 'parley-retry');
  };
  return (
    <div class="status" role="alert">
      <p>{thread.error.value?.code === 'site-not-found' ? i18n.t('thread.siteMissing') : i18n.t('thread.error')}</p>
      <button id="parley-retry" type="button" class="secondary" onClick={() => void retry()}>
        {i18n.t('thread.retry')}
      </button>
    </div>
  );
}
