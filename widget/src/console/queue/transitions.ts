import type { ModerationAction } from '../../../../core/src/moderator-requests.ts';
import { transition } from '../../../../core/src/moderation/transitions.ts';
import type { CommentStatus } from '../../../../core/src/types.ts';

/** A comment's moderated state. */
export interface CommentState {
  status: CommentStatus;
  pinned: boolean;
  /** A moderator kept it after readers reported it: it leaves the reported queue. */
  reviewed?: boolean;
}

/**
 * What a decision does to a comment: the server's own rule (core's `transition`), with "no
 * change" as null.
 */
export function nextState(action: ModerationAction, from: CommentState): CommentState | null | 'invalid' {
  const next = transition(action, from);
  return next === 'unchanged' ? null : next;
}

/**
 * A decision's effect as the console shows it. In the reported queue, approving also settles the
 * reports (the comment leaves that queue), even when the comment is published already.
 */
export function decisionEffect(action: ModerationAction, from: CommentState, inReported: boolean): CommentState | null {
  const next = nextState(action, from);
  if (next === 'invalid') return null;
  if (inReported && action === 'approve') return { ...(next ?? from), reviewed: true };
  return next;
}

/** The actions a moderator can take on a comment in this state, in button order. */
export function availableActions(state: CommentState, inReported = false): ModerationAction[] {
  const all: ModerationAction[] = ['approve', 'reject', 'spam', 'delete', 'restore', 'pin', 'unpin'];
  return all.filter((action) => {
    if (action === 'approve' && inReported && state.status === 'approved') return true;
    if (action === 'restore' && state.status !== 'deleted') return false;
    if (action === 'approve' && state.status === 'deleted') return false;
    const next = nextState(action, state);
    return next !== null && next !== 'invalid';
  });
}
