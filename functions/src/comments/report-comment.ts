import type { CallInput } from '../../../core/src/callables.ts';
import { Timestamp } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import type { ReportResult } from '../../../core/src/api.ts';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { canBeReported } from '../../../core/src/moderation/reports.ts';
import { db } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { assertActive } from '../identity/active-user.ts';
import { refuse } from '../shared/refuse.ts';
import { findSite, loadSettings } from '../sites/site-config.ts';
import { assertMayTakePart } from '../identity/author.ts';
import { asWriter } from '../shared/writer.ts';
import { applyCommentChange, bumpStats, SYSTEM } from './status-change.ts';
import { callable } from '../shared/callable.ts';

/**
 * A reader reports a comment, once. When the reports reach the site's threshold, an approved
 * comment is held for review (the system's decision, recorded as such).
 */
export async function reportComment(input: CallInput<'reportComment'>, request: CallableRequest<unknown>): Promise<ReportResult> {
  const { siteId, commentId, reason, details } = input;
  if (!request.auth) refuse('sign-in-required');
  const uid = request.auth.uid;
  await assertActive(request.auth);
  const [settings, site] = await Promise.all([loadSettings(siteId), findSite(siteId)]);
  if (site) assertMayTakePart(request.auth, siteId, site);
  const commentRef = col.comments().doc(commentId);
  const privateRef = col.commentPrivate().doc(commentId);
  const reportRef = col.reports().doc(`${commentId}_${uid}`);

  const held = await db.runTransaction(async (tx) => {
    const [comment, secret, earlier] = await Promise.all([tx.get(commentRef), tx.get(privateRef), tx.get(reportRef)]);
    const before = comment.data();
    if (!before || before.siteId !== siteId || !canBeReported(before.status)) refuse('comment-not-found');
    if (earlier.exists) refuse('already-reported');
    const now = Timestamp.now();
    tx.create(reportRef, { siteId, threadId: before.threadId, commentId, uid, reason, details, at: now });
    const reports = secret.data()?.reports ?? { count: 0, reasons: {} };
    const count = reports.count + 1;
    const held = count >= settings.reportThreshold;
    tx.set(
      privateRef,
      {
        reports: { count, reasons: { ...reports.reasons, [reason]: (reports.reasons[reason] ?? 0) + 1 } },
        ...(held ? { decision: { phase: 'reports', reason: `reported ${count} times` } } : {}),
      },
      { merge: true },
    );
    if (held) {
      const after: CommentDoc<Timestamp> = { ...before, status: 'pending', visible: false, pinned: false, updatedAt: now };
      tx.update(commentRef, { status: 'pending', visible: false, pinned: false, updatedAt: now });
      applyCommentChange(asWriter(tx), commentId, before, after, { action: 'hold', by: SYSTEM, reason: `reported ${count} times` });
      return after;
    }
    return null;
  });
  if (held) await bumpStats('approved', held);
  return { reported: true };
}

/** The callable. */
export const reportCommentFn = callable('reportComment', reportComment);
