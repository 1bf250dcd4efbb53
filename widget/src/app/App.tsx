import type { ComposerModel } from '../composer/composer-model.ts';
import { Composer } from '../composer/Composer.tsx';
import { CommentList } from '../thread/CommentList.tsx';
import { NewCommentsButton } from '../thread/NewCommentsButton.tsx';
import { ThreadHeader } from '../thread/ThreadHeader.tsx';
import type { ThreadModel } from '../thread/thread-model.ts';
import { useI18n } from './i18n-context.ts';
import type { ViewModel } from './view-model.ts';

interface AppProps {
  thread: ThreadModel;
  view: ViewModel;
  composer: ComposerModel;
  /** The reader started writing: time to load what posting needs. */
  onComposerFocus: () => void;
}

/** The whole widget: heading and sort, composer, new-comments button, the thread, load more. */
export function App({ thread, view, composer, onComposerFocus }: AppProps) {
  const i18n = useI18n();
  const state = thread.state.value;
  const closed = thread.thread.value?.closed ?? false;
  const nodes = thread.nodes.value;

  const showIncoming = () => {
    const ids = thread.showIncoming();
    if (ids[0]) {
      view.highlight(ids[0]);
      view.focus(`comment-${ids[0]}`);
    }
  };

  return (
    <section class="parley" aria-labelledby="parley-heading" aria-busy={state === 'loading'}>
      <ThreadHeader count={thread.count.value} sort={thread.sort.value} headingId="parley-heading" onSort={(sort) => void thread.setSort(sort)} />
      {state === 'loading' && (
        <p class="muted status" role="status">
          {i18n.t('thread.loading')}
        </p>
      )}
      {state === 'error' && (
        <div class="status" role="alert">
          <p>{thread.error.value?.code === 'site-not-found' ? i18n.t('error.site-not-found') : i18n.t('thread.error')}</p>
          <button type="button" class="secondary" onClick={() => void thread.retry()}>
            {i18n.t('thread.retry')}
          </button>
        </div>
      )}
      {state === 'ready' && (
        <>
          {closed ? (
            <p class="muted status">{i18n.t('thread.closed')}</p>
          ) : (
            <Composer
              composer={composer}
              idPrefix="parley"
              onFocus={onComposerFocus}
              onPosted={(stored) => {
                view.highlight(stored.id);
              }}
            />
          )}
          <NewCommentsButton count={thread.incoming.value} onShow={showIncoming} />
          {nodes.length === 0 ? (
            <p class="muted status">{i18n.t('thread.empty')}</p>
          ) : (
            <CommentList nodes={nodes} thread={thread} view={view} canReply={!closed} onComposerFocus={onComposerFocus} />
          )}
          {thread.hasMore.value && (
            <button type="button" class="secondary wide" aria-busy={thread.loadingMore.value} onClick={() => void thread.loadMore()}>
              {i18n.t('thread.loadMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
