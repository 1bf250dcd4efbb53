import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { onCall, type CallableRequest } from 'firebase-functions/https';
import type { ReactResult } from '../../../core/src/api.ts';
import { ReactSchema } from '../../../core/src/reader-requests.ts';
import type { Reaction } from '../../../core/src/types.ts';
import { check } from '../../../core/src/validation.ts';
import { db, REGION } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';

/**
 * Sets the caller's one reaction to a comment; the same reaction again takes it back, another
 * one replaces it. The transaction reads only the caller's reaction document and increments the
 * comment's counts blindly, so counts stay exact while many readers react at once.
 */
export async function reactToComment(request: CallableRequest<unknown>): Promise<ReactResult> {
  const checked = check(ReactSchema, request.data);
  if (!checked.ok) refuse(checked.code);
  const { siteId, commentId, reaction } = checked.value;
  if (!request.auth) refuse('sign-in-required');
  const uid = request.auth.uid;

  const commentRef = col.comments().doc(commentId);
  const comment = (await commentRef.get()).data();
  if (!comment || comment.siteId !== siteId || comment.status !== 'approved') refuse('comment-not-found');

  const reactionRef = col.reactions().doc(`${commentId}_${uid}`);
  const { previous, mine } = await db.runTransaction(async (tx) => {
    const previous = (await tx.get(reactionRef)).data()?.reaction ?? null;
    const mine: Reaction | null = previous === reaction ? null : reaction;
    const changes: Record<string, FieldValue> = {};
    if (previous) changes[`reactions.${previous}`] = FieldValue.increment(-1);
    if (mine) changes[`reactions.${mine}`] = FieldValue.increment(1);
    changes.score = FieldValue.increment((mine ? 1 : 0) - (previous ? 1 : 0));
    tx.update(commentRef, changes);
    if (mine) tx.set(reactionRef, { siteId, commentId, uid, reaction: mine, at: Timestamp.now() });
    else tx.delete(reactionRef);
    return { previous, mine };
  });

  const reactions = { ...comment.reactions };
  if (previous) reactions[previous] = Math.max(0, (reactions[previous] ?? 0) - 1);
  if (mine) reactions[mine] = (reactions[mine] ?? 0) + 1;
  return { reactions, mine };
}

/** The callable. */
export const reactToCommentFn = onCall({ region: REGION, cors: true }, reactToComment);
