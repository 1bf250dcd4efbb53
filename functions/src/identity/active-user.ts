import type { UserRecord } from 'firebase-admin/auth';
import { auth } from '../shared/app.ts';
import { refuse } from '../shared/refuse.ts';
import type { AuthData } from './author.ts';

/**
 * Refuses callers whose account is disabled or whose sessions were revoked after this token was
 * issued. Callable functions verify the ID token's signature and expiry, not these two, so every
 * write checks them here (one Auth lookup). Answers the account as Auth holds it now.
 */
export async function assertActive(authData: AuthData): Promise<UserRecord> {
  const user = await auth.getUser(authData.uid).catch(() => null);
  if (!user) refuse('session-revoked');
  if (user.disabled) refuse('account-disabled');
  const validAfter = user.tokensValidAfterTime ? Date.parse(user.tokensValidAfterTime) : 0;
  const issuedAt = Number(authData.token.auth_time ?? authData.token.iat ?? 0) * 1000;
  if (validAfter > issuedAt) refuse('session-revoked');
  return user;
}
