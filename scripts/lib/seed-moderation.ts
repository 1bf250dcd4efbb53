import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { canonicalUrl } from '../../core/src/canonical-url.ts';
import type { CommentDoc, CommentPrivateDoc, ModerationActionDoc, SiteRoleDoc, SiteUserDoc } from '../../core/src/docs.ts';
import { markdownToTree } from '../../core/src/markdown.ts';
import { foldForMatching } from '../../core/src/moderation/normalize.ts';
import type { CommentStatus } from '../../core/src/types.ts';
import { DEMO_MODERATOR, DEMO_SITE_ID, DEMO_THREADS } from '../../demo/seed/demo-data.ts';
import {
  AUTHOR_STANDING,
  DEMO_SECOND_MODERATOR,
  DEMO_SETTINGS,
  HELD_COMMENTS,
  OTHER_SITE,
  OTHER_SITE_COMMENT,
  OTHER_SITE_ID,
  OTHER_SITE_OWNER,
  OTHER_SITE_THREAD,
  statsForDay,
} from '../../demo/seed/moderation-data.ts';
import { threadIdFor } from '../../functions/src/threads/thread-id.ts';
import { PROJECT_ID } from './paths.ts';
import { ensureAccount } from './seed.ts';

const DAY = 86_400_000;

function db(): Firestore {
  return getFirestore(getApps()[0] ?? initializeApp({ projectId: PROJECT_ID }));
}

/** The uid the seed gives an author (the same rule as seed.ts). */
export function seedUid(email: string): string {
  return `seed-${email.split('@')[0]!.replace(/\W/g, '')}`;
}

/** The thread id of a URL on a site. */
export function seedThreadId(siteId: string, url: string): string {
  return threadIdFor(siteId, canonicalUrl(url)!);
}

/** A comment to write straight into Firestore, bypassing the functions (seeds and test arrangements). */
export interface DirectComment {
  siteId: string;
  threadUrl: string;
  name: string;
  email: string;
  body: string;
  status: CommentStatus;
  at: number;
  parentId?: string | null;
  uid?: string;
  decision?: { phase: string; reason: string };
  scores?: { spam?: number; toxicity?: number };
  reports?: Array<{ reason: 'spam' | 'abuse' | 'off-topic' | 'illegal'; details: string }>;
}

/**
 * Writes a comment, its private details and its reports as the functions would store them (the
 * thread must exist; approved comments here do not touch counters or the change feed).
 * Answers the comment id.
 */
export async function writeComment(input: DirectComment, store: Firestore = db()): Promise<string> {
  const threadId = seedThreadId(input.siteId, input.threadUrl);
  const ref = store.collection('comments').doc();
  const parent = input.parentId ? ((await store.collection('comments').doc(input.parentId).get()).data() as CommentDoc<Timestamp> | undefined) : undefined;
  const uid = input.uid ?? seedUid(input.email);
  const at = Timestamp.fromMillis(input.at);
  const comment: CommentDoc<Timestamp> = {
    siteId: input.siteId,
    threadId,
    parentId: input.parentId ?? null,
    rootId: parent ? parent.rootId : ref.id,
    depth: parent ? parent.depth + 1 : 0,
    author: { uid, name: input.name, avatar: null, provider: 'guest', badges: [] },
    body: input.body,
    tree: markdownToTree(input.body),
    status: input.status,
    visible: input.status === 'approved',
    createdAt: at,
    updatedAt: at,
    editedAt: null,
    reactions: {},
    score: 0,
    replyCount: 0,
    pinned: false,
    revision: 1,
  };
  const reports = input.reports ?? [];
  const reasons: CommentPrivateDoc<Timestamp>['reports']['reasons'] = {};
  for (const report of reports) reasons[report.reason] = (reasons[report.reason] ?? 0) + 1;
  const batch = store.batch();
  batch.set(ref, comment);
  batch.set(store.collection('commentPrivate').doc(ref.id), {
    siteId: input.siteId,
    threadId,
    authorUid: uid,
    email: input.email,
    ip: '203.0.113.7',
    network: 'ip_203.0.113.7',
    userAgent: null,
    decision: input.decision ?? { phase: 'moderation-mode', reason: 'site pre-moderates every comment' },
    scores: input.scores ?? {},
    revisions: [],
    reports: { count: reports.length, reasons },
    createdAt: at,
  } satisfies CommentPrivateDoc<Timestamp>);
  reports.forEach((report, index) => {
    const reporter = `seed-reporter-${index + 1}`;
    batch.set(store.collection('reports').doc(`${ref.id}_${reporter}`), {
      siteId: input.siteId,
      threadId,
      commentId: ref.id,
      uid: reporter,
      reason: report.reason,
      details: report.details,
      at: Timestamp.fromMillis(input.at + (index + 1) * 60_000),
    });
  });
  await batch.commit();
  return ref.id;
}

function role(siteId: string, uid: string, email: string, name: 'owner' | 'moderator', at: number): [string, SiteRoleDoc<Timestamp>] {
  return [`${siteId}_${uid}`, { siteId, uid, email, role: name, grantedBy: null, at: Timestamp.fromMillis(at) }];
}

/**
 * Seeds what the moderation console shows (after seed.ts's threads): see moderation-data.ts.
 * Needs the emulators' environment, like seedDemo.
 */
export async function seedModeration(now = Date.now()): Promise<void> {
  const store = db();
  const auth = getAuth(getApps()[0]!);
  const ownerUid = (await auth.getUserByEmail(DEMO_MODERATOR.email)).uid;
  const kimUid = await ensureAccount(DEMO_SECOND_MODERATOR, { [DEMO_SITE_ID]: 'moderator' });
  const editorUid = await ensureAccount(OTHER_SITE_OWNER, { [OTHER_SITE_ID]: 'owner' });

  const writes = store.batch();
  // Staff names are reserved, as granting a role through the functions does.
  const reservedNames = { [foldForMatching(DEMO_MODERATOR.name).trim()]: ownerUid, [foldForMatching(DEMO_SECOND_MODERATOR.name).trim()]: kimUid };
  writes.set(store.doc(`sites/${DEMO_SITE_ID}/private/settings`), { ...DEMO_SETTINGS, reservedNames }, { merge: true });
  for (const [id, doc] of [
    role(DEMO_SITE_ID, ownerUid, DEMO_MODERATOR.email, 'owner', now - 40 * DAY),
    role(DEMO_SITE_ID, kimUid, DEMO_SECOND_MODERATOR.email, 'moderator', now - 12 * DAY),
    role(OTHER_SITE_ID, editorUid, OTHER_SITE_OWNER.email, 'owner', now - 20 * DAY),
  ]) {
    writes.set(store.collection('siteRoles').doc(id), doc);
  }
  writes.set(store.collection('sites').doc(OTHER_SITE_ID), OTHER_SITE);
  const otherThread = seedThreadId(OTHER_SITE_ID, OTHER_SITE_THREAD.url);
  writes.set(store.collection('threads').doc(otherThread), {
    siteId: OTHER_SITE_ID,
    key: canonicalUrl(OTHER_SITE_THREAD.url),
    url: OTHER_SITE_THREAD.url,
    title: OTHER_SITE_THREAD.title,
    closed: false,
    premoderate: false,
    createdAt: Timestamp.fromMillis(now - DAY),
    lastCommentAt: null,
  });
  for (let index = 0; index < 30; index++) {
    const day = new Date(now - (29 - index) * DAY).toISOString().slice(0, 10);
    writes.set(store.collection('siteStats').doc(`${DEMO_SITE_ID}_${day}`), { siteId: DEMO_SITE_ID, day, ...statsForDay(index) });
  }
  await writes.commit();

  await writeComment({ siteId: OTHER_SITE_ID, threadUrl: OTHER_SITE_THREAD.url, ...OTHER_SITE_COMMENT, status: 'pending', at: now - 5 * 60_000 }, store);

  const ids = new Map<number, string>();
  for (const [index, held] of HELD_COMMENTS.entries()) {
    const parentId = held.replyTo ? await seededCommentId(store, held.thread, held.replyTo) : null;
    const id = await writeComment({ siteId: DEMO_SITE_ID, threadUrl: held.thread, ...held, at: now - held.minutesAgo * 60_000, parentId }, store);
    ids.set(index, id);
  }
  await seedAuthors(store, now, ownerUid);
  await seedActions(store, now, ownerUid, ids);
}

/** The id of a comment seed.ts wrote, found by its thread and text. */
async function seededCommentId(store: Firestore, url: string, key: string): Promise<string | null> {
  const seed = DEMO_THREADS.find((thread) => thread.url === url)?.comments.find((comment) => comment.key === key);
  if (!seed) return null;
  const found = await store.collection('comments').where('threadId', '==', seedThreadId(DEMO_SITE_ID, url)).where('body', '==', seed.body).limit(1).get();
  return found.docs[0]?.id ?? null;
}

/** Every seeded author's standing: counts by status, join date, trust and bans. */
async function seedAuthors(store: Firestore, now: number, ownerUid: string): Promise<void> {
  const authors = new Map<string, { name: string; oldest: number; counts: SiteUserDoc<Timestamp>['counts'] }>();
  const add = (email: string, name: string, minutesAgo: number, status: CommentStatus) => {
    const entry = authors.get(email) ?? { name, oldest: 0, counts: { approved: 0, pending: 0, rejected: 0, spam: 0 } };
    entry.oldest = Math.max(entry.oldest, minutesAgo);
    if (status !== 'deleted') entry.counts[status]++;
    authors.set(email, entry);
  };
  for (const thread of DEMO_THREADS) for (const comment of thread.comments) add(comment.email, comment.name, comment.minutesAgo, 'approved');
  for (const held of HELD_COMMENTS) add(held.email, held.name, held.minutesAgo, held.status);
  const batch = store.batch();
  for (const [email, { name, oldest, counts }] of authors) {
    const uid = seedUid(email);
    const standing = AUTHOR_STANDING[email] ?? {};
    const doc: SiteUserDoc<Timestamp> = {
      siteId: DEMO_SITE_ID,
      uid,
      name,
      provider: 'guest',
      joinedAt: Timestamp.fromMillis(now - oldest * 60_000 - 3 * DAY),
      counts,
      trusted: standing.trusted ?? false,
      ban: standing.banDays
        ? { until: Timestamp.fromMillis(now + standing.banDays * DAY), shadow: false, reason: standing.banReason ?? '', by: ownerUid, at: Timestamp.fromMillis(now - 10 * 60_000) }
        : null,
      recent: [],
    };
    batch.set(store.collection('siteUsers').doc(`${DEMO_SITE_ID}_${uid}`), doc);
  }
  await batch.commit();
}

/** A few logged decisions: the system's spam verdicts, a moderator's rejection and ban. */
async function seedActions(store: Firestore, now: number, ownerUid: string, ids: Map<number, string>): Promise<void> {
  const batch = store.batch();
  const log = (doc: Omit<ModerationActionDoc<Timestamp>, 'siteId'>) => batch.set(store.collection('moderationActions').doc(), { siteId: DEMO_SITE_ID, ...doc });
  HELD_COMMENTS.forEach((held, index) => {
    const commentId = ids.get(index) ?? null;
    const at = Timestamp.fromMillis(now - held.minutesAgo * 60_000 + 1000);
    const targetUid = seedUid(held.email);
    if (held.status === 'spam') log({ by: null, byName: 'system', action: 'spam', commentId, revision: 1, targetUid, reason: held.decision.reason, at });
    if (held.reports && held.status === 'pending') log({ by: null, byName: 'system', action: 'hold', commentId, revision: 1, targetUid, reason: `reported ${held.reports.length} times`, at });
    if (held.status === 'rejected') {
      log({ by: ownerUid, byName: DEMO_MODERATOR.name, action: 'reject', commentId, revision: 1, targetUid, reason: 'Trolling', at: Timestamp.fromMillis(at.toMillis() + 20 * 60_000) });
    }
  });
  log({
    by: ownerUid,
    byName: DEMO_MODERATOR.name,
    action: 'ban',
    commentId: null,
    revision: null,
    targetUid: seedUid('sales@ebikes.example'),
    reason: 'Advertising',
    at: Timestamp.fromMillis(now - 10 * 60_000),
  });
  await batch.commit();
}
