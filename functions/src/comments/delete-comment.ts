import type { CallInput } from '../../../core/src/callables.ts';
import { Timestamp } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import type { DeleteCommentResult } from '../../../core/src/api.ts';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { db } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { assertActive } from '../identity/active-user.ts';
import { refuse } from '../shared/refuse.ts';
import { visibleAfter } from '../../../core/src/types.ts';
import { publicDoc, toComment } from './public-comment.ts';
import { asWriter } from '../shared/writer.ts';
import { applyCommentChange, bumpStats } from './status-change.ts';
import { callable } from '../shared/callable.ts';

/**
 * The author deletes their comment. It becomes a placeholder: its replies stay in place, readers
 * see neither its words nor its author, and moderators can still read and restore it.
 */
export async function deleteComment(input: CallInput<'deleteComment'>, request: CallableRequest<unknown>): Promise<DeleteCommentResult> {
  const { siteId, commentId } = input;
  if (!request.auth) refuse('sign-in-required');
  const uid = request.auth.uid;
  await assertActive(request.auth);
  const ref = col.comments().doc(commentId);

  const { before, after } = await db.runTransaction(async (tx) => {
    const before = (await tx.get(ref)).data();
    if (!before || before.siteId !== siteId) refuse('comment-not-found');
    if (before.author.uid !== uid) refuse('not-author');
    if (before.status === 'deleted') refuse('comment-deleted');
    const now = Timestamp.now();
    // A published comment leaves a placeholder for its replies; one readers never saw leaves nothing.
    const visible = visibleAfter('deleted', before.visible);
    const after: CommentDoc<Timestamp> = { ...before, status: 'deleted', visible, pinned: false, updatedAt: now };
    tx.update(ref, { status: 'deleted', visible, pinned: false, updatedAt: now });
    applyCommentChange(asWriter(tx), commentId, before, after, { action: 'author-delete', by: { uid, name: before.author.name }, reason: '' });
    return { before, after };
  });
  await bumpStats(before.status, after);
  return { comment: toComment(commentId, publicDoc(after)) };
}

/** The callable. */
export const deleteCommentFn = callable('deleteComment', deleteComment);
