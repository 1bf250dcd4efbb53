import { FieldValue, Timestamp, type Transaction } from 'firebase-admin/firestore';
import type { CommentDoc } from '../../../core/src/docs.ts';
import type { CommentStatus } from '../../../core/src/types.ts';
import { col } from '../shared/collections.ts';
import { recordChange } from '../threads/changes.ts';
import { addApproved } from '../threads/counters.ts';

const COUNTED: readonly CommentStatus[] = ['approved', 'pending', 'rejected', 'spam'];

/** Who decided a change, for the action record; `null` uid means the system. */
export interface Decider {
  uid: string | null;
  name: string;
}

/** The UTC day of a time, as the stats documents name it. */
export function dayOf(time: Timestamp): string {
  return time.toDate().toISOString().slice(0, 10);
}

/**
 * Writes everything that follows from a comment's state changing (or being created, when
 * `before` is null), inside the caller's transaction, with blind increments only so that
 * concurrent changes never contend on a read: the thread's approved count, the parent's reply
 * count, the author's counts on the site, the day's statistics, the public change feed, and the
 * action record when a decision was made.
 */
export function applyCommentChange(
  tx: Transaction,
  id: string,
  before: CommentDoc<Timestamp> | null,
  after: CommentDoc<Timestamp>,
  decision: { action: string; by: Decider; reason: string } | null,
): void {
  const wasApproved = before?.status === 'approved';
  const isApproved = after.status === 'approved';
  const delta = (isApproved ? 1 : 0) - (wasApproved ? 1 : 0);
  addApproved(tx, after.siteId, after.threadId, delta);
  if (delta !== 0 && after.parentId) tx.update(col.comments().doc(after.parentId), { replyCount: FieldValue.increment(delta) });

  if (before?.status !== after.status) {
    const counts: Record<string, FieldValue> = {};
    const stats: Record<string, FieldValue> = {};
    if (before && COUNTED.includes(before.status)) {
      counts[before.status] = FieldValue.increment(-1);
      stats[before.status] = FieldValue.increment(-1);
    }
    if (COUNTED.includes(after.status)) {
      counts[after.status] = FieldValue.increment(1);
      stats[after.status] = FieldValue.increment(1);
    }
    if (Object.keys(counts).length > 0 && after.author.uid) {
      tx.set(col.siteUser(after.siteId, after.author.uid), { siteId: after.siteId, uid: after.author.uid, counts } as never, { merge: true });
    }
    if (Object.keys(stats).length > 0) {
      const day = dayOf(after.createdAt);
      tx.set(col.stats().doc(`${after.siteId}_${day}`), { siteId: after.siteId, day, ...stats } as never, { merge: true });
    }
  }

  recordChange(tx, after.threadId, id, before?.status ?? null, after);

  if (decision) {
    tx.create(col.actions().doc(), {
      siteId: after.siteId,
      by: decision.by.uid,
      byName: decision.by.name,
      action: decision.action,
      commentId: id,
      revision: after.revision,
      targetUid: after.author.uid || null,
      reason: decision.reason,
      at: Timestamp.now(),
    });
  }
}

/** The system, as the author of automatic decisions. */
export const SYSTEM: Decider = { uid: null, name: 'system' };
