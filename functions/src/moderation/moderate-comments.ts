import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { onCall, type CallableRequest } from 'firebase-functions/https';
import type { ModerateResult } from '../../../core/src/api.ts';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { ModerateCommentsSchema } from '../../../core/src/moderator-requests.ts';
import { check } from '../../../core/src/validation.ts';
import { isPublicStatus } from '../comments/public-comment.ts';
import { roleOn } from '../identity/author.ts';
import { db, REGION } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { recordChange } from '../threads/changes.ts';
import { addApproved } from '../threads/counters.ts';
import { transition } from './transitions.ts';

/**
 * Applies one moderator decision to up to 100 comments of a site, all or nothing: statuses,
 * counters, the public change feed and one action record per changed comment.
 */
export async function moderateComments(request: CallableRequest<unknown>): Promise<ModerateResult> {
  const checked = check(ModerateCommentsSchema, request.data);
  if (!checked.ok) refuse(checked.code);
  const { siteId, ids, action, reason } = checked.value;
  if (!request.auth) refuse('sign-in-required');
  if (!roleOn(request.auth, siteId)) refuse('not-moderator');
  const moderator = { uid: request.auth.uid, name: String(request.auth.token.name ?? request.auth.token.email ?? '') };

  return db.runTransaction(async (tx) => {
    const refs = [...new Set(ids)].map((id) => col.comments().doc(id));
    const snaps = await tx.getAll(...refs);
    const result: ModerateResult = { changed: [], unchanged: [] };
    const now = Timestamp.now();
    for (const snap of snaps) {
      const doc = snap.data();
      // Another site's comment answers exactly like a missing one.
      if (!doc || doc.siteId !== siteId) refuse('comment-not-found');
      const next = transition(action, doc);
      if (next === 'invalid') refuse('invalid-transition');
      if (next === 'unchanged') {
        result.unchanged.push(snap.id);
        continue;
      }
      const { status, pinned } = next;
      const after: CommentDoc<Timestamp> = { ...doc, status, visible: isPublicStatus(status), pinned, updatedAt: now };
      tx.update(snap.ref, { status, visible: after.visible, pinned, updatedAt: now });
      const delta = (status === 'approved' ? 1 : 0) - (doc.status === 'approved' ? 1 : 0);
      addApproved(tx, siteId, doc.threadId, delta);
      if (delta !== 0 && doc.parentId) tx.update(col.comments().doc(doc.parentId), { replyCount: FieldValue.increment(delta) });
      recordChange(tx, doc.threadId, snap.id, doc.status, after);
      tx.create(col.actions().doc(), {
        siteId,
        by: moderator.uid,
        byName: moderator.name,
        action,
        commentId: snap.id,
        revision: doc.revision,
        targetUid: doc.author.uid,
        reason,
        at: now,
      });
      result.changed.push(snap.id);
    }
    return result;
  });
}

/** The callable. */
export const moderateCommentsFn = onCall({ region: REGION, cors: true }, moderateComments);
