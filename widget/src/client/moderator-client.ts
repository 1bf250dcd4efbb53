import { initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, onIdTokenChanged, signInWithEmailAndPassword, signOut, type Auth } from 'firebase/auth';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  getDoc,
  getFirestore,
  limit,
  onSnapshot,
  orderBy,
  query,
  where,
  type Firestore,
  type Timestamp,
} from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable, type Functions } from 'firebase/functions';
import type { ModerateResult } from '../../../core/src/api.ts';
import { commentFromDoc } from '../../../core/src/convert.ts';
import type { CommentDoc, CommentPrivateDoc } from '../../../core/src/docs.ts';
import type { Comment, CommentStatus } from '../../../core/src/types.ts';
import type { ModerationAction } from '../../../core/src/moderator-requests.ts';
import { firebaseSettings } from './config.ts';
import { ParleyError } from './parley-error.ts';

/** The signed-in moderator, with their roles from custom claims. */
export interface Moderator {
  uid: string;
  email: string;
  name: string;
  roles: Record<string, 'owner' | 'moderator'>;
}

/** A comment in a queue, with what only moderators see. */
export interface QueueItem extends Comment {
  body: string;
  threadTitle: string;
}

/** Private facts about a comment (moderators only). */
export interface CommentPrivate {
  email: string | null;
  ip: string | null;
  decision: { phase: string; reason: string };
}

/** Everything the console asks of Firebase. Kept apart from the reader client: it never ships to readers. */
export interface ModeratorClient {
  onModerator(listener: (moderator: Moderator | null) => void): () => void;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  watchQueue(siteId: string, status: CommentStatus | 'all', onItems: (items: QueueItem[]) => void, onError: (error: ParleyError) => void): () => void;
  loadPrivate(commentId: string): Promise<CommentPrivate | null>;
  moderate(siteId: string, ids: string[], action: ModerationAction, reason?: string): Promise<ModerateResult>;
}

/** The moderator client on Firebase (Auth, Firestore listeners, the moderation callables). */
export function createModeratorClient(): ModeratorClient {
  const app: FirebaseApp = initializeApp(firebaseSettings.options, 'parley-console');
  const auth: Auth = getAuth(app);
  const db: Firestore = getFirestore(app);
  const functions: Functions = getFunctions(app, firebaseSettings.region);
  const emulators = firebaseSettings.emulators;
  if (emulators) {
    connectAuthEmulator(auth, emulators.auth, { disableWarnings: true });
    connectFirestoreEmulator(db, emulators.firestore.host, emulators.firestore.port);
    connectFunctionsEmulator(functions, emulators.functions.host, emulators.functions.port);
  }

  return {
    onModerator(listener) {
      return onIdTokenChanged(auth, async (user) => {
        if (!user) return listener(null);
        const token = await user.getIdTokenResult();
        const roles = (token.claims.roles ?? {}) as Moderator['roles'];
        listener({ uid: user.uid, email: user.email ?? '', name: user.displayName ?? user.email ?? '', roles });
      });
    },
    async signIn(email, password) {
      try {
        await signInWithEmailAndPassword(auth, email, password);
      } catch (error) {
        throw ParleyError.from(error);
      }
    },
    signOut: () => signOut(auth),
    watchQueue(siteId, status, onItems, onError) {
      const filters = [where('siteId', '==', siteId), ...(status === 'all' ? [] : [where('status', '==', status)])];
      const queue = query(collection(db, 'comments'), ...filters, orderBy('createdAt', 'desc'), limit(100));
      return onSnapshot(
        queue,
        (snapshot) => {
          onItems(
            snapshot.docs.map((item) => {
              const data = item.data() as CommentDoc<Timestamp>;
              return { ...commentFromDoc(item.id, data), body: data.body, threadTitle: '' };
            }),
          );
        },
        (error) => onError(ParleyError.from(error)),
      );
    },
    async loadPrivate(commentId) {
      const snap = await getDoc(doc(db, 'commentPrivate', commentId));
      const data = snap.data() as CommentPrivateDoc<Timestamp> | undefined;
      return data ? { email: data.email, ip: data.ip, decision: data.decision } : null;
    },
    async moderate(siteId, ids, action, reason = '') {
      try {
        const result = await httpsCallable<unknown, ModerateResult>(functions, 'moderateComments')({ siteId, ids, action, reason });
        return result.data;
      } catch (error) {
        throw ParleyError.from(error);
      }
    },
  };
}
