import { commentFromDoc, type Millis } from '../../../../core/src/convert.ts';
import type {
  CommentDoc,
  CommentPrivateDoc,
  ModerationActionDoc,
  ReportDoc,
  SiteDayStatsDoc,
  SiteRoleDoc,
  SiteUserDoc,
  ThreadDoc,
} from '../../../../core/src/docs.ts';
import type { ActionRecord, CommentPrivate, DayStats, QueueItem, Report, RoleHolder, SiteUser, ThreadSummary } from './client.ts';

/**
 * Converts the console's Firestore documents (`*Doc`) into its domain types (times in ms). Pure:
 * any SDK's Timestamp works, so the in-memory client and tests use it too.
 */

const ms = (value: Millis | null | undefined): number | null => (value ? value.toMillis() : null);

/** What the console calls the author of a comment whose account was deleted (its card has no name). */
export const FORMER_MEMBER = 'Former member';

/** A stored comment as a queue item. */
export function queueItemFromDoc(id: string, doc: CommentDoc<Millis>): QueueItem {
  const comment = commentFromDoc(id, doc);
  const author = comment.author.name ? comment.author : { ...comment.author, name: FORMER_MEMBER };
  return { ...comment, author, body: doc.body ?? '', revision: doc.revision ?? 1 };
}

/** A comment's private details. Missing parts (older documents) read as empty. */
export function privateFromDoc(doc: Partial<CommentPrivateDoc<Millis>>): CommentPrivate {
  return {
    email: doc.email ?? null,
    ip: doc.ip ?? null,
    userAgent: doc.userAgent ?? null,
    decision: doc.decision ?? { phase: '', reason: '' },
    scores: doc.scores ?? {},
    reports: { count: doc.reports?.count ?? 0, reasons: doc.reports?.reasons ?? {} },
    revisions: (doc.revisions ?? []).map((revision) => ({ body: revision.body, at: revision.at.toMillis() })),
  };
}

/** One report. */
export function reportFromDoc(id: string, doc: ReportDoc<Millis>): Report {
  return { id, uid: doc.uid, reason: doc.reason, details: doc.details ?? '', at: doc.at.toMillis() };
}

/** A user's standing on a site. */
export function siteUserFromDoc(doc: SiteUserDoc<Millis>): SiteUser {
  const ban = doc.ban;
  return {
    uid: doc.uid,
    name: doc.name,
    provider: doc.provider,
    joinedAt: doc.joinedAt.toMillis(),
    counts: { approved: doc.counts?.approved ?? 0, pending: doc.counts?.pending ?? 0, rejected: doc.counts?.rejected ?? 0, spam: doc.counts?.spam ?? 0 },
    trusted: doc.trusted ?? false,
    ban: ban ? { until: ms(ban.until), shadow: ban.shadow, reason: ban.reason, by: ban.by, at: ban.at.toMillis() } : null,
  };
}

/** A thread as the console lists it. */
export function threadFromDoc(id: string, doc: ThreadDoc<Millis>): ThreadSummary {
  return {
    id,
    title: doc.title,
    url: doc.url,
    closed: doc.closed ?? false,
    premoderate: doc.premoderate ?? false,
    createdAt: doc.createdAt.toMillis(),
    lastCommentAt: ms(doc.lastCommentAt),
  };
}

/** One record of the action log. */
export function actionFromDoc(id: string, doc: ModerationActionDoc<Millis>): ActionRecord {
  return {
    id,
    by: doc.by,
    byName: doc.byName,
    action: doc.action,
    commentId: doc.commentId,
    revision: doc.revision,
    targetUid: doc.targetUid,
    reason: doc.reason ?? '',
    at: doc.at.toMillis(),
  };
}

/** One day of statistics. */
export function dayFromDoc(doc: SiteDayStatsDoc): DayStats {
  return { day: doc.day, approved: doc.approved ?? 0, pending: doc.pending ?? 0, rejected: doc.rejected ?? 0, spam: doc.spam ?? 0 };
}

/** Someone holding a role. */
export function roleFromDoc(doc: SiteRoleDoc<Millis>): RoleHolder {
  return { uid: doc.uid, email: doc.email, role: doc.role, grantedBy: doc.grantedBy, at: doc.at.toMillis() };
}
