import type { CollectionReference, DocumentReference, Timestamp } from 'firebase-admin/firestore';
import type {
  ChangeDoc,
  CommentDoc,
  CommentPrivateDoc,
  CounterShardDoc,
  ModerationActionDoc,
  ReactionDoc,
  ReportDoc,
  RequestDoc,
  SiteDayStatsDoc,
  SiteDoc,
  SiteRoleDoc,
  SiteSecretsDoc,
  SiteSettingsDoc,
  SiteUserDoc,
  ThreadDoc,
  UserDoc,
} from '../../../core/src/docs.ts';
import { db } from './app.ts';

/** Typed references to every collection; the only place collection names are spelled. */
export const col = {
  sites: () => db.collection('sites') as CollectionReference<SiteDoc>,
  threads: () => db.collection('threads') as CollectionReference<ThreadDoc<Timestamp>>,
  counters: (threadId: string) =>
    db.collection('threads').doc(threadId).collection('counters') as CollectionReference<CounterShardDoc>,
  changes: (threadId: string) =>
    db.collection('threads').doc(threadId).collection('changes') as CollectionReference<ChangeDoc<Timestamp>>,
  comments: () => db.collection('comments') as CollectionReference<CommentDoc<Timestamp>>,
  commentPrivate: () => db.collection('commentPrivate') as CollectionReference<CommentPrivateDoc<Timestamp>>,
  requests: () => db.collection('requests') as CollectionReference<RequestDoc<Timestamp>>,
  users: () => db.collection('users') as CollectionReference<UserDoc<Timestamp>>,
  actions: () => db.collection('moderationActions') as CollectionReference<ModerationActionDoc<Timestamp>>,
  settings: (siteId: string) => db.doc(`sites/${siteId}/private/settings`) as DocumentReference<SiteSettingsDoc>,
  secrets: (siteId: string) => db.doc(`sites/${siteId}/private/secrets`) as DocumentReference<SiteSecretsDoc>,
  siteUsers: () => db.collection('siteUsers') as CollectionReference<SiteUserDoc<Timestamp>>,
  siteUser: (siteId: string, uid: string) => db.collection('siteUsers').doc(`${siteId}_${uid}`) as DocumentReference<SiteUserDoc<Timestamp>>,
  reactions: () => db.collection('reactions') as CollectionReference<ReactionDoc<Timestamp>>,
  reports: () => db.collection('reports') as CollectionReference<ReportDoc<Timestamp>>,
  stats: () => db.collection('siteStats') as CollectionReference<SiteDayStatsDoc>,
  roles: () => db.collection('siteRoles') as CollectionReference<SiteRoleDoc<Timestamp>>,
  ssoNonces: () => db.collection('ssoNonces') as CollectionReference<{ siteId: string; expireAt: Timestamp }>,
  linkRequests: () => db.collection('emailLinkRequests') as CollectionReference<{ recent: number[] }>,
  mail: () => db.collection('mail') as CollectionReference<{ to: string; message: { subject: string; text: string; html: string } }>,
};

/** A typed document reference. */
export type Ref<T> = DocumentReference<T>;
