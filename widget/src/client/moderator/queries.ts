import {
  collection,
  doc,
  getAggregateFromServer,
  getCountFromServer,
  getDoc,
  limit,
  onSnapshot,
  orderBy,
  query,
  sum,
  Timestamp,
  where,
  type Firestore,
  type QueryConstraint,
} from 'firebase/firestore';
import { keepsReportsOpen } from '../../../../core/src/moderation/reports.ts';
import type { CommentDoc, CommentPrivateDoc, ModerationActionDoc, ReportDoc, SiteDayStatsDoc, SiteDoc, SiteRoleDoc, SiteSettingsDoc, SiteUserDoc } from '../../../../core/src/docs.ts';
import { NO_QUEUE_FILTER, type ModeratorClient, type QueueCounts, type QueueItem, type QueueQuery } from './client.ts';
import { actionFromDoc, dayFromDoc, privateFromDoc, queueItemFromDoc, reportFromDoc, roleFromDoc, siteUserFromDoc } from './convert.ts';
import { readError } from './errors.ts';
import { ParleyError } from '../parley-error.ts';
import { createThreadQueries } from './thread-queries.ts';

/** The read half of the moderator client: Firestore listeners and count() aggregations. */
export type ModeratorQueries = Pick<
  ModeratorClient,
  | 'watchQueue'
  | 'countQueues'
  | 'watchPrivate'
  | 'watchReports'
  | 'watchSiteUser'
  | 'getComment'
  | 'getThread'
  | 'watchThreads'
  | 'listThreads'
  | 'countThread'
  | 'watchLog'
  | 'watchStats'
  | 'watchSite'
  | 'watchRoles'
>;

/** Builds the console's reads on a Firestore instance. Every list query filters on `siteId`, as the rules require. */
export function createModeratorQueries(db: Firestore): ModeratorQueries {
  const comments = collection(db, 'comments');
  const privates = collection(db, 'commentPrivate');

  function queueConstraints(q: Pick<QueueQuery, 'siteId' | 'queue' | 'threadId' | 'authorUid'>): QueryConstraint[] {
    const constraints = [where('siteId', '==', q.siteId)];
    if (q.queue !== 'all' && q.queue !== 'reported') constraints.push(where('status', '==', q.queue));
    if (q.threadId) constraints.push(where('threadId', '==', q.threadId));
    if (q.authorUid) constraints.push(where('author.uid', '==', q.authorUid));
    return constraints;
  }

  function reportedConstraints(q: Pick<QueueQuery, 'siteId' | 'threadId' | 'authorUid'>): QueryConstraint[] {
    const constraints = [where('siteId', '==', q.siteId), where('reports.count', '>', 0)];
    if (q.threadId) constraints.push(where('threadId', '==', q.threadId));
    if (q.authorUid) constraints.push(where('authorUid', '==', q.authorUid));
    return constraints;
  }

  /** The reported queue lists private documents with reports; each comment is listened to by id. */
  function watchReported(q: QueueQuery, onItems: (items: QueueItem[]) => void, onError: (error: ReturnType<typeof readError>) => void) {
    const loaded = new Map<string, QueueItem | null>();
    const listeners = new Map<string, () => void>();
    let ids: string[] = [];
    let ready = false;
    const emit = () => {
      if (!ready || ids.some((id) => !loaded.has(id))) return;
      const sign = q.order === 'newest' ? -1 : 1;
      const items = ids
        .map((id) => loaded.get(id))
        .filter((item): item is QueueItem => !!item && keepsReportsOpen(item.status))
        .sort((a, b) => sign * (a.createdAt - b.createdAt));
      onItems(items);
    };
    const stop = onSnapshot(
      query(privates, ...reportedConstraints(q), orderBy('reports.count', 'desc'), limit(q.limit)),
      (snapshot) => {
        ids = snapshot.docs.map((entry) => entry.id);
        ready = true;
        for (const [id, stopOne] of listeners) {
          if (ids.includes(id)) continue;
          stopOne();
          listeners.delete(id);
          loaded.delete(id);
        }
        for (const id of ids) {
          if (listeners.has(id)) continue;
          const set = (value: QueueItem | null) => {
            loaded.set(id, value);
            emit();
          };
          listeners.set(
            id,
            onSnapshot(
              doc(comments, id),
              (snap) => set(snap.exists() ? queueItemFromDoc(snap.id, snap.data() as CommentDoc<Timestamp>) : null),
              () => set(null),
            ),
          );
        }
        emit();
      },
      (error) => onError(readError(error)),
    );
    return () => {
      stop();
      for (const stopOne of listeners.values()) stopOne();
    };
  }

  const count = async (constraints: QueryConstraint[], from = comments) => (await getCountFromServer(query(from, ...constraints))).data().count;

  return {
    watchQueue(q, onItems, onError) {
      if (q.queue === 'reported') return watchReported(q, onItems, onError);
      const direction = q.order === 'newest' ? 'desc' : 'asc';
      return onSnapshot(
        query(comments, ...queueConstraints(q), orderBy('createdAt', direction), limit(q.limit)),
        (snapshot) => onItems(snapshot.docs.map((entry) => queueItemFromDoc(entry.id, entry.data() as CommentDoc<Timestamp>))),
        (error) => onError(readError(error)),
      );
    },
    async countQueues(siteId, filter = NO_QUEUE_FILTER) {
      const base = { siteId, threadId: filter.threadId, authorUid: filter.authorUid };
      const [pending, reported, spam, rejected, all] = await Promise.all([
        count(queueConstraints({ ...base, queue: 'pending' })),
        // Ordered as the list is, so that the count uses the list's (descending) index.
        count([...reportedConstraints(base), orderBy('reports.count', 'desc')], privates),
        count(queueConstraints({ ...base, queue: 'spam' })),
        count(queueConstraints({ ...base, queue: 'rejected' })),
        count(queueConstraints({ ...base, queue: 'all' })),
      ]).catch((error: unknown) => {
        throw readError(error);
      });
      const counts: QueueCounts = { pending, reported, spam, rejected, all };
      return counts;
    },
    watchPrivate(_siteId, commentId, onValue) {
      return onSnapshot(
        doc(privates, commentId),
        (snap) => onValue(snap.exists() ? privateFromDoc(snap.data() as CommentPrivateDoc<Timestamp>) : null),
        () => onValue(null),
      );
    },
    watchReports(siteId, commentId, onValue) {
      const reports = query(collection(db, 'reports'), where('siteId', '==', siteId), where('commentId', '==', commentId), orderBy('at', 'desc'), limit(20));
      return onSnapshot(
        reports,
        (snapshot) => onValue(snapshot.docs.map((entry) => reportFromDoc(entry.id, entry.data() as ReportDoc<Timestamp>))),
        () => onValue([]),
      );
    },
    watchSiteUser(siteId, uid, onValue) {
      // A missing document reads as a refusal (the rule looks at its siteId), so errors mean "none yet".
      return onSnapshot(
        doc(db, 'siteUsers', `${siteId}_${uid}`),
        (snap) => onValue(snap.exists() ? siteUserFromDoc(snap.data() as SiteUserDoc<Timestamp>) : null),
        () => onValue(null),
      );
    },
    async getComment(commentId) {
      const snap = await getDoc(doc(comments, commentId)).catch(() => null);
      return snap?.exists() ? queueItemFromDoc(snap.id, snap.data() as CommentDoc<Timestamp>) : null;
    },
    ...createThreadQueries(db),
    async countThread(siteId, threadId) {
      const [shards, pending] = await Promise.all([
        getAggregateFromServer(collection(db, 'threads', threadId, 'counters'), { approved: sum('approved') }),
        count([where('siteId', '==', siteId), where('threadId', '==', threadId), where('status', '==', 'pending')]),
      ]).catch((error: unknown) => {
        throw readError(error);
      });
      return { approved: shards.data().approved, pending };
    },
    watchLog(q, onRecords, onError) {
      const constraints = [where('siteId', '==', q.siteId)];
      if (q.by !== undefined) constraints.push(where('by', '==', q.by));
      if (q.action) constraints.push(where('action', '==', q.action));
      if (q.from !== undefined) constraints.push(where('at', '>=', Timestamp.fromMillis(q.from)));
      if (q.to !== undefined) constraints.push(where('at', '<', Timestamp.fromMillis(q.to)));
      return onSnapshot(
        query(collection(db, 'moderationActions'), ...constraints, orderBy('at', 'desc'), limit(q.limit)),
        (snapshot) => onRecords(snapshot.docs.map((entry) => actionFromDoc(entry.id, entry.data() as ModerationActionDoc<Timestamp>))),
        (error) => onError(readError(error)),
      );
    },
    watchStats(siteId, fromDay, onDays, onError) {
      return onSnapshot(
        query(collection(db, 'siteStats'), where('siteId', '==', siteId), where('day', '>=', fromDay), orderBy('day', 'asc'), limit(62)),
        (snapshot) => onDays(snapshot.docs.map((entry) => dayFromDoc(entry.data() as SiteDayStatsDoc))),
        (error) => onError(readError(error)),
      );
    },
    watchSite(siteId, onConfig, onError) {
      let site: SiteDoc | undefined;
      let settings: SiteSettingsDoc | null | undefined;
      const emit = () => site && settings !== undefined && onConfig({ site, settings });
      const stopSite = onSnapshot(
        doc(db, 'sites', siteId),
        (snap) => {
          site = snap.data() as SiteDoc | undefined;
          if (site) emit();
          else onError(new ParleyError('site-not-found'));
        },
        (error) => onError(readError(error)),
      );
      const stopSettings = onSnapshot(
        doc(db, 'sites', siteId, 'private', 'settings'),
        (snap) => {
          settings = (snap.data() as SiteSettingsDoc | undefined) ?? null;
          emit();
        },
        (error) => onError(readError(error)),
      );
      return () => {
        stopSite();
        stopSettings();
      };
    },
    watchRoles(siteId, onRoles, onError) {
      return onSnapshot(
        query(collection(db, 'siteRoles'), where('siteId', '==', siteId), limit(100)),
        (snapshot) => onRoles(snapshot.docs.map((entry) => roleFromDoc(entry.data() as SiteRoleDoc<Timestamp>))),
        (error) => onError(readError(error)),
      );
    },
  };
}
