import type { CommentStatus } from '../types.ts';

/**
 * Why a reader reports a comment, in the order the report form offers them. Kept out of types.ts:
 * that module's code ships with the first paint, and only writers need this list.
 */
export const REPORT_REASONS = ['spam', 'abuse', 'off-topic', 'illegal'] as const;

/** One of the report reasons. */
export type ReportReason = (typeof REPORT_REASONS)[number];

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
