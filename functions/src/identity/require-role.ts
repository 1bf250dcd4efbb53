import type { CallableRequest } from 'firebase-functions/https';
import { refuse } from '../shared/refuse.ts';
import type { Decider } from '../comments/status-change.ts';
import { assertActive } from './active-user.ts';
import { roleOn, type AuthData } from './author.ts';

/** The signed-in moderator (or owner) making a request, as action records name them. */
export interface Actor extends Decider {
  uid: string;
  auth: AuthData;
}

/**
 * Refuses callers without the role on the site: `sign-in-required`, then `not-moderator` (or
 * `not-owner` when owners only), then disabled accounts and revoked sessions. Roles come from
 * custom claims only.
 */
export async function requireRole(request: CallableRequest<unknown>, siteId: string, needed: 'moderator' | 'owner'): Promise<Actor> {
  if (!request.auth) refuse('sign-in-required');
  const role = roleOn(request.auth, siteId);
  if (needed === 'owner' ? role !== 'owner' : !role) refuse(needed === 'owner' ? 'not-owner' : 'not-moderator');
  await assertActive(request.auth);
  const token = request.auth.token;
  return { uid: request.auth.uid, name: String(token.name ?? token.email ?? request.auth.uid), auth: request.auth };
}
