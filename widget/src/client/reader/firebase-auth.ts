import { browserLocalPersistence, connectAuthEmulator, indexedDBLocalPersistence, initializeAuth, signInAnonymously, type Auth, type User } from 'firebase/auth';
import { firebaseSettings } from '../config.ts';
import { parleyApp } from './firebase-app.ts';

let auth: Auth | null = null;

/**
 * The widget's Auth instance. Initialised without the popup/redirect resolver, so guests never
 * load Google's sign-in iframe or scripts (lighter, and quiet under a strict CSP).
 */
export function parleyAuth(): Auth {
  if (auth) return auth;
  auth = initializeAuth(parleyApp(), { persistence: [indexedDBLocalPersistence, browserLocalPersistence] });
  const emulators = firebaseSettings.emulators;
  if (emulators) connectAuthEmulator(auth, emulators.auth, { disableWarnings: true });
  return auth;
}

/** The user this browser is signed in as, without signing anyone in. */
export async function currentUser(): Promise<User | null> {
  const instance = parleyAuth();
  await instance.authStateReady();
  return instance.currentUser;
}

/** The signed-in user, signing in anonymously (a guest) when nobody is. */
export async function ensureUser(): Promise<User> {
  return (await currentUser()) ?? (await signInAnonymously(parleyAuth())).user;
}
