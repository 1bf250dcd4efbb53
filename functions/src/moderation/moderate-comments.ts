import type { CallInput } from '../../../core/src/callables.ts';
import { Timestamp } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import type { ModerateResult } from '../../../core/src/api.ts';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { visibleAfter } from '../../../core/src/types.ts';
import { asWriter } from '../shared/writer.ts';
import { applyCommentChange, bumpStats } from '../comments/status-change.ts';
import { requireRole } from '../identity/require-role.ts';
import { db } from '../shared/app.ts';
import { metered } from '../shared/metering.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { moderationOutcome } from '../../../core/src/moderation/transitions.ts';
import { callable } from '../shared/callable.ts';

/**
 * Applies one moderator decision to up to 100 comments of a site, all or nothing: statuses,
 * counters, the public change feed and one action record per changed comment.
 */
export async function moderateComments(input: CallInput<'moderateComments'>, request: CallableRequest<unknown>): Promise<ModerateResult> {
  const { siteId, ids, action, reason } = input;
  const moderator = await requireRole(request, siteId, 'moderator');

  const changes: Array<{ before: CommentDoc<Timestamp>; after: CommentDoc<Timestamp> }> = [];
  const result = await db.runTransaction(async (tx) => {
    changes.length = 0;
    const unique = [...new Set(ids)];
    const snaps = await tx.getAll(...unique.map((id) => col.comments().doc(id)));
    // Approving also settles readers' reports: the comment leaves the reported queue.
    const privates = action === 'approve' ? await tx.getAll(...unique.map((id) => col.commentPrivate().doc(id))) : [];
    const result: ModerateResult = { changed: [], unchanged: [] };
    const now = Timestamp.now();
    for (const [index, snap] of snaps.entries()) {
      const before = snap.data();
      // Another site's comment answers exactly like a missing one.
      if (!before || before.siteId !== siteId) refuse('comment-not-found');
      const outcome = moderationOutcome(action, before, privates[index]?.data()?.reports.count ?? 0);
      if (outcome === 'invalid') refuse('invalid-transition');
      if (outcome === 'unchanged') {
        result.unchanged.push(snap.id);
        continue;
      }
      if (outcome.logged === 'dismiss-reports') {
        tx.update(col.commentPrivate().doc(snap.id), { 'reports.count': 0 });
        tx.create(col.actions().doc(), { siteId, by: moderator.uid, byName: moderator.name, action: 'dismiss-reports', commentId: snap.id, revision: before.revision, targetUid: before.author.uid || null, reason, at: now });
        result.changed.push(snap.id);
        continue;
      }
      const { status, pinned } = outcome;
      const after: CommentDoc<Timestamp> = { ...before, status, pinned, visible: visibleAfter(status, before.visible), updatedAt: now };
      tx.update(snap.ref, { status, visible: after.visible, pinned, updatedAt: now });
      applyCommentChange(asWriter(tx), snap.id, before, after, { action, by: moderator, reason }, { settleReports: outcome.settlesReports });
      changes.push({ before, after });
      result.changed.push(snap.id);
    }
    return result;
  });
  await Promise.all(changes.map(({ before, after }) => bumpStats(before.status, after)));
  return result;
}

/** The callable. */
export const moderateCommentsFn = callable('moderateComments', metered('moderateComments', moderateComments));
