import type * as MethodsModule from './firebase-methods.ts';
import type { FirebaseMethods } from './firebase-methods.ts';
import { lazy, toParleyError } from './lazy.ts';
import type { ReaderClient, Unsubscribe } from './reader-client.ts';
import { fetchSnapshot } from './snapshot-request.ts';

/** Methods that wait for the Firebase side to load, then run there. */
const LATER = [
  'loadOwnComments',
  'loadSource',
  'createComment',
  'editComment',
  'deleteComment',
  'react',
  'report',
  'sendSignInLink',
  'completeSignInLink',
  'signInWithProvider',
  'signInWithSso',
  'signOut',
  'updateProfile',
  'exportMyData',
  'deleteMyAccount',
] as const;

/**
 * The reader client for real deployments. The first paint needs only the snapshot, over plain
 * HTTP; every other method loads the Firebase side (firebase-methods.ts) on first use.
 */
export function createFirebaseReaderClient(): ReaderClient {
  const load = lazy<typeof MethodsModule>(() => import('./firebase-methods.ts'));
  let methods: FirebaseMethods | null = null;
  const firebase = async () => (methods ??= (await load()).createFirebaseMethods());
  const later = (name: (typeof LATER)[number]) =>
    async (...args: unknown[]) => {
      let target: FirebaseMethods;
      try {
        target = await firebase();
      } catch (error) {
        throw toParleyError(error);
      }
      return (target[name] as (...inner: unknown[]) => Promise<unknown>)(...args);
    };
  /** A listener that starts once the Firebase side is in (and never, if stopped before). */
  const listen = (start: (target: FirebaseMethods) => Unsubscribe, onError: (error: unknown) => void = () => {}): Unsubscribe => {
    let stop: Unsubscribe | null = null;
    let stopped = false;
    firebase().then((target) => {
      if (!stopped) stop = start(target);
    }, onError);
    return () => {
      stopped = true;
      stop?.();
    };
  };

  return {
    ...(Object.fromEntries(LATER.map((name) => [name, later(name)])) as Pick<ReaderClient, (typeof LATER)[number]>),
    loadThread: fetchSnapshot,
    watchThread: (threadId, since, onChanges, onError) => listen((target) => target.watchThread(threadId, since, onChanges, onError), onError),
    watchAccount: (onAccount) => listen((target) => target.watchAccount(onAccount)),
    prepareToWrite(social) {
      firebase().then((target) => target.prepareToWrite(social), () => {});
    },
  };
}
