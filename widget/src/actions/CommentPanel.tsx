import type { ThreadNode } from '../../../core/src/thread-order.ts';
import { useI18n } from '../app/i18n-context.ts';
import type { PanelKind } from '../app/view-model.ts';
import { useWidget } from '../app/widget-context.ts';
import { Composer } from '../composer/Composer.tsx';
import { DeleteConfirm } from './DeleteConfirm.tsx';
import { EditForm } from './EditForm.tsx';
import { ReactionPicker } from './ReactionPicker.tsx';
import { ReportForm } from './ReportForm.tsx';
import { closePanel } from './close-panel.ts';

/**
 * The panel open under a comment: the reply composer, the reaction picker, the edit form, the
 * report form or the delete confirmation. Part of the writing chunk.
 */
export function CommentPanel({ node, kind }: { node: ThreadNode; kind: PanelKind }) {
  const i18n = useI18n();
  const { thread, view, writer } = useWidget();
  const { comment } = node;
  const features = writer.features.value;
  if (!features) return null;
  switch (kind) {
    case 'react':
      return <ReactionPicker comment={comment} />;
    case 'edit':
      return <EditForm comment={comment} />;
    case 'delete':
      return <DeleteConfirm comment={comment} />;
    case 'report':
      return <ReportForm comment={comment} />;
    case 'reply':
      return (
        <div class="reply-box">
          <Composer
            composer={features.composer(comment.id)}
            idPrefix={`reply-${comment.id}-form`}
            label={i18n.t('composer.replyLabel', { name: comment.author.name || i18n.t('comment.formerMember') })}
            isReply
            autoFocus
            onCancel={() => view.close(true)}
            onPosted={(stored) => {
              // The reader may have moved on to another panel while it was sent: that one stays.
              if (closePanel(view, 'reply', comment.id)) view.reveal(stored.id, thread.nodes.value);
            }}
          />
        </div>
      );
  }
}
