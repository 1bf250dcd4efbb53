import {
  collection,
  connectFirestoreEmulator,
  doc,
  getDoc,
  getDocs,
  getFirestore,
  limit,
  limitToLast,
  onSnapshot,
  orderBy,
  query,
  Timestamp,
  where,
  type Firestore,
} from 'firebase/firestore';
import { changeFromDoc, commentFromDoc } from '../../../../core/src/convert.ts';
import type { ChangeDoc, CommentDoc } from '../../../../core/src/docs.ts';
import type { Comment, ThreadChange } from '../../../../core/src/types.ts';
import { firebaseSettings } from '../config.ts';
import { parleyApp } from './firebase-app.ts';

let db: Firestore | null = null;

function firestore(): Firestore {
  if (db) return db;
  db = getFirestore(parleyApp());
  const emulator = firebaseSettings.emulators?.firestore;
  if (emulator) connectFirestoreEmulator(db, emulator.host, emulator.port);
  return db;
}

/** Listens to the thread's change feed after `since`; only new entries are reported. */
export function watchChanges(
  threadId: string,
  since: number,
  onChanges: (changes: ThreadChange[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const feed = query(
    collection(firestore(), 'threads', threadId, 'changes'),
    where('at', '>', Timestamp.fromMillis(since)),
    orderBy('at'),
    limitToLast(100),
  );
  return onSnapshot(
    feed,
    (snapshot) => {
      const changes = snapshot
        .docChanges()
        .filter((change) => change.type === 'added')
        .map((change) => changeFromDoc(change.doc.data() as ChangeDoc<Timestamp>));
      if (changes.length > 0) onChanges(changes);
    },
    onError,
  );
}

/**
 * The signed-in author's own comments in a thread, any status. The rules allow this list
 * because it is filtered on the caller's uid and bounded; Auth must already be initialised.
 */
export async function ownComments(threadId: string, uid: string): Promise<Comment[]> {
  const mine = query(collection(firestore(), 'comments'), where('threadId', '==', threadId), where('author.uid', '==', uid), limit(100));
  const snapshot = await getDocs(mine);
  return snapshot.docs.map((item) => commentFromDoc(item.id, item.data() as CommentDoc<Timestamp>));
}

/** The Markdown source of a comment the signed-in reader wrote. */
export async function commentSource(commentId: string): Promise<string> {
  const snapshot = await getDoc(doc(firestore(), 'comments', commentId));
  return (snapshot.data() as CommentDoc<Timestamp> | undefined)?.body ?? '';
}
