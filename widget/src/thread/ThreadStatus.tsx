import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';

/** The loading and error states of the thread (with a way to try again). */
export function ThreadStatus() {
  const i18n = useI18n();
  const { thread } = useWidget();
  const state = thread.state.value;
  if (state === 'loading') {
    return (
      <p class="muted status" role="status">
        {i18n.t('thread.loading')}
      </p>
    );
  }
  if (state !== 'error') return null;
  return (
    <div class="status" role="alert">
      <p>{thread.error.value?.code === 'site-not-found' ? i18n.t('thread.siteMissing') : i18n.t('thread.error')}</p>
      <button type="button" class="secondary" onClick={() => void thread.retry()}>
        {i18n.t('thread.retry')}
      </button>
    </div>
  );
}
