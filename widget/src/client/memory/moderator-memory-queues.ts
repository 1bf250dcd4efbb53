import { keepsReportsOpen } from '../../../../core/src/moderation/reports.ts';
import type { CommentStatus } from '../../../../core/src/types.ts';
import { NO_QUEUE_FILTER, type ActionRecord, type CommentPrivate, type ModeratorClient, type QueueItem, type QueueName, type QueueQuery, type Report, type SiteUser, type Unsubscribe } from '../moderator/client.ts';

/** The in-memory client's stand-ins for the console's Firestore reads (decisions follow core's rules, see moderator-memory-decisions.ts). */

/** Whether a comment matches a queue listener's query, as the Firestore queries select it. */
export function inQueue(item: QueueItem, q: QueueQuery, privates: ReadonlyMap<string, CommentPrivate>): boolean {
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

/** What the reads see: the in-memory client's stores. */
export interface MemoryReadState {
  comments: ReadonlyMap<string, QueueItem>;
  privates: ReadonlyMap<string, CommentPrivate>;
  users: ReadonlyMap<string, SiteUser>;
  actions: readonly ActionRecord[];
  reports: Readonly<Record<string, Report[]>>;
}

type Reads = Pick<ModeratorClient, 'watchQueue' | 'countQueues' | 'watchPrivate' | 'watchReports' | 'watchSiteUser' | 'getComment' | 'countThread' | 'watchLog'>;

/** The queue, comment and log reads, as the Firestore queries answer them; `subscribe` calls a listener now and on every change. */
export function createMemoryReads({ comments, privates, users, actions, reports }: MemoryReadState, subscribe: (listener: () => void) => Unsubscribe): Reads {
  return {
    watchQueue(q, onItems) {
      return subscribe(() => {
        const sign = q.order === 'newest' ? -1 : 1;
        const items = [...comments.values()].filter((item) => inQueue(item, q, privates)).sort((a, b) => sign * (a.createdAt - b.createdAt));
        onItems(items.slice(0, q.limit));
      });
    },
    async countQueues(siteId, filter = NO_QUEUE_FILTER) {
      const count = (queue: QueueName) =>
        [...comments.values()].filter((item) => inQueue(item, { siteId, queue, order: 'newest', ...filter, limit: 1e9 }, privates)).length;
      return { pending: count('pending'), reported: count('reported'), spam: count('spam'), rejected: count('rejected'), all: count('all') };
    },
    watchPrivate(_siteId, commentId, onValue) {
      return subscribe(() => onValue(privates.get(commentId) ?? null));
    },
    watchReports(_siteId, commentId, onValue) {
      return subscribe(() => onValue(reports[commentId] ?? []));
    },
    watchSiteUser(_siteId, uid, onValue) {
      return subscribe(() => onValue(users.get(uid) ?? null));
    },
    async getComment(commentId) {
      return comments.get(commentId) ?? null;
    },
    async countThread(siteId, threadId) {
      const of = (status: CommentStatus) => [...comments.values()].filter((c) => c.siteId === siteId && c.threadId === threadId && c.status === status).length;
      return { approved: of('approved'), pending: of('pending') };
    },
    watchLog(q, onRecords) {
      return subscribe(() =>
        onRecords(
          actions
            .filter((record) => (q.by === undefined || record.by === q.by) && (!q.action || record.action === q.action))
            .filter((record) => (q.from === undefined || record.at >= q.from) && (q.to === undefined || record.at < q.to))
            .sort((a, b) => b.at - a.at)
            .slice(0, q.limit),
        ),
      );
    },
  };
}
