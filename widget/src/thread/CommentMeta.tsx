import type { ThreadNode } from '../../../core/src/thread-order.ts';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';

/** A comment's header: author, badges, what it replies to, its time (a permalink), edited and pending marks. */
export function CommentMeta({ node, sending }: { node: ThreadNode; sending: boolean }) {
  const i18n = useI18n();
  const { thread, view } = useWidget();
  const { comment, replyTo } = node;
  return (
    <header class="meta">
      <span class="name" id={`by-${comment.id}`} dir="auto">
        {comment.author.name || i18n.t('comment.formerMember')}
      </span>
      {comment.author.badges.map((badge) => (
        <span key={badge} class={`badge badge-${badge}`}>
          {i18n.t(`badge.${badge}`)}
        </span>
      ))}
      {comment.pinned && <span class="tag">{i18n.t('comment.pinned')}</span>}
      {replyTo && (
        <a class="reply-to" href={`#comment-${replyTo.id}`}>
          {thread.find(replyTo.id)?.status === 'deleted'
            ? i18n.t('comment.replyingToDeleted')
            : i18n.t('comment.replyingTo', { name: replyTo.name || i18n.t('comment.formerMember') })}
        </a>
      )}
      {sending ? (
        <span class="muted">{i18n.t('comment.sending')}</span>
      ) : (
        // The exact time is the link's description (for screen readers) and shows on keyboard focus.
        <a class="permalink" href={`#comment-${comment.id}`} title={i18n.exactTime(comment.createdAt)}>
          <time dateTime={new Date(comment.createdAt).toISOString()}>{i18n.relativeTime(comment.createdAt, view.now.value)}</time>
        </a>
      )}
      {comment.editedAt && <span class="muted">{i18n.t('comment.edited')}</span>}
      {comment.status === 'pending' && <span class="pending">{i18n.t('comment.pending')}</span>}
    </header>
  );
}
