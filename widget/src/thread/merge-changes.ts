import type { Comment, ThreadChange } from '../../../core/src/types.ts';
import { countChange } from './count-change.ts';

/** Comments by id. */
export type CommentMap = ReadonlyMap<string, Comment>;

/** Where the live changes put things: what is shown, what waits behind the button, and the count's change. */
export interface Merged {
  shown: Map<string, Comment>;
  waiting: Map<string, Comment>;
  countDelta: number;
}


/**
 * Applies change-feed entries. Edits and removals of shown comments apply in place; others' new
 * comments wait (so the text being read never moves) when the thread can place them; the reader's
 * own go straight in. A removal
 * of the reader's own comment that they see as awaiting moderation is its public copy going
 * away (an edit sent it back to review), so the author keeps seeing it.
 */
export function mergeChanges(shown: CommentMap, waiting: CommentMap, changes: readonly ThreadChange[], isOwn: (comment: Comment) => boolean): Merged {
  const result: Merged = { shown: new Map(shown), waiting: new Map(waiting), countDelta: 0 };
  for (const change of changes) {
    const before = result.shown.get(change.commentId) ?? result.waiting.get(change.commentId);
    if (change.kind === 'remove' || !change.comment) {
      if (before && before.status === 'pending' && isOwn(before)) continue;
      result.shown.delete(change.commentId);
      result.waiting.delete(change.commentId);
      result.countDelta += countChange(before, null);
      continue;
    }
    const comment = change.comment;
    result.countDelta += countChange(before, comment);
    if (result.shown.has(comment.id) || isOwn(comment)) {
      result.shown.set(comment.id, comment);
      continue;
    }
    // Only what the thread can show waits: not placeholders, not replies to comments on pages not loaded.
    result.waiting.delete(comment.id);
    const { parentId } = comment;
    if (comment.status === 'approved' && (parentId === null || result.shown.has(parentId) || result.waiting.has(parentId))) {
      result.waiting.set(comment.id, comment);
    }
  }
  return result;
}
