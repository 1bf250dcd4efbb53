import type { CommentStatus } from '../types.ts';
import type { ModerationAction } from '../moderator-requests.ts';
import { settlesReports } from './reports.ts';

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

/**
 * What one moderator decision does to one comment, as `moderateComments` answers and logs it:
 * refused (`invalid`), nothing to do (`unchanged`), or a change with the action it is logged as.
 * Approving settles readers' reports; approving a comment that is already published, while it has
 * open reports, changes only that (logged as `dismiss-reports`). A decision that takes a comment
 * out of the published and held statuses settles its reports too (`settlesReports`, whether or
 * not any are open). `openReports` only matters to `approve`.
 */
export type ModerationOutcome =
  | 'invalid'
  | 'unchanged'
  | { status: CommentStatus; pinned: boolean; logged: ModerationAction | 'dismiss-reports'; settlesReports: boolean };

/** The outcome of `action` on a comment in the state `from` (see ModerationOutcome). */
export function moderationOutcome(action: ModerationAction, from: { status: CommentStatus; pinned: boolean; body?: string }, openReports: number): ModerationOutcome {
  const next = transition(action, from);
  if (next === 'invalid') return 'invalid';
  const dismisses = action === 'approve' && openReports > 0;
  if (next === 'unchanged') return dismisses ? { status: from.status, pinned: from.pinned, logged: 'dismiss-reports', settlesReports: true } : 'unchanged';
  return { ...next, logged: action, settlesReports: dismisses || settlesReports(from.status, next.status) };
}

/** Whether a shadow ban files a comment of the banned author as spam: what is published or held; rejected, spam and deleted ones stay as they are. */
export function filedByShadowBan(status: CommentStatus): boolean {
  return status === 'approved' || status === 'pending';
}
