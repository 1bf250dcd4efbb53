import type { ModerationAction } from '../../../../core/src/moderator-requests.ts';
import type { CommentStatus } from '../../../../core/src/types.ts';
import type { CommentPrivate, QueueItem, QueueName, QueueQuery } from '../moderator/client.ts';

/** The in-memory client's stand-ins for the server's queries and decision rules. */

/** The status each decision leads to (pin and unpin keep it). */
const STATUS_BY_ACTION: Partial<Record<ModerationAction, CommentStatus>> = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'spam',
  delete: 'deleted',
  restore: 'approved',
};

/** Whether a comment matches a queue listener's query, as the Firestore queries select it. */
export function inQueue(item: QueueItem, q: QueueQuery, privates: Map<string, CommentPrivate>): boolean {
  if (item.siteId !== q.siteId) return false;
  if (q.threadId && item.threadId !== q.threadId) return false;
  if (q.authorUid && item.author.uid !== q.authorUid) return false;
  const byQueue: Record<QueueName, boolean> = {
    all: true,
    reported: (privates.get(item.id)?.reports.count ?? 0) > 0 && (item.status === 'approved' || item.status === 'pending'),
    pending: item.status === 'pending',
    spam: item.status === 'spam',
    rejected: item.status === 'rejected',
  };
  return byQueue[q.queue];
}

/** A comment after a decision (approving a published comment changes nothing, as on the server). */
export function decided(item: QueueItem, action: ModerationAction): QueueItem {
  const status = STATUS_BY_ACTION[action] ?? item.status;
  const pinned = action === 'pin' ? true : action === 'unpin' ? false : status === 'approved' && item.pinned;
  return { ...item, status, pinned };
}
