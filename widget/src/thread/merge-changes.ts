import type { Comment, ThreadChange } from '../../../core/src/types.ts';

/** Comments by id. */
export type CommentMap = ReadonlyMap<string, Comment>;

/** Where the live changes put things: what is shown, what waits behind the button, and the count's change. */
export interface Merged {
  shown: Map<string, Comment>;
  waiting: Map<string, Comment>;
  countDelta: number;
  /** The reader's own published comments that were removed: the widget asks what became of them. */
  removedOwn: Comment[];
}

/**
 * How the approved count moves with a change. A comment this reader has (shown or waiting) counts
 * as the reader has it, since the reader's own changes are already counted when the server
 * answers them; any other comment (on a page not loaded) counts as the entry says it was.
 */
function countDelta(local: Comment | undefined, change: ThreadChange): number {
  const was = local ? local.status === 'approved' : change.before === 'approved';
  return (change.comment?.status === 'approved' ? 1 : 0) - (was ? 1 : 0);
}

/**
 * Applies change-feed entries. Edits and removals of shown comments apply in place; others' new
 * comments wait (so the text being read never moves) when the thread can place them; the reader's
 * own go straight in. A removal of the reader's own comment that they see as awaiting moderation
 * is its public copy going away (an edit sent it back to review, already counted), so the author
 * keeps seeing it. The removal of their own published comment applies, and is listed in
 * `removedOwn`: the public feed cannot say whether a moderator rejected it or a shadow ban filed
 * it as spam, so the widget looks it up as its author (a shadow-banned author sees theirs again).
 */
export function mergeChanges(shown: CommentMap, waiting: CommentMap, changes: readonly ThreadChange[], isOwn: (comment: Comment) => boolean): Merged {
  const result: Merged = { shown: new Map(shown), waiting: new Map(waiting), countDelta: 0, removedOwn: [] };
  for (const change of changes) {
    const local = result.shown.get(change.commentId) ?? result.waiting.get(change.commentId);
    if (change.kind === 'remove' || !change.comment) {
      if (local && local.status === 'pending' && isOwn(local)) continue;
      if (local && local.status === 'approved' && isOwn(local)) result.removedOwn.push(local);
      result.shown.delete(change.commentId);
      result.waiting.delete(change.commentId);
      result.countDelta += countDelta(local, change);
      continue;
    }
    const comment = change.comment;
    result.countDelta += countDelta(local, change);
    if (result.shown.has(comment.id) || isOwn(comment)) {
      result.shown.set(comment.id, comment);
      continue;
    }
    // Only what the thread can show waits: not placeholders, not replies to comments on pages not
    // loaded, and not edits of comments on pages not loaded (public before, yet not here).
    result.waiting.delete(comment.id);
    const { parentId } = comment;
    const isNew = local !== undefined || change.before === null;
    if (isNew && comment.status === 'approved' && (parentId === null || result.shown.has(parentId) || result.waiting.has(parentId))) {
      result.waiting.set(comment.id, comment);
    }
  }
  return result;
}
