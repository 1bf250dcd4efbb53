import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { settlesReports } from '../../../core/src/moderation/reports.ts';
import type { CommentStatus } from '../../../core/src/types.ts';
import { col } from '../shared/collections.ts';
import type { Writer } from '../shared/writer.ts';
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

/** Per-status increments for a change from one status to another (`deleted` is not counted). */
export function statusDeltas(before: CommentStatus | null, after: CommentStatus): Record<string, FieldValue> {
  const deltas: Record<string, FieldValue> = {};
  if (before === after) return deltas;
  if (before && COUNTED.includes(before)) deltas[before] = FieldValue.increment(-1);
  if (COUNTED.includes(after)) deltas[after] = FieldValue.increment(1);
  return deltas;
}

/**
 * Writes everything that must change together with a comment's state (or its creation, when
 * `before` is null), with blind increments only so that concurrent changes never wait on each
 * other: the thread's approved count, the parent's reply count, the author's counts on the site
 * (unless the caller writes that document itself), the public change feed, and the action record
 * when a decision was made. A comment that leaves the published and held states (rejected, spam,
 * deleted by anyone) settles its readers' reports (core's rule; a caller that knows better, a
 * moderator's approval, says so), so the reported queue and its count list open reports only. The day's statistics are not part of it: see `bumpStats`.
 */
export function applyCommentChange(
  writer: Writer,
  id: string,
  before: CommentDoc<Timestamp> | null,
  after: CommentDoc<Timestamp>,
  decision: { action: string; by: Decider; reason: string } | null,
  options: { authorCounts?: boolean; settleReports?: boolean } = {},
): void {
  const delta = (after.status === 'approved' ? 1 : 0) - (before?.status === 'approved' ? 1 : 0);
  addApproved(writer, after.siteId, after.threadId, delta);
  if (delta !== 0 && after.parentId) writer.update(col.comments().doc(after.parentId), { replyCount: FieldValue.increment(delta) });

  const counts = statusDeltas(before?.status ?? null, after.status);
  if (options.authorCounts !== false && Object.keys(counts).length > 0 && after.author.uid) {
    writer.set(col.siteUser(after.siteId, after.author.uid), { siteId: after.siteId, uid: after.author.uid, counts } as never, { merge: true });
  }

  if (options.settleReports ?? (before !== null && settlesReports(before.status, after.status))) {
    writer.update(col.commentPrivate().doc(id), { 'reports.count': 0 });
  }

  recordChange(writer, after.threadId, id, before, after);

  if (decision) {
    writer.create(col.actions().doc(), {
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

/**
 * Moves the comment between outcomes in its creation day's statistics, after the change has been
 * committed. Outside the write on purpose: one document per site and day would otherwise be
 * written by every comment on the site. A failure here costs the activity chart one count, not
 * the comment, so it is logged rather than thrown.
 */
export async function bumpStats(before: CommentStatus | null, after: CommentDoc<Timestamp>): Promise<void> {
  const deltas = statusDeltas(before, after.status);
  if (Object.keys(deltas).length === 0) return;
  const day = dayOf(after.createdAt);
  try {
    await col.stats().doc(`${after.siteId}_${day}`).set({ siteId: after.siteId, day, ...deltas } as never, { merge: true });
  } catch (error) {
    logger.warn('could not update the day statistics', { siteId: after.siteId, day, error: String(error) });
  }
}

/** The system, as the author of automatic decisions. */
export const SYSTEM: Decider = { uid: null, name: 'system' };
