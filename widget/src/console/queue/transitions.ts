import type { ModerationAction } from '../../../../core/src/moderator-requests.ts';
import type { CommentStatus } from '../../../../core/src/types.ts';

/** A comment's moderated state. */
export interface CommentState {
  status: CommentStatus;
  pinned: boolean;
}

/**
 * What a decision does to a comment, as the server's `moderateComments` applies it (kept in step
 * with functions/src/moderation/transitions.ts): the new state, null when it changes nothing,
 * or 'invalid' when it does not apply.
 */
export function nextState(action: ModerationAction, from: CommentState): CommentState | null | 'invalid' {
  const to = (status: CommentStatus): CommentState | null => (from.status === status ? null : { status, pinned: status === 'approved' && from.pinned });
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
      return from.pinned ? null : { status: 'approved', pinned: true };
    case 'unpin':
      return from.pinned ? { status: from.status, pinned: false } : null;
  }
}

/** The actions a moderator can take on a comment in this state, in button order. */
export function availableActions(state: CommentState): ModerationAction[] {
  const all: ModerationAction[] = ['approve', 'reject', 'spam', 'delete', 'restore', 'pin', 'unpin'];
  return all.filter((action) => {
    if (action === 'restore' && state.status !== 'deleted') return false;
    if (action === 'approve' && state.status === 'deleted') return false;
    const next = nextState(action, state);
    return next !== null && next !== 'invalid';
  });
}
