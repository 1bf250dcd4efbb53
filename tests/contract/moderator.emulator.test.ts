import { Timestamp } from 'firebase-admin/firestore';
import { expect } from 'vitest';
import type { CommentDoc, CommentPrivateDoc } from '../../core/src/docs.ts';
import { DEMO_SITE } from '../../demo/seed/demo-data.ts';
import { ensureAccount } from '../../scripts/lib/seed.ts';
import { createModeratorClient } from '../../widget/src/client/moderator/firebase.ts';
import type { Moderator } from '../../widget/src/client/moderator/client.ts';
import { admin } from '../support/admin.ts';
import { clearAuth, clearFirestore } from '../support/emulator.ts';
import { moderatorContract, seededItem } from './moderator-contract.ts';

/**
 * The moderator contract against the console's own Firebase client (here in Node) on the
 * emulators: Firestore listeners under the security rules, and the callables. One client for the
 * file, as one console tab has.
 */
const client = createModeratorClient();
let moderator: Moderator | null = null;
client.onModerator((value) => (moderator = value));

moderatorContract({
  async start(seed) {
    await client.signOut();
    await Promise.all([clearFirestore(), clearAuth()]);
    const { db } = admin();
    const batch = db.batch();
    batch.set(db.doc('sites/news'), { ...DEMO_SITE, name: 'News' });
    batch.set(db.doc('sites/elsewhere'), { ...DEMO_SITE, name: 'Elsewhere' });
    batch.set(db.doc('threads/t1'), { siteId: 'news', key: 'https://news.example.com/t1', url: 'https://news.example.com/t1', title: 'T1', closed: false, premoderate: false, createdAt: Timestamp.now(), lastCommentAt: null });
    seed.forEach((entry, index) => {
      const { id, createdAt, editedAt, ...item } = seededItem(entry, index);
      const at = Timestamp.fromMillis(createdAt);
      const doc: CommentDoc<Timestamp> = { ...item, visible: item.status === 'approved' || item.status === 'deleted', score: 0, createdAt: at, updatedAt: at, editedAt: editedAt === null ? null : Timestamp.fromMillis(editedAt) };
      const reports = entry.reports ?? 0;
      const secret: CommentPrivateDoc<Timestamp> = {
        siteId: item.siteId,
        threadId: item.threadId,
        authorUid: item.author.uid,
        email: null,
        ip: null,
        network: null,
        userAgent: null,
        decision: { phase: 'default', reason: 'seeded' },
        scores: {},
        revisions: [],
        reports: { count: reports, reasons: reports ? { spam: reports } : {} },
        createdAt: at,
      };
      batch.set(db.doc(`comments/${id}`), doc);
      batch.set(db.doc(`commentPrivate/${id}`), secret);
    });
    await batch.commit();
    const uid = await ensureAccount({ email: 'mod@news.test', password: 'password-123', name: 'Mod' }, { news: 'moderator' });
    await client.signInWithPassword('mod@news.test', 'password-123');
    await expect.poll(() => moderator?.roles.news).toBe('moderator');
    return { client, uid };
  },
});
