import type { ThreadNode } from '../../../core/src/thread-order.ts';
import { useI18n } from '../app/i18n-context.ts';
import type { ViewModel } from '../app/view-model.ts';
import type { ThreadModel } from './thread-model.ts';
import { Avatar } from './Avatar.tsx';
import { RenderTree } from './RenderTree.tsx';

/** One comment: author card, time, text and actions. An <article> that deep links can target. */
export function CommentCard({ node, thread, view, canReply }: { node: ThreadNode; thread: ThreadModel; view: ViewModel; canReply: boolean }) {
  const i18n = useI18n();
  const { comment, replyTo } = node;
  const id = comment.id;
  const highlighted = view.highlighted.value === id;
  if (comment.status === 'deleted') {
    return (
      <article id={`comment-${id}`} class="comment deleted" tabIndex={-1} aria-label={i18n.t('comment.deleted')}>
        <p class="muted">{i18n.t('comment.deleted')}</p>
      </article>
    );
  }
  const sending = thread.sending.value.has(id);
  const pending = comment.status === 'pending';
  const labelId = `by-${id}`;
  return (
    <article
      id={`comment-${id}`}
      class={`comment${highlighted ? ' highlighted' : ''}${sending ? ' sending' : ''}`}
      tabIndex={-1}
      aria-labelledby={labelId}
      aria-busy={sending}
    >
      <Avatar author={comment.author} />
      <div class="main">
        <header class="meta">
          <span class="name" id={labelId}>
            {comment.author.name}
          </span>
          {comment.author.badges.map((badge) => (
            <span key={badge} class={`badge badge-${badge}`}>
              {i18n.t(`badge.${badge}`)}
            </span>
          ))}
          {replyTo && (
            <a class="reply-to" href={`#comment-${replyTo.id}`}>
              {i18n.t('comment.replyingTo', { name: replyTo.name })}
            </a>
          )}
          <time dateTime={new Date(comment.createdAt).toISOString()} title={i18n.exactTime(comment.createdAt)}>
            {sending ? i18n.t('comment.sending') : i18n.relativeTime(comment.createdAt, view.now.value)}
          </time>
          {comment.editedAt && <span class="muted">{i18n.t('comment.edited')}</span>}
          {pending && <span class="pending">{i18n.t('comment.pending')}</span>}
        </header>
        <div class="body">
          <RenderTree nodes={comment.tree} />
        </div>
        {canReply && !sending && (
          <footer class="actions">
            <button
              type="button"
              class="link"
              id={`reply-${id}`}
              aria-expanded={view.replyingTo.value === id}
              onClick={() => (view.replyingTo.value === id ? view.closeReply() : view.openReply(id))}
            >
              {i18n.t('comment.reply')}
            </button>
          </footer>
        )}
      </div>
    </article>
  );
}
