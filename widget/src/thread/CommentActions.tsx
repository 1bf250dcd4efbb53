import type { Comment } from '../../../core/src/types.ts';
import { useI18n } from '../app/i18n-context.ts';
import type { PanelKind } from '../app/view-model.ts';
import { useWidget } from '../app/widget-context.ts';

/** The buttons under a comment: reply and react for all; edit (within the site's window) and delete for its author; report for others. */
export function CommentActions({ comment }: { comment: Comment }) {
  const i18n = useI18n();
  const { thread, view, writer } = useWidget();
  const own = thread.isOwn(comment);
  const closed = thread.thread.value?.closed ?? false;
  const editWindow = (thread.site.value?.editWindowSec ?? 0) * 1000;
  const canEdit = own && view.now.value - comment.createdAt < editWindow;
  const button = (kind: PanelKind, label: string) => {
    const open = view.isOpen(kind, comment.id);
    return (
      <button
        type="button"
        class="link"
        id={`${kind}-${comment.id}`}
        aria-expanded={open}
        onClick={() => {
          if (open) return view.close();
          view.open(kind, comment.id);
          if (kind !== 'react') void writer.load();
        }}
      >
        {label}
      </button>
    );
  };
  return (
    <div class="actions">
      {!closed && button('reply', i18n.t('comment.reply'))}
      {button('react', i18n.t('comment.react'))}
      {canEdit && button('edit', i18n.t('comment.edit'))}
      {own && button('delete', i18n.t('comment.delete'))}
      {!own && button('report', i18n.t('comment.report'))}
    </div>
  );
}
