import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore, Timestamp } from 'firebase-admin/firestore';
import { canonicalUrl } from '../../core/src/canonical-url.ts';
import type { CommentDoc } from '../../core/src/docs.ts';
import { markdownToTree } from '../../core/src/markdown.ts';
import { DEMO_MODERATOR, DEMO_SITE, DEMO_SITE_ID, DEMO_SSO_SECRET, DEMO_THREADS } from '../../demo/seed/demo-data.ts';
import { threadIdFor } from '../../functions/src/threads/thread-id.ts';
import { PROJECT_ID } from './paths.ts';
import { seedModeration } from './seed-moderation.ts';

function admin() {
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  return { db: getFirestore(app), auth: getAuth(app) };
}

/** Makes sure an account exists with these details and role claims; answers its uid. */
export async function ensureAccount(account: { email: string; password: string; name: string }, roles: Record<string, string>): Promise<string> {
  const { auth } = admin();
  const user = await auth.getUserByEmail(account.email).catch(() => null);
  const uid = user
    ? user.uid
    : (await auth.createUser({ email: account.email, password: account.password, displayName: account.name, emailVerified: true })).uid;
  await auth.setCustomUserClaims(uid, { roles });
  return uid;
}

/**
 * Seeds the demo site into the emulators (FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST
 * must be set): the site, the moderator account, and the threads with approved comments; then
 * what the moderation console shows (seed-moderation.ts).
 */
export async function seedDemo(): Promise<void> {
  const { db } = admin();
  await ensureAccount(DEMO_MODERATOR, { [DEMO_SITE_ID]: 'owner' });
  const batch = db.batch();
  batch.set(db.collection('sites').doc(DEMO_SITE_ID), DEMO_SITE);
  batch.set(db.doc(`sites/${DEMO_SITE_ID}/private/secrets`), { ssoSecret: DEMO_SSO_SECRET });
  const now = Date.now();
  for (const seed of DEMO_THREADS) {
    const key = canonicalUrl(seed.url)!;
    const threadId = threadIdFor(DEMO_SITE_ID, key);
    const oldest = Math.max(0, ...seed.comments.map((comment) => comment.minutesAgo));
    batch.set(db.collection('threads').doc(threadId), {
      siteId: DEMO_SITE_ID,
      key,
      url: seed.url,
      title: seed.title,
      closed: false,
      premoderate: false,
      createdAt: Timestamp.fromMillis(now - (oldest + 60) * 60_000),
      lastCommentAt: null,
    });
    const ids = new Map<string, { id: string; rootId: string; depth: number }>();
    for (const comment of seed.comments) {
      const ref = db.collection('comments').doc();
      const parent = comment.replyTo ? ids.get(comment.replyTo) : undefined;
      const placed = { id: ref.id, rootId: parent?.rootId ?? ref.id, depth: parent ? parent.depth + 1 : 0 };
      ids.set(comment.key, placed);
      const at = Timestamp.fromMillis(now - comment.minutesAgo * 60_000);
      const uid = `seed-${comment.email.split('@')[0]!.replace(/\W/g, '')}`;
      const doc: CommentDoc<Timestamp> = {
        siteId: DEMO_SITE_ID,
        threadId,
        parentId: parent?.id ?? null,
        rootId: placed.rootId,
        depth: placed.depth,
        author: { uid, name: comment.name, avatar: null, provider: 'guest', badges: comment.badges ?? [] },
        body: comment.body,
        tree: markdownToTree(comment.body),
        status: 'approved',
        visible: true,
        createdAt: at,
        updatedAt: at,
        editedAt: null,
        reactions: comment.reactions ? { like: comment.reactions } : {},
        score: comment.reactions ?? 0,
        replyCount: seed.comments.filter((other) => other.replyTo === comment.key).length,
        pinned: comment.pinned ?? false,
        revision: 1,
      };
      batch.set(ref, doc);
      batch.set(db.collection('commentPrivate').doc(ref.id), {
        siteId: DEMO_SITE_ID,
        threadId,
        authorUid: uid,
        email: comment.email,
        ip: null,
        network: null,
        userAgent: null,
        decision: { phase: 'seed', reason: 'demo data' },
        scores: {},
        revisions: [],
        reports: { count: 0, reasons: {} },
        createdAt: at,
      });
    }
    if (seed.comments.length > 0) {
      batch.set(db.collection('threads').doc(threadId).collection('counters').doc('0'), {
        siteId: DEMO_SITE_ID,
        threadId,
        approved: FieldValue.increment(seed.comments.length),
      });
    }
  }
  await batch.commit();
  await seedModeration(now);
}
