import { getApp, getApps, initializeApp, type FirebaseApp } from 'firebase/app';
import { firebaseSettings } from '../config.ts';

/** The widget's Firebase app, created on first use (never for the first paint). */
export function parleyApp(): FirebaseApp {
  return getApps().some((app) => app.name === 'parley') ? getApp('parley') : initializeApp(firebaseSettings.options, 'parley');
}
