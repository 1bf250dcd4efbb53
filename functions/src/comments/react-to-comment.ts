import type { CallInput } from '../../../core/src/callables.ts';
import { FieldValue, Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import type { ReactResult } from '../../../core/src/api.ts';
import type { CommentDoc, ReactionDoc } from '../../../core/src/docs.ts';
import { countsAfter, toggledReaction } from '../../../core/src/reactions.ts';
import type { Reaction } from '../../../core/src/types.ts';
import { db } from '../shared/app.ts';
import { metered } from '../shared/metering.ts';
import { col } from '../shared/collections.ts';
import { assertActive } from '../identity/active-user.ts';
import { assertMayTakePart } from '../identity/author.ts';
import { findSite } from '../sites/site-config.ts';
import { refuse } from '../shared/refuse.ts';
import { isLostRace } from '../shared/writer.ts';
import { callable } from '../shared/callable.ts';

/**
 * Sets the caller's one reaction to a comment; the same reaction again takes it back, another
 * one replaces it. Counts stay exact while many readers react at once.
 */
export async function reactToComment(input: CallInput<'reactToComment'>, request: CallableRequest<unknown>): Promise<ReactResult> {
  const { siteId, commentId, reaction } = input;
  if (!request.auth) refuse('sign-in-required');
  const uid = request.auth.uid;
  await assertActive(request.auth);

  const commentRef = col.comments().doc(commentId);
  const [comment, site] = await Promise.all([commentRef.get().then((snap) => snap.data()), findSite(siteId)]);
  if (site) assertMayTakePart(request.auth, siteId, site);
  if (!comment || comment.siteId !== siteId || comment.status !== 'approved') refuse('comment-not-found');

  const reactionRef = col.reactions().doc(`${commentId}_${uid}`);
  const { previous, mine } = await toggle(reactionRef, commentRef, { siteId, commentId, uid, reaction });
  return { reactions: countsAfter(comment.reactions, previous, mine), mine };
}

/**
 * Reads the caller's reaction and commits the new one with the comment's count changes in one
 * batch, guarded by a precondition on the caller's reaction document only: no lock on the
 * comment, so many readers can react at once; the same reader racing with themself retries.
 */
async function toggle(
  reactionRef: DocumentReference<ReactionDoc<Timestamp>>,
  commentRef: DocumentReference<CommentDoc<Timestamp>>,
  input: { siteId: string; commentId: string; uid: string; reaction: Reaction },
): Promise<{ previous: Reaction | null; mine: Reaction | null }> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const current = await reactionRef.get();
    const previous = current.data()?.reaction ?? null;
    const mine = toggledReaction(previous, input.reaction);
    const changes: Record<string, FieldValue> = { score: FieldValue.increment((mine ? 1 : 0) - (previous ? 1 : 0)) };
    if (previous) changes[`reactions.${previous}`] = FieldValue.increment(-1);
    if (mine) changes[`reactions.${mine}`] = FieldValue.increment(1);
    const batch = db.batch();
    batch.update(commentRef, changes);
    const record = { ...input, reaction: mine ?? input.reaction, at: Timestamp.now() };
    if (!current.exists) batch.create(reactionRef, record);
    else if (mine) batch.update(reactionRef, record, { lastUpdateTime: current.updateTime! });
    else batch.delete(reactionRef, { lastUpdateTime: current.updateTime! });
    try {
      await batch.commit();
      return { previous, mine };
    } catch (error) {
      if (!isLostRace(error)) throw error;
    }
  }
  refuse('internal', 'could not record the reaction; try again');
}

/** The callable. */
export const reactToCommentFn = callable('reactToComment', metered('reactToComment', reactToComment));
