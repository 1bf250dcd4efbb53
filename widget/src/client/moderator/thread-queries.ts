import {
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  onSnapshot,
  orderBy,
  query,
  startAfter,
  where,
  type DocumentSnapshot,
  type Firestore,
  type QueryConstraint,
  type Timestamp,
} from 'firebase/firestore';
import type { ThreadDoc } from '../../../../core/src/docs.ts';
import type { ModeratorClient } from './client.ts';
import { threadFromDoc } from './convert.ts';
import { readError } from './errors.ts';
import { ParleyError } from '../parley-error.ts';

/** The console's reads of threads: one by id, the newest page live, older pages once. */
export function createThreadQueries(db: Firestore): Pick<ModeratorClient, 'getThread' | 'watchThreads' | 'listThreads'> {
  // Thread snapshots seen, as cursors for the next page (paging by createdAt alone could skip
  // threads created in the same millisecond).
  const threadCursors = new Map<string, DocumentSnapshot>();
  const threadsFrom = (docs: DocumentSnapshot[]) =>
    docs.map((entry) => {
      threadCursors.set(entry.id, entry);
      return threadFromDoc(entry.id, entry.data() as ThreadDoc<Timestamp>);
    });

  return {
    async getThread(threadId) {
      const snap = await getDoc(doc(db, 'threads', threadId)).catch(() => null);
      return snap?.exists() ? threadFromDoc(snap.id, snap.data() as ThreadDoc<Timestamp>) : null;
    },
    watchThreads(siteId, size, onThreads, onError) {
      return onSnapshot(
        query(collection(db, 'threads'), where('siteId', '==', siteId), orderBy('createdAt', 'desc'), limit(Math.min(size, 100))),
        (snapshot) => onThreads(threadsFrom(snapshot.docs)),
        (error) => onError(readError(error)),
      );
    },
    async listThreads(siteId, after, size) {
      const pageSize = Math.min(size, 99);
      try {
        const constraints: QueryConstraint[] = [where('siteId', '==', siteId), orderBy('createdAt', 'desc')];
        if (after) {
          const cursor = threadCursors.get(after) ?? (await getDoc(doc(db, 'threads', after)));
          if (!cursor.exists()) throw new ParleyError('thread-not-found');
          constraints.push(startAfter(cursor));
        }
        // One more than the page, to know whether older threads follow (the rules allow 100).
        const snapshot = await getDocs(query(collection(db, 'threads'), ...constraints, limit(pageSize + 1)));
        return { threads: threadsFrom(snapshot.docs.slice(0, pageSize)), more: snapshot.docs.length > pageSize };
      } catch (error) {
        throw error instanceof ParleyError ? error : readError(error);
      }
    },
  };
}
