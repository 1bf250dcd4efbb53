import type { CallableRequest } from 'firebase-functions/https';
import { refuse } from '../shared/refuse.ts';
import type { Decider } from '../comments/status-change.ts';
import { assertActive } from './active-user.ts';
import { roleInClaims, roleOn, type AuthData } from './author.ts';

/** The signed-in moderator (or owner) making a request, as action records name them. */
export interface Actor extends Decider {
  uid: string;
  auth: AuthData;
}

/**
 * Refuses callers without the role on the site: `sign-in-required`, then `not-moderator` (or
 * `not-owner` when owners only), then disabled accounts and revoked sessions. Roles come from
 * custom claims only: the token's, and then the account's as they stand now, so that a role
 * revoked within the token's hour stops every decision at once.
 */
export async function requireRole(request: CallableRequest<unknown>, siteId: string, needed: 'moderator' | 'owner'): Promise<Actor> {
  if (!request.auth) refuse('sign-in-required');
  const role = roleOn(request.auth, siteId);
  const lacks = (held: string | null) => (needed === 'owner' ? held !== 'owner' : !held);
  if (lacks(role)) refuse(needed === 'owner' ? 'not-owner' : 'not-moderator');
  const account = await assertActive(request.auth);
  if (lacks(roleInClaims(account.customClaims, siteId))) refuse(needed === 'owner' ? 'not-owner' : 'not-moderator');
  const token = request.auth.token;
  return { uid: request.auth.uid, name: String(token.name ?? token.email ?? request.auth.uid), auth: request.auth };
}
