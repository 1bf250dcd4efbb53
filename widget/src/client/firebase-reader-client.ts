import type * as MethodsModule from './firebase-methods.ts';
import type { FirebaseMethods } from './firebase-methods.ts';
import { lazy, toParleyError } from './lazy.ts';
import type { ReaderClient } from './reader-client.ts';
import { fetchSnapshot } from './snapshot-request.ts';

/**
 * The reader client for real deployments. The first paint needs only the snapshot, over plain
 * HTTP; every other method loads the Firebase side (firebase-methods.ts) on first use.
 */
export function createFirebaseReaderClient(): ReaderClient {
  const load = lazy<typeof MethodsModule>(() => import('./firebase-methods.ts'));
  let methods: FirebaseMethods | null = null;
  const firebase = async () => (methods ??= (await load()).createFirebaseMethods());
  const later =
    <K extends Exclude<keyof FirebaseMethods, 'watchThread' | 'watchAccount' | 'prepareToWrite'>>(name: K) =>
    async (...args: Parameters<FirebaseMethods[K]>): Promise<Awaited<ReturnType<FirebaseMethods[K]>>> => {
      let target: FirebaseMethods;
      try {
        target = await firebase();
      } catch (error) {
        throw toParleyError(error);
      }
      return (target[name] as (...inner: typeof args) => Promise<Awaited<ReturnType<FirebaseMethods[K]>>>)(...args);
    };

  return {
    loadThread: fetchSnapshot,
    watchThread(threadId, since, onChanges, onError) {
      let stop: (() => void) | null = null;
      let stopped = false;
      firebase().then((target) => {
        if (!stopped) stop = target.watchThread(threadId, since, onChanges, onError);
      }, onError);
      return () => {
        stopped = true;
        stop?.();
      };
    },
    prepareToWrite(social) {
      firebase().then((target) => target.prepareToWrite(social), () => {});
    },
    watchAccount(onAccount) {
      let stop: (() => void) | null = null;
      let stopped = false;
      firebase().then(
        (target) => {
          if (!stopped) stop = target.watchAccount(onAccount);
        },
        () => {},
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
    loadOwnComments: later('loadOwnComments'),
    loadSource: later('loadSource'),
    createComment: later('createComment'),
    editComment: later('editComment'),
    deleteComment: later('deleteComment'),
    react: later('react'),
    report: later('report'),
    sendSignInLink: later('sendSignInLink'),
    isSignInLink: later('isSignInLink'),
    completeSignInLink: later('completeSignInLink'),
    signInWithProvider: later('signInWithProvider'),
    signInWithSso: later('signInWithSso'),
    signOut: later('signOut'),
    updateProfile: later('updateProfile'),
    exportMyData: later('exportMyData'),
    deleteMyAccount: later('deleteMyAccount'),
  };
}
