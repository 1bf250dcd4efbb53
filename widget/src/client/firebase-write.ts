import { connectAuthEmulator, getAuth, signInAnonymously, type Auth, type User } from 'firebase/auth';
import { connectFunctionsEmulator, getFunctions, httpsCallable, type Functions } from 'firebase/functions';
import { firebaseSettings } from './config.ts';
import { parleyApp } from './firebase-app.ts';

let auth: Auth | null = null;
let functions: Functions | null = null;

function services(): { auth: Auth; functions: Functions } {
  if (!auth || !functions) {
    const app = parleyApp();
    auth = getAuth(app);
    functions = getFunctions(app, firebaseSettings.region);
    const emulators = firebaseSettings.emulators;
    if (emulators) {
      connectAuthEmulator(auth, emulators.auth, { disableWarnings: true });
      connectFunctionsEmulator(functions, emulators.functions.host, emulators.functions.port);
    }
  }
  return { auth, functions };
}

/** The signed-in user, signing in anonymously (a guest) when nobody is. */
export async function ensureUser(): Promise<User> {
  const { auth } = services();
  await auth.authStateReady();
  return auth.currentUser ?? (await signInAnonymously(auth)).user;
}

/** Calls a callable function by name. */
export async function call<Result>(name: string, data: unknown): Promise<Result> {
  const { functions } = services();
  const result = await httpsCallable<unknown, Result>(functions, name)(data);
  return result.data;
}
