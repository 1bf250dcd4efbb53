import { keepsReportsOpen } from '../../../../core/src/moderation/reports.ts';
import type { CommentPrivate, QueueItem, QueueName, QueueQuery } from '../moderator/client.ts';

/** The in-memory client's stand-in for the Firestore queries of the queues (decisions follow core's rules, see moderator-memory-decisions.ts). */

/** Whether a comment matches a queue listener's query, as the Firestore queries select it. */
export function inQueue(item: QueueItem, q: QueueQuery, privates: Map<string, CommentPrivate>): boolean {
  if (item.siteId !== q.siteId) return false;
  if (q.threadId && item.threadId !== q.threadId) return false;
  if (q.authorUid && item.author.uid !== q.authorUid) return false;
  const byQueue: Record<QueueName, boolean> = {
    all: true,
    reported: (privates.get(item.id)?.reports.count ?? 0) > 0 && keepsReportsOpen(item.status),
    pending: item.status === 'pending',
    spam: item.status === 'spam',
    rejected: item.status === 'rejected',
  };
  return byQueue[q.queue];
}
