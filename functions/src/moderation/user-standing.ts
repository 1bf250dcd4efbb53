import { Timestamp } from 'firebase-admin/firestore';
import { onCall, type CallableRequest } from 'firebase-functions/https';
import type { UserStandingResult } from '../../../core/src/api.ts';
import type { SiteUserDoc } from '../../../core/src/docs.ts';
import { BanUserSchema, TrustUserSchema, UnbanUserSchema } from '../../../core/src/moderator-requests.ts';
import { check } from '../../../core/src/validation.ts';
import { requireRole, type Actor } from '../identity/require-role.ts';
import { auth, db, REGION } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';

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
export async function banUser(request: CallableRequest<unknown>): Promise<UserStandingResult> {
  const checked = check(BanUserSchema, request.data);
  if (!checked.ok) refuse(checked.code);
  const { siteId, uid, hours, shadow, reason } = checked.value;
  const actor = await requireRole(request, siteId, 'moderator');
  if (uid === actor.uid) refuse('invalid-transition');
  // Moderators and owners of the site cannot be banned from it (roles come from claims).
  const target = await auth.getUser(uid).catch(() => null);
  const roles = target?.customClaims?.roles as Record<string, string> | undefined;
  if (roles?.[siteId]) refuse('invalid-transition');
  const now = Timestamp.now();
  const ban = { until: hours === null ? null : Timestamp.fromMillis(now.toMillis() + hours * 3_600_000), shadow, reason, by: actor.uid, at: now };
  return changeStanding(actor, siteId, uid, shadow ? 'shadow-ban' : 'ban', reason, { ban });
}

/** Lifts a user's ban. */
export async function unbanUser(request: CallableRequest<unknown>): Promise<UserStandingResult> {
  const checked = check(UnbanUserSchema, request.data);
  if (!checked.ok) refuse(checked.code);
  const { siteId, uid, reason } = checked.value;
  const actor = await requireRole(request, siteId, 'moderator');
  return changeStanding(actor, siteId, uid, 'unban', reason, { ban: null });
}

/** Marks a user trusted (their comments skip first-time review), or takes it back. */
export async function trustUser(request: CallableRequest<unknown>): Promise<UserStandingResult> {
  const checked = check(TrustUserSchema, request.data);
  if (!checked.ok) refuse(checked.code);
  const { siteId, uid, trusted } = checked.value;
  const actor = await requireRole(request, siteId, 'moderator');
  return changeStanding(actor, siteId, uid, trusted ? 'trust' : 'untrust', '', { trusted });
}

/** The callables. */
export const banUserFn = onCall({ region: REGION, cors: true }, banUser);
export const unbanUserFn = onCall({ region: REGION, cors: true }, unbanUser);
export const trustUserFn = onCall({ region: REGION, cors: true }, trustUser);
