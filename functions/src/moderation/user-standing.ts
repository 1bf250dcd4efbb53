import type { CallInput } from '../../../core/src/callables.ts';
import { Timestamp } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import type { UserStandingResult } from '../../../core/src/api.ts';
import type { CommentDoc, SiteUserDoc } from '../../../core/src/docs.ts';
import { filedByShadowBan } from '../../../core/src/moderation/transitions.ts';
import { applyCommentChange, bumpStats } from '../comments/status-change.ts';
import { asWriter } from '../shared/writer.ts';
import { requireRole, type Actor } from '../identity/require-role.ts';
import { auth, db } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { callable } from '../shared/callable.ts';

function standingOf(uid: string, doc: Partial<SiteUserDoc<Timestamp>>): UserStandingResult {
  const ban = doc.ban ?? null;
  return {
    uid,
    trusted: doc.trusted ?? false,
    ban: ban && { until: ban.until ? ban.until.toMillis() : null, shadow: ban.shadow, reason: ban.reason, by: ban.by, at: ban.at.toMillis() },
  };
}

/** Writes a change to a user's standing and its action record in one transaction. */
async function changeStanding(
  actor: Actor,
  siteId: string,
  uid: string,
  action: string,
  reason: string,
  change: Partial<SiteUserDoc<Timestamp>>,
): Promise<UserStandingResult> {
  const ref = col.siteUser(siteId, uid);
  return db.runTransaction(async (tx) => {
    const before = (await tx.get(ref)).data() ?? {};
    tx.set(ref, { siteId, uid, ...change }, { merge: true });
    tx.create(col.actions().doc(), { siteId, by: actor.uid, byName: actor.name, action, commentId: null, revision: null, targetUid: uid, reason, at: Timestamp.now() });
    return standingOf(uid, { ...before, ...change });
  });
}

/** Bans a user from a site, for some hours or for good; a shadow ban files their comments as spam they alone still see. */
export async function banUser(input: CallInput<'banUser'>, request: CallableRequest<unknown>): Promise<UserStandingResult> {
  const { siteId, uid, hours, shadow, reason } = input;
  const actor = await requireRole(request, siteId, 'moderator');
  if (uid === actor.uid) refuse('invalid-transition');
  // Moderators and owners of the site cannot be banned from it (roles come from claims).
  const target = await auth.getUser(uid).catch(() => null);
  const roles = target?.customClaims?.roles as Record<string, string> | undefined;
  if (roles?.[siteId]) refuse('invalid-transition');
  const now = Timestamp.now();
  const ban = { until: hours === null ? null : Timestamp.fromMillis(now.toMillis() + hours * 3_600_000), shadow, reason, by: actor.uid, at: now };
  const standing = await changeStanding(actor, siteId, uid, shadow ? 'shadow-ban' : 'ban', reason, { ban });
  if (shadow) await fileAsSpam(actor, siteId, uid, reason);
  return standing;
}

/** Comments changed per transaction when a shadow ban files an author's comments (each change writes up to seven documents). */
const SPAM_CHUNK = 50;

/**
 * A shadow ban hides what the author already wrote on the site, as it hides what they write
 * next: their published and held comments become spam, which only they still see (as
 * published). Each change goes through the same writes as a moderator's "spam", with its own
 * action record; comments already rejected, spam or deleted are left as they are.
 */
async function fileAsSpam(actor: Actor, siteId: string, uid: string, reason: string): Promise<void> {
  const snaps = await col.comments().where('siteId', '==', siteId).where('author.uid', '==', uid).get();
  const ids = snaps.docs.filter((snap) => filedByShadowBan(snap.data().status)).map((snap) => snap.id);
  for (let i = 0; i < ids.length; i += SPAM_CHUNK) {
    const changes = await db.runTransaction(async (tx) => {
      const current = await tx.getAll(...ids.slice(i, i + SPAM_CHUNK).map((id) => col.comments().doc(id)));
      const now = Timestamp.now();
      return current.flatMap((snap) => {
        const before = snap.data();
        // Changed since the query (a moderator's decision, a deletion): left alone.
        if (!before || !filedByShadowBan(before.status)) return [];
        const after: CommentDoc<Timestamp> = { ...before, status: 'spam', visible: false, pinned: false, updatedAt: now };
        tx.update(snap.ref, { status: 'spam', visible: false, pinned: false, updatedAt: now });
        applyCommentChange(asWriter(tx), snap.id, before, after, { action: 'spam', by: actor, reason: `shadow ban: ${reason}` });
        return [{ before, after }];
      });
    });
    await Promise.all(changes.map(({ before, after }) => bumpStats(before.status, after)));
  }
}

/** Lifts a user's ban. */
export async function unbanUser(input: CallInput<'unbanUser'>, request: CallableRequest<unknown>): Promise<UserStandingResult> {
  const { siteId, uid, reason } = input;
  const actor = await requireRole(request, siteId, 'moderator');
  return changeStanding(actor, siteId, uid, 'unban', reason, { ban: null });
}

/** Marks a user trusted (their comments skip first-time review), or takes it back. */
export async function trustUser(input: CallInput<'trustUser'>, request: CallableRequest<unknown>): Promise<UserStandingResult> {
  const { siteId, uid, trusted } = input;
  const actor = await requireRole(request, siteId, 'moderator');
  return changeStanding(actor, siteId, uid, trusted ? 'trust' : 'untrust', '', { trusted });
}

/** The callables. */
export const banUserFn = callable('banUser', banUser);
export const unbanUserFn = callable('unbanUser', unbanUser);
export const trustUserFn = callable('trustUser', trustUser);
