import { ComposerSlot } from '../composer/ComposerSlot.tsx';
import { CommentList } from '../thread/CommentList.tsx';
import { LoadMore } from '../thread/LoadMore.tsx';
import { NewCommentsButton } from '../thread/NewCommentsButton.tsx';
import { ThreadHeader } from '../thread/ThreadHeader.tsx';
import { ThreadStatus } from '../thread/ThreadStatus.tsx';
import { useI18n } from './i18n-context.ts';
import { useWidget } from './widget-context.ts';

/** The whole widget: heading and sort, composer, new-comments button, the thread, load more. */
export function App() {
  const i18n = useI18n();
  const { thread, view, writer } = useWidget();
  const state = thread.state.value;
  const closed = thread.thread.value?.closed ?? false;
  const nodes = thread.nodes.value;
  // Any sign that the reader may write fetches the composer's code before they need it.
  const preload = () => void writer.load();

  return (
    <section class="parley" aria-labelledby="parley-heading" aria-busy={state === 'loading' || thread.reordering.value} onPointerOver={preload} onFocusIn={preload}>
      <ThreadHeader />
      <ThreadStatus />
      <p class="notice" role="status">
        {view.message}
      </p>
      {state === 'ready' && (
        <>
          {closed ? <p class="muted status">{i18n.t('thread.closed')}</p> : <ComposerSlot />}
          <NewCommentsButton />
          {nodes.length === 0 ? (
            <p class="muted status">{i18n.t('thread.empty')}</p>
          ) : (
            <CommentList nodes={nodes} parentId={null} />
          )}
          {thread.hasMore.value && <LoadMore />}
        </>
      )}
      <p class="sr-only" role="status" aria-live="polite">
        {view.announcement}
      </p>
    </section>
  );
}
