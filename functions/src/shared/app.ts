import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';

if (getApps().length === 0) initializeApp();

/** The Firestore database every function uses. */
export const db: Firestore = getFirestore();
db.settings({ ignoreUndefinedProperties: true });

/** Firebase Auth admin. */
export const auth = getAuth();

/** Region every function runs in (Hosting rewrites name it too). */
export const REGION = 'us-central1';
