import { countNodes, type ThreadNode } from '../../../core/src/thread-order.ts';
import { useWidget } from '../app/widget-context.ts';
import { CommentCard } from './CommentCard.tsx';
import { MoreReplies } from './MoreReplies.tsx';

/** Replies shown under a comment before the rest collapse behind "Show N more replies". */
export const VISIBLE_REPLIES = 3;

/**
 * A level of the thread: each comment with its replies one level in. Top-level comments page
 * through "Load more"; a long reply list shows its first replies and collapses the rest (and
 * any replies the first page did not bring) behind a count.
 */
export function CommentList({ nodes, parentId }: { nodes: readonly ThreadNode[]; parentId: string | null }) {
  const { thread, view } = useWidget();
  const parent = parentId ? thread.find(parentId) : undefined;
  const isRootList = parent !== undefined && parent.parentId === null;
  const expanded = parentId === null || view.expanded.value.has(parentId);
  const shown = expanded ? nodes : nodes.slice(0, VISIBLE_REPLIES);
  const hidden = nodes.slice(shown.length);
  const missing = isRootList ? thread.missingReplies(parent.id) : 0;
  return (
    <>
      <ol class="comments" role="list">
        {shown.map((node) => (
          <li key={node.comment.id}>
            <CommentCard node={node} />
            {node.children.length > 0 && <CommentList nodes={node.children} parentId={node.comment.id} />}
          </li>
        ))}
      </ol>
      {parent && (hidden.length > 0 || missing > 0) && (
        <MoreReplies parentId={parent.id} rootId={parent.rootId} count={countNodes(hidden) + missing} firstHidden={hidden[0]?.comment.id ?? null} />
      )}
    </>
  );
}
