import type { ThreadNode } from '../../../core/src/thread-order.ts';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';
import { Avatar } from './Avatar.tsx';
import { CommentActions } from './CommentActions.tsx';
import { CommentMeta } from './CommentMeta.tsx';
import { PanelSlot } from './PanelSlot.tsx';
import { Reactions } from './Reactions.tsx';
import { RenderTree } from './RenderTree.tsx';

/** One comment: author card, time, text, reactions and actions. An <article> that deep links can target. */
export function CommentCard({ node }: { node: ThreadNode }) {
  const i18n = useI18n();
  const { thread, view, writer } = useWidget();
  const { comment } = node;
  const id = comment.id;
  const highlighted = view.highlighted.value === id;
  if (comment.status === 'deleted') {
    return (
      <article id={`comment-${id}`} class={`comment deleted${highlighted ? ' highlighted' : ''}`} tabIndex={-1} aria-label={i18n.t('comment.deleted')}>
        <p class="muted">{i18n.t('comment.deleted')}</p>
      </article>
    );
  }
  const sending = thread.sending.value.has(id);
  const error = writer.features.value?.actions.errors.value.get(id);
  const note = view.note.value?.id === id ? view.note.value.text : '';
  return (
    <article
      id={`comment-${id}`}
      class={`comment${highlighted ? ' highlighted' : ''}${sending ? ' sending' : ''}${comment.pinned ? ' pinned' : ''}`}
      tabIndex={-1}
      aria-labelledby={`by-${id}`}
      aria-busy={sending}
    >
      <Avatar author={comment.author} />
      <div class="main">
        <CommentMeta node={node} sending={sending} />
        <div class="body" dir="auto">
          <RenderTree nodes={comment.tree} />
        </div>
        {!sending && (
          <>
            <footer class="toolbar">
              <Reactions comment={comment} />
              <CommentActions comment={comment} />
            </footer>
            {error && (
              <p class="error" role="alert">
                {i18n.t(`error.${error}`)}
              </p>
            )}
            {note && <p class="notice">{note}</p>}
            <PanelSlot node={node} />
          </>
        )}
      </div>
    </article>
  );
}
