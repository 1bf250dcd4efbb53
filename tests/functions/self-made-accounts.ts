import { emulator, signInWithPassword, type TestUser } from '../support/emulator.ts';

/**
 * What any visitor can do with the project's web API key and the Auth REST API, without Parley:
 * open accounts, change their profile, refresh their token.
 */

async function identityToolkit<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${emulator.auth}/identitytoolkit.googleapis.com/v1/${path}?key=fake-api-key`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Auth emulator ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Opens a password account under any address (unverified), signed in. */
export async function signUpWithPassword(email: string, password: string): Promise<TestUser> {
  await identityToolkit('accounts:signUp', { email, password, returnSecureToken: true });
  return signInWithPassword(email, password);
}

/** A signed-in user with the refresh token that gets them a new ID token. */
export interface RefreshableUser extends TestUser {
  refreshToken: string;
}

/** Signs in through a social provider as the Auth emulator's provider page would (its ID token unsigned). */
export async function signInWithProvider(providerId: string, claims: Record<string, unknown>): Promise<RefreshableUser> {
  const data = await identityToolkit<{ localId: string; idToken: string; refreshToken: string }>('accounts:signInWithIdp', {
    requestUri: 'http://localhost',
    postBody: `providerId=${providerId}&id_token=${encodeURIComponent(JSON.stringify(claims))}`,
    returnSecureToken: true,
  });
  return { uid: data.localId, idToken: data.idToken, refreshToken: data.refreshToken };
}

/** Sets the account's own photo, as the Auth SDK's updateProfile does. */
export async function setOwnPhoto(user: TestUser, photoUrl: string): Promise<void> {
  await identityToolkit('accounts:update', { idToken: user.idToken, photoUrl, returnSecureToken: true });
}

/** A fresh ID token for the same sign-in, carrying the account as it is now. */
export async function refreshed(user: RefreshableUser): Promise<RefreshableUser> {
  const response = await fetch(`${emulator.auth}/securetoken.googleapis.com/v1/token?key=fake-api-key`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: user.refreshToken }),
  });
  if (!response.ok) throw new Error(`Auth emulator token refresh: ${response.status} ${await response.text()}`);
  const data = (await response.json()) as { id_token: string; refresh_token: string };
  return { uid: user.uid, idToken: data.id_token, refreshToken: data.refresh_token };
}

/** The claims of an ID token. */
export function claimsOf(user: TestUser): Record<string, unknown> {
  return JSON.parse(Buffer.from(user.idToken.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
}

/** Signs in with a custom token (as the widget does after SSO), keeping the refresh token. */
export async function signInWithCustomTokenRefreshable(token: string): Promise<RefreshableUser> {
  const data = await identityToolkit<{ idToken: string; refreshToken: string }>('accounts:signInWithCustomToken', { token, returnSecureToken: true });
  const user = { uid: '', idToken: data.idToken, refreshToken: data.refreshToken };
  return { ...user, uid: String(claimsOf(user).user_id) };
}
