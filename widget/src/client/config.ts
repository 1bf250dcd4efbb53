/** Where the widget finds Firebase: the web app config, and the local emulators when built for them. */
export interface FirebaseSettings {
  options: { apiKey: string; authDomain: string; projectId: string; appId?: string };
  region: string;
  emulators: { auth: string; firestore: { host: string; port: number }; functions: { host: string; port: number } } | null;
  /** Social providers the moderation console offers besides email (enable them in Firebase Auth too). */
  consoleProviders?: string[];
}

declare const __PARLEY_FIREBASE__: FirebaseSettings;

/** Build-time Firebase settings (scripts/build.ts fills them in). */
export const firebaseSettings: FirebaseSettings = __PARLEY_FIREBASE__;
