import type { CallInput } from '../../../core/src/callables.ts';
import { Timestamp } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import type { EditCommentResult } from '../../../core/src/api.ts';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { markdownToTree } from '../../../core/src/markdown.ts';
import { authorOf } from '../identity/author.ts';
import { judge, type Decision } from '../moderation/pipeline.ts';
import { db } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { assertActive } from '../identity/active-user.ts';
import { refuse } from '../shared/refuse.ts';
import { authorView, textHash } from './author-view.ts';
import { clientOf, loadSiteContext } from './comment-context.ts';
import { isPublicStatus, type CommentStatus } from '../../../core/src/types.ts';
import { asWriter } from '../shared/writer.ts';
import { applyCommentChange, bumpStats, SYSTEM } from './status-change.ts';
import { callable } from '../shared/callable.ts';

/**
 * The author replaces their comment's text within the site's edit window. The edit passes the
 * pipeline again (it may be held or refused); the previous text is kept for moderators.
 */
export async function editComment(input: CallInput<'editComment'>, request: CallableRequest<unknown>): Promise<EditCommentResult> {
  const { siteId, commentId, body } = input;
  if (!request.auth) refuse('sign-in-required');
  const uid = request.auth.uid;
  await assertActive(request.auth);

  const ref = col.comments().doc(commentId);
  const current = (await ref.get()).data();
  if (!current || current.siteId !== siteId) refuse('comment-not-found');
  if (current.author.uid !== uid) refuse('not-author');
  if (current.status === 'deleted') refuse('comment-deleted');
  const context = await loadSiteContext(siteId, uid);
  if (Date.now() - current.createdAt.toMillis() > context.site.editWindowSec * 1000) refuse('edit-window-passed');
  if (body === current.body) return { comment: authorView(commentId, current) };

  const thread = (await col.threads().doc(current.threadId).get()).data() ?? null;
  const tree = markdownToTree(body);
  const author = { ...authorOf(request.auth, siteId, { name: current.author.name, email: '', website: '' }), card: current.author };
  const decision = await judge({
    ...context,
    siteId,
    threadId: current.threadId,
    thread,
    author,
    body,
    tree,
    hash: textHash(body),
    isEdit: true,
    honeypot: '',
    ...clientOf(request),
    url: thread?.url ?? '',
    now: Date.now(),
  });

  const privateRef = col.commentPrivate().doc(commentId);
  const { before, after } = await db.runTransaction(async (tx) => {
    const [snap, secret] = await Promise.all([tx.get(ref), tx.get(privateRef)]);
    const before = snap.data();
    if (!before || before.status === 'deleted') refuse('comment-deleted');
    const now = Timestamp.now();
    const status = statusAfterEdit(before.status, decision.status);
    const after: CommentDoc<Timestamp> = {
      ...before,
      body,
      tree,
      status,
      visible: isPublicStatus(status),
      editedAt: now,
      updatedAt: now,
      revision: before.revision + 1,
    };
    tx.update(ref, { body, tree, status, visible: after.visible, editedAt: now, updatedAt: now, revision: after.revision });
    tx.update(privateRef, {
      revisions: keptRevisions([...(secret.data()?.revisions ?? []), { body: before.body, at: before.editedAt ?? before.createdAt }]),
      // Why the comment stands as it does: the pipeline's verdict when it set the status; when an
      // earlier hold (readers' reports, a moderator's rejection) kept it, that reason stays.
      ...(status === decision.status ? { decision: { phase: decision.phase, reason: decision.reason } } : {}),
      scores: decision.scores ?? {},
    });
    // Every change of status the edit makes is the system's decision, and is recorded.
    const changed = status !== before.status;
    applyCommentChange(asWriter(tx), commentId, before, after, changed ? { action: EDIT_ACTIONS[status], by: SYSTEM, reason: `edit, ${decision.phase}: ${decision.reason}` } : null);
    return { before, after };
  });
  await bumpStats(before.status, after);
  return { comment: authorView(commentId, after) };
}

/** Earlier texts kept for moderators: the original and the latest ones. */
export const REVISIONS_KEPT = 20;

/**
 * The revisions to keep: all of them up to REVISIONS_KEPT, then the first (what was posted) and
 * the latest. Edits are not rate limited, and every one kept would grow the private document
 * towards Firestore's 1 MiB limit (some fifty edits of a long comment), after which no edit works.
 */
export function keptRevisions<T>(revisions: T[]): T[] {
  return revisions.length <= REVISIONS_KEPT ? revisions : [revisions[0]!, ...revisions.slice(-(REVISIONS_KEPT - 1))];
}

/** The action record of a status an edit moves a comment to. */
const EDIT_ACTIONS: Record<Exclude<CommentStatus, 'deleted'>, string> = { approved: 'approve', pending: 'hold', spam: 'spam', rejected: 'reject' };

/**
 * The status of an edited comment. A comment a moderator rejected or filed as spam stays so, and
 * one held for review (by readers' reports, or the pipeline) stays held: an edit cannot launder
 * it. Otherwise the pipeline's decision on the new text applies.
 */
export function statusAfterEdit(before: Exclude<CommentStatus, 'deleted'>, decided: Decision['status']): Exclude<CommentStatus, 'deleted'> {
  if (before === 'rejected' || before === 'spam') return before;
  if (before === 'pending' && decided === 'approved') return 'pending';
  return decided;
}

/** The callable. */
export const editCommentFn = callable('editComment', editComment);
