import { collection, connectFirestoreEmulator, getFirestore, limitToLast, onSnapshot, orderBy, query, Timestamp, where, type Firestore } from 'firebase/firestore';
import { changeFromDoc } from '../../../core/src/convert.ts';
import type { ChangeDoc } from '../../../core/src/docs.ts';
import type { ThreadChange } from '../../../core/src/types.ts';
import { firebaseSettings } from './config.ts';
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
