import type { CallInput } from '../../../core/src/callables.ts';
import { randomBytes } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import type { RotateSsoSecretResult, SetModeratorResult } from '../../../core/src/api.ts';
import { requireRole } from '../identity/require-role.ts';
import { auth } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { syncReservedName } from './reserved-names.ts';
import { callable } from '../shared/callable.ts';

/**
 * Sets or clears a role on one site in an account's custom claims, keeping the other sites'
 * roles, and mirrors it in siteRoles (claims cannot be listed). Used by setModerator and the
 * grant-owner script.
 */
export async function setRoleClaim(uid: string, email: string, siteId: string, role: 'owner' | 'moderator' | null, grantedBy: string | null): Promise<void> {
  const user = await auth.getUser(uid);
  const roles = { ...((user.customClaims?.roles as Record<string, string> | undefined) ?? {}) };
  if (role) roles[siteId] = role;
  else delete roles[siteId];
  await auth.setCustomUserClaims(uid, { ...user.customClaims, roles });
  const ref = col.roles().doc(`${siteId}_${uid}`);
  if (role) await ref.set({ siteId, uid, email, role, grantedBy, at: Timestamp.now() });
  else await ref.delete();
  // Staff names are reserved on the site (updateProfile keeps them in step); a revoked role
  // frees the name. A name another staff member already holds stays theirs.
  await syncReservedName(uid, role ? (user.displayName ?? null) : null, [siteId], { refuseTaken: false });
}

/** Owners grant or revoke the moderator role by email. Owners themselves are not changed here. */
export async function setModerator(input: CallInput<'setModerator'>, request: CallableRequest<unknown>): Promise<SetModeratorResult> {
  const { siteId, email, role } = input;
  const actor = await requireRole(request, siteId, 'owner');
  const user = await auth.getUserByEmail(email).catch(() => null);
  if (!user) refuse('user-not-found');
  // Anyone can open a password account under an address that is not theirs (Email/Password is
  // on for the console), and would get the role meant for the address's owner. Only an account
  // that proved the address (email link, a provider that vouches for it) is granted it. Taking a
  // role away needs no proof.
  if (role && !user.emailVerified) refuse('user-not-found', 'no account has verified this address yet: ask them to sign in by email link first');
  const current = (user.customClaims?.roles as Record<string, string> | undefined)?.[siteId];
  if (current === 'owner') refuse('invalid-transition');
  await setRoleClaim(user.uid, email, siteId, role, actor.uid);
  await col.actions().add({
    siteId,
    by: actor.uid,
    byName: actor.name,
    action: role ? 'grant-moderator' : 'revoke-moderator',
    commentId: null,
    revision: null,
    targetUid: user.uid,
    reason: email,
    at: Timestamp.now(),
  });
  return { uid: user.uid, email, role };
}

/** Owners create or replace the site's SSO secret; this answer is the only time it is shown. */
export async function rotateSsoSecret(input: CallInput<'rotateSsoSecret'>, request: CallableRequest<unknown>): Promise<RotateSsoSecretResult> {
  const { siteId } = input;
  const actor = await requireRole(request, siteId, 'owner');
  if (!(await col.sites().doc(siteId).get()).exists) refuse('site-not-found');
  const secret = randomBytes(32).toString('base64url');
  await col.secrets(siteId).set({ ssoSecret: secret }, { merge: true });
  // Moderators cannot read the secrets; the settings say that one exists and since when.
  await col.settings(siteId).set({ ssoConfigured: true, ssoRotatedAt: Date.now() }, { merge: true });
  await col.actions().add({ siteId, by: actor.uid, byName: actor.name, action: 'rotate-sso-secret', commentId: null, revision: null, targetUid: null, reason: '', at: Timestamp.now() });
  return { secret };
}

/** The callables. */
export const setModeratorFn = callable('setModerator', setModerator);
export const rotateSsoSecretFn = callable('rotateSsoSecret', rotateSsoSecret);
