import type { CommentStatus } from '../types.ts';

/**
 * Whether readers' reports on a comment in this status stay open: it is published or held for
 * review. The reported queue lists such comments only.
 */
export function keepsReportsOpen(status: CommentStatus): boolean {
  return status === 'approved' || status === 'pending';
}

/** Whether a change of status settles the comment's open reports (it was rejected, filed as spam or deleted). */
export function settlesReports(before: CommentStatus, after: CommentStatus): boolean {
  return keepsReportsOpen(before) && !keepsReportsOpen(after);
}

/** Whether a reader may report a comment in this status: only what readers see, a published comment. */
export function canBeReported(status: CommentStatus): boolean {
  return status === 'approved';
}
