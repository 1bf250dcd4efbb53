import { keepsReportsOpen } from '../../../../core/src/moderation/reports.ts';
import { MODERATION_ACTIONS, type ModerationAction } from '../../../../core/src/moderator-requests.ts';
import { moderationOutcome } from '../../../../core/src/moderation/transitions.ts';
import type { CommentStatus } from '../../../../core/src/types.ts';

/** A comment's moderated state. */
export interface CommentState {
  status: CommentStatus;
  pinned: boolean;
  /** A moderator kept it after readers reported it: it leaves the reported queue. */
  reviewed?: boolean;
}

/** A comment's state as the server judges a decision on it (an emptied comment has no body left). */
type Judged = CommentState & { body?: string };

/**
 * A decision's effect as the console shows it, by the server's own rule (core's
 * `moderationOutcome`); null when it changes nothing or does not apply. In the reported queue a
 * decision that settles the reports but keeps the comment published or held marks it reviewed.
 */
export function decisionEffect(action: ModerationAction, from: Judged, inReported: boolean): CommentState | null {
  const outcome = moderationOutcome(action, from, inReported ? 1 : 0);
  if (outcome === 'invalid' || outcome === 'unchanged') return null;
  const next = { status: outcome.status, pinned: outcome.pinned };
  return outcome.settlesReports && keepsReportsOpen(next.status) ? { ...next, reviewed: true } : next;
}

/**
 * The actions a moderator can take on a comment in this state, in button order: those that change
 * something. Restoring is offered for deleted comments only (approving does it for the others).
 */
export function availableActions(state: Judged, inReported = false): ModerationAction[] {
  return MODERATION_ACTIONS.filter((action) => (action !== 'restore' || state.status === 'deleted') && decisionEffect(action, state, inReported) !== null);
}
