import type { ThreadNode } from '../../../core/src/thread-order.ts';
import type { ViewModel } from '../app/view-model.ts';
import { Composer } from '../composer/Composer.tsx';
import type { ThreadModel } from './thread-model.ts';
import { CommentCard } from './CommentCard.tsx';

interface CommentListProps {
  nodes: ThreadNode[];
  thread: ThreadModel;
  view: ViewModel;
  canReply: boolean;
  onComposerFocus: () => void;
}

/** A level of the thread: each comment, its open reply box, and its replies one level in. */
export function CommentList({ nodes, thread, view, canReply, onComposerFocus }: CommentListProps) {
  const replyingTo = view.replyingTo.value;
  const closeAndRefocus = (id: string) => {
    view.closeReply();
    view.focus(`reply-${id}`);
  };
  return (
    <ol class="comments" role="list">
      {nodes.map((node) => {
        const id = node.comment.id;
        return (
          <li key={id}>
            <CommentCard node={node} thread={thread} view={view} canReply={canReply} />
            {replyingTo === id && (
              <div class="reply-box">
                <Composer
                  composer={view.replyComposer(id)}
                  idPrefix={`reply-${id}-form`}
                  replyTo={node.comment.author.name}
                  autoFocus
                  onFocus={onComposerFocus}
                  onCancel={() => closeAndRefocus(id)}
                  onPosted={(stored) => {
                    view.closeReply();
                    view.highlight(stored.id);
                    view.focus(`comment-${stored.id}`);
                  }}
                />
              </div>
            )}
            {node.children.length > 0 && <CommentList nodes={node.children} thread={thread} view={view} canReply={canReply} onComposerFocus={onComposerFocus} />}
          </li>
        );
      })}
    </ol>
  );
}
