import type { ReportReason } from '../../../core/src/reader-requests.ts';

/**
 * The reasons a reader can pick, in the order shown: core's list, repeated here so the writing
 * chunk does not bundle the request schemas (a unit test keeps the two lists equal).
 */
export const REPORT_REASONS: readonly ReportReason[] = ['spam', 'abuse', 'off-topic', 'illegal'];
