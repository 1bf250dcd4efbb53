import type { CallableName, CallRequest, CallResult } from '../../../../core/src/callables.ts';
import { initializeApp } from 'firebase/app';
import {
  connectAuthEmulator,
  FacebookAuthProvider,
  getAuth,
  GithubAuthProvider,
  GoogleAuthProvider,
  isSignInWithEmailLink,
  OAuthProvider,
  onIdTokenChanged,
  sendSignInLinkToEmail,
  signInWithEmailAndPassword,
  signInWithEmailLink,
  signInWithPopup,
  signOut,
  TwitterAuthProvider,
  type AuthProvider,
} from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { firebaseSettings } from '../config.ts';
import type { Moderator, ModeratorClient, SocialProvider } from './client.ts';
import { SignInError } from './errors.ts';
import { createModeratorQueries } from './queries.ts';
import { ParleyError } from '../parley-error.ts';

/** Where the address typed for an email link waits until the link is opened (same browser). */
const PENDING_EMAIL_KEY = 'parley-console:email-for-link';

function providerFor(id: SocialProvider): AuthProvider {
  switch (id) {
    case 'google.com':
      return new GoogleAuthProvider();
    case 'github.com':
      return new GithubAuthProvider();
    case 'facebook.com':
      return new FacebookAuthProvider();
    case 'twitter.com':
      return new TwitterAuthProvider();
    case 'microsoft.com':
    case 'apple.com':
      return new OAuthProvider(id);
  }
}

/** The page's address without an email link's parameters, for the link to come back to. */
function returnUrl(): string {
  return `${location.origin}${location.pathname}`;
}

/** The moderator client on Firebase: Auth, Firestore listeners and the moderator callables. */
export function createModeratorClient(): ModeratorClient {
  const app = initializeApp(firebaseSettings.options, 'parley-console');
  const auth = getAuth(app);
  const db = getFirestore(app);
  const functions = getFunctions(app, firebaseSettings.region);
  const emulators = firebaseSettings.emulators;
  if (emulators) {
    connectAuthEmulator(auth, emulators.auth, { disableWarnings: true });
    connectFirestoreEmulator(db, emulators.firestore.host, emulators.firestore.port);
    connectFunctionsEmulator(functions, emulators.functions.host, emulators.functions.port);
  }

  async function call<N extends CallableName>(name: N, data: CallRequest<N>): Promise<CallResult<N>> {
    try {
      return (await httpsCallable<CallRequest<N>, CallResult<N>>(functions, name)(data)).data;
    } catch (error) {
      throw ParleyError.from(error);
    }
  }

  async function signingIn(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      throw SignInError.from(error);
    }
  }

  return {
    ...createModeratorQueries(db),
    onModerator(listener) {
      return onIdTokenChanged(auth, async (user) => {
        if (!user) return listener(null);
        const token = await user.getIdTokenResult();
        const claimed = token.claims.roles;
        const roles: Moderator['roles'] = {};
        if (claimed && typeof claimed === 'object') {
          for (const [site, role] of Object.entries(claimed)) if (role === 'owner' || role === 'moderator') roles[site] = role;
        }
        listener({ uid: user.uid, email: user.email ?? '', name: user.displayName ?? user.email ?? '', roles });
      });
    },
    signInWithPassword: (email, password) => signingIn(() => signInWithEmailAndPassword(auth, email, password)),
    sendSignInLink: (email) =>
      signingIn(async () => {
        await sendSignInLinkToEmail(auth, email, { url: returnUrl(), handleCodeInApp: true });
        localStorage.setItem(PENDING_EMAIL_KEY, email);
      }),
    async completeSignInLink(email) {
      if (!isSignInWithEmailLink(auth, location.href)) return 'none';
      const address = email ?? localStorage.getItem(PENDING_EMAIL_KEY);
      if (!address) return 'needs-email';
      await signingIn(() => signInWithEmailLink(auth, address, location.href));
      localStorage.removeItem(PENDING_EMAIL_KEY);
      history.replaceState(null, '', `${returnUrl()}${location.hash}`);
      return 'signed-in';
    },
    signInWithProvider: (provider) => signingIn(() => signInWithPopup(auth, providerFor(provider))),
    async refreshRoles() {
      await auth.currentUser?.getIdToken(true);
    },
    signOut: () => signOut(auth),

    moderate: (siteId, ids, action, reason = '') => call('moderateComments', { siteId, ids, action, reason }),
    banUser: (siteId, uid, hours, shadow, reason) => call('banUser', { siteId, uid, hours, shadow, reason }),
    unbanUser: (siteId, uid, reason) => call('unbanUser', { siteId, uid, reason }),
    trustUser: (siteId, uid, trusted) => call('trustUser', { siteId, uid, trusted }),
    async setThreadState(siteId, threadId, state) {
      await call('setThreadState', { siteId, threadId, ...state });
    },
    async updateSite(siteId, changes) {
      await call('updateSite', { siteId, ...changes });
    },
    async setModerator(siteId, email, role) {
      await call('setModerator', { siteId, email, role });
    },
    async rotateSsoSecret(siteId) {
      return (await call('rotateSsoSecret', { siteId })).secret;
    },
  };
}
