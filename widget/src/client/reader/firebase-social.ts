import {
  browserPopupRedirectResolver,
  FacebookAuthProvider,
  GithubAuthProvider,
  GoogleAuthProvider,
  linkWithPopup,
  OAuthProvider,
  signInWithCredential,
  signInWithPopup,
  TwitterAuthProvider,
  updateProfile,
  type AuthCredential,
  type AuthProvider,
  type User,
} from 'firebase/auth';
import { parleyAuth } from './firebase-auth.ts';
import { accountOf, signingIn } from './firebase-identity.ts';
import { ParleyError } from '../parley-error.ts';
import type { SignInResult, SocialProvider } from './reader-client.ts';

/**
 * Social sign-in by popup, in a chunk of its own (preloaded on sites that offer a provider). The
 * SDK's popup resolver itself ships inside the Auth SDK chunk (Firebase publishes Auth as one
 * module), but it only runs, and loads Google's iframe helper, when a reader picks a provider.
 */

function providerFor(id: SocialProvider): { provider: AuthProvider; fromError: (error: never) => AuthCredential | null } {
  switch (id) {
    case 'google.com':
      return { provider: new GoogleAuthProvider(), fromError: GoogleAuthProvider.credentialFromError };
    case 'github.com':
      return { provider: new GithubAuthProvider(), fromError: GithubAuthProvider.credentialFromError };
    case 'facebook.com':
      return { provider: new FacebookAuthProvider(), fromError: FacebookAuthProvider.credentialFromError };
    case 'twitter.com':
      return { provider: new TwitterAuthProvider(), fromError: TwitterAuthProvider.credentialFromError };
    case 'microsoft.com':
    case 'apple.com':
      return { provider: new OAuthProvider(id), fromError: OAuthProvider.credentialFromError };
  }
}

/**
 * Signs in with a provider's popup. A guest's anonymous account is linked to the provider (same
 * uid, so the guest's comments stay theirs); when the provider account is already a Parley
 * account, the reader is signed in to that one instead.
 */
export function signInWithProvider(id: SocialProvider): Promise<SignInResult> {
  return signingIn(async () => {
    try {
      return await popupSignIn(id);
    } catch (error) {
      // Before the popup opens, Auth loads Google's iframe helper (apis.google.com); when that
      // script cannot load (offline, a content blocker, a strict CSP) Auth says only this.
      throw (error as { code?: string }).code === 'auth/internal-error' ? new ParleyError('sign-in-unavailable') : error;
    }
  });
}

/**
 * Linking a provider to a guest account leaves the account without a name or photo (Firebase
 * copies the provider's profile only into a new account): take them from the provider, so
 * comments carry them (the server reads the name from the refreshed ID token).
 */
async function adoptProviderProfile(user: User, id: SocialProvider): Promise<User> {
  const profile = user.providerData.find((info) => info.providerId === id);
  const name = user.displayName || (profile?.displayName?.includes('@') ? null : profile?.displayName);
  const photo = user.photoURL || profile?.photoURL;
  if (name === user.displayName && photo === user.photoURL) return user;
  await updateProfile(user, { ...(name ? { displayName: name } : {}), ...(photo ? { photoURL: photo } : {}) });
  await user.getIdToken(true);
  return user;
}

async function popupSignIn(id: SocialProvider): Promise<SignInResult> {
  const auth = parleyAuth();
  await auth.authStateReady();
  const current = auth.currentUser;
  const { provider, fromError } = providerFor(id);
  if (current?.isAnonymous) {
    try {
      const linked = await linkWithPopup(current, provider, browserPopupRedirectResolver);
      return { account: await accountOf(await adoptProviderProfile(linked.user, id)), guest: 'linked' };
    } catch (error) {
      const credential = (error as { code?: string }).code === 'auth/credential-already-in-use' ? fromError(error as never) : null;
      if (!credential) throw error;
      const signedIn = await signInWithCredential(auth, credential);
      return { account: await accountOf(signedIn.user), guest: 'left' };
    }
  }
  const signedIn = await signInWithPopup(auth, provider, browserPopupRedirectResolver);
  return { account: await accountOf(signedIn.user), guest: null };
}
