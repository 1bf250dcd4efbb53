import {
  EmailAuthProvider,
  linkWithCredential,
  onIdTokenChanged,
  reload,
  signInWithCustomToken,
  signInWithEmailLink,
  signOut as authSignOut,
  type User,
} from 'firebase/auth';
import type { ExportResult } from '../../../../core/src/api.ts';
import { providerOfSignInMethod } from '../../../../core/src/providers.ts';
import { signInError } from './auth-errors.ts';
import { parleyAuth } from './firebase-auth.ts';
import { ParleyError } from '../parley-error.ts';
import { call } from './firebase-write.ts';
import type { Account, SignInResult, Unsubscribe } from './reader-client.ts';

/** The reader's account as the widget shows it: never an email address as the name. */
export async function accountOf(user: User): Promise<Account> {
  const method = user.isAnonymous ? 'anonymous' : ((await user.getIdTokenResult()).signInProvider ?? '');
  const name = user.displayName?.trim() ?? '';
  return {
    uid: user.uid,
    name: name.includes('@') ? '' : name,
    avatar: user.photoURL && /^https:\/\//.test(user.photoURL) ? user.photoURL : null,
    provider: providerOfSignInMethod(method) ?? 'sso',
  };
}

/** Runs a sign-in step, converting Auth's and the callables' errors into Parley codes. */
export async function signingIn<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw signInError(error);
  }
}

/** The current user once Auth has restored the session. */
async function restored(): Promise<User | null> {
  const auth = parleyAuth();
  await auth.authStateReady();
  return auth.currentUser;
}

/** Calls `listener` with the account now and after every sign-in, sign-out and token refresh. */
export function watchAccount(listener: (account: Account | null) => void): Unsubscribe {
  return onIdTokenChanged(parleyAuth(), (user) => {
    if (!user) return listener(null);
    accountOf(user).then(listener, () => {});
  });
}

/** Asks the server to mail a sign-in link back to this page. */
export function sendSignInLink(siteId: string, email: string, continueUrl: string): Promise<void> {
  return signingIn(async () => void (await call('sendSignInLink', { siteId, email, continueUrl }, false)));
}

/**
 * Completes an email-link sign-in. A guest's anonymous account is upgraded (same uid) when
 * `linkGuest` is set and the address has no account yet; when it has one, the link signs in to
 * that account instead, if the link is still usable (Firebase may have spent it on the attempt).
 */
export function completeSignInLink(email: string, url: string, linkGuest: boolean): Promise<SignInResult> {
  return signingIn(async () => {
    const auth = parleyAuth();
    const current = await restored();
    if (current?.isAnonymous && linkGuest) {
      try {
        const linked = await linkWithCredential(current, EmailAuthProvider.credentialWithLink(email, url));
        return { account: await accountOf(linked.user), guest: 'linked' };
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code !== 'auth/email-already-in-use' && code !== 'auth/credential-already-in-use') throw error;
      }
    }
    const signedIn = await signInWithEmailLink(auth, email, url);
    return { account: await accountOf(signedIn.user), guest: current?.isAnonymous ? 'left' : null };
  });
}

/** Exchanges a publisher's token for a Firebase custom token and signs in with it (custom tokens cannot be linked to a guest). */
export function signInWithSso(siteId: string, token: string): Promise<SignInResult> {
  return signingIn(async () => {
    const current = await restored();
    const { customToken } = await call('ssoSignIn', { siteId, token }, false);
    const signedIn = await signInWithCustomToken(parleyAuth(), customToken);
    return { account: await accountOf(signedIn.user), guest: current?.isAnonymous ? 'left' : null };
  });
}

/** Signs out of this browser. */
export function signOut(): Promise<void> {
  return authSignOut(parleyAuth());
}

/** Changes the display name on the server, then refreshes the session so new comments carry it. */
export function updateProfile(name: string): Promise<Account> {
  return signingIn(async () => {
    await call('updateProfile', { name });
    const user = (await restored())!;
    await reload(user);
    await user.getIdToken(true);
    return accountOf(user);
  });
}

/** Refuses to act for anyone but `uid`: a call would otherwise sign in a new guest and act for it. */
async function expectUser(uid: string | null): Promise<void> {
  if (uid !== null && (await restored())?.uid !== uid) throw new ParleyError('session-lost');
}

/** "Download my data". */
export function exportMyData(uid: string | null): Promise<ExportResult> {
  return signingIn(async () => {
    await expectUser(uid);
    return call('exportMyData', {});
  });
}

/** "Delete my account", then signs out (the account no longer exists). */
export function deleteMyAccount(uid: string | null): Promise<void> {
  return signingIn(async () => {
    await expectUser(uid);
    await call('deleteMyAccount', {});
    await authSignOut(parleyAuth());
  });
}
