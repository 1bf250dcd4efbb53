import { Timestamp, FieldValue } from 'firebase-admin/firestore';
import type { Writer } from '../shared/writer.ts';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { col } from '../shared/collections.ts';
import { publicChange } from '../../../core/src/public-comment.ts';
import { publicDoc } from '../comments/public-comment.ts';

/** How long change-feed entries are kept (a Firestore TTL policy on `expireAt` removes them). */
const FEED_TTL_MS = 2 * 24 * 3600 * 1000;

/**
 * Appends to the thread's public change feed when a change is visible to readers: the comment
 * became or stayed public (upsert) or stopped being public (remove). `before` is the comment as it
 * was (null for a new one); the entry keeps its status when it was public, so a reader can
 * tell how the approved count moved without having the comment loaded. Nothing is written for
 * changes readers cannot see.
 */
export function recordChange(
  tx: Writer,
  threadId: string,
  commentId: string,
  before: Pick<CommentDoc<Timestamp>, 'status' | 'visible'> | null,
  after: CommentDoc<Timestamp>,
): void {
  const change = publicChange(before, after);
  if (!change) return;
  const ref = col.changes(threadId).doc();
  tx.set(ref, {
    commentId,
    kind: change.kind,
    comment: change.kind === 'upsert' ? publicDoc(after) : null,
    // Part of the same write: lets readers keep the count for comments they have not loaded.
    before: change.before,
    at: FieldValue.serverTimestamp() as Timestamp,
    expireAt: Timestamp.fromMillis(Date.now() + FEED_TTL_MS),
  });
}
