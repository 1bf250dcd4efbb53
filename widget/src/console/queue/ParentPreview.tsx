import { RenderTree } from '../../thread/RenderTree.tsx';
import type { ItemDetails } from './item-details.ts';

/** The comment a reply answers, shortened, so the reply can be judged in context. */
export function ParentPreview({ parentId, details }: { parentId: string; details: ItemDetails }) {
  const parent = details.parentOf(parentId).value;
  if (parent === undefined) return <p class="parent muted">In reply to…</p>;
  if (parent === null) return <p class="parent muted">In reply to a comment that no longer exists.</p>;
  return (
    <blockquote class="parent">
      <p class="parent-by">
        In reply to <strong>{parent.author.name}</strong>
        {parent.status !== 'approved' && <span class="muted"> ({parent.status})</span>}
      </p>
      <div class="parent-body">
        <RenderTree nodes={parent.tree} />
      </div>
    </blockquote>
  );
}
