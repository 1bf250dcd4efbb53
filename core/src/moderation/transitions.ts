import type { CommentStatus } from '../types.ts';
import type { ModerationAction } from '../moderator-requests.ts';

/** A moderator action's effect on one comment: its new state, no change, or not applicable. */
export type Transition = { status: CommentStatus; pinned: boolean } | 'unchanged' | 'invalid';

/**
 * What a moderator action does to a comment in a given state. Only approved comments stay pinned.
 * A comment emptied when its author deleted their account (deleted, no text left) stays so.
 */
export function transition(action: ModerationAction, from: { status: CommentStatus; pinned: boolean; body?: string }): Transition {
  // Nothing is left of it to publish, or to file anywhere a later approval could publish it from.
  if (from.status === 'deleted' && from.body === '') return action === 'delete' || action === 'unpin' ? 'unchanged' : 'invalid';
  const to = (status: CommentStatus): Transition =>
    from.status === status ? 'unchanged' : { status, pinned: status === 'approved' && from.pinned };
  switch (action) {
    case 'approve':
      return from.status === 'deleted' ? 'invalid' : to('approved');
    case 'reject':
      return to('rejected');
    case 'spam':
      return to('spam');
    case 'delete':
      return to('deleted');
    case 'restore':
      return to('approved');
    case 'pin':
      if (from.status !== 'approved') return 'invalid';
      return from.pinned ? 'unchanged' : { status: 'approved', pinned: true };
    case 'unpin':
      return from.pinned ? { status: from.status, pinned: false } : 'unchanged';
  }
}
