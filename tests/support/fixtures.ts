import type { SiteDoc } from '../../core/src/docs.ts';
import { DEMO_SITE } from '../../demo/seed/demo-data.ts';
import { ensureAccount } from '../../scripts/lib/seed.ts';
import { admin } from './admin.ts';
import { clearAuth, clearFirestore, signInWithPassword, type TestUser } from './emulator.ts';

/** A fresh emulator state with one site ("news") for functions tests. */
export async function resetWithSite(siteId = 'news', settings: Partial<SiteDoc> = {}): Promise<void> {
  await Promise.all([clearFirestore(), clearAuth()]);
  await admin().db.collection('sites').doc(siteId).set({ ...DEMO_SITE, name: 'News', ...settings });
}

/** Creates a password account with role claims and signs it in. */
export async function signedInWithRoles(email: string, roles: Record<string, string>): Promise<TestUser> {
  await ensureAccount({ email, password: 'password-123', name: email.split('@')[0]! }, roles);
  return signInWithPassword(email, 'password-123');
}

/** A valid createComment request; override any part. */
export function newComment(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    siteId: 'news',
    thread: { url: 'https://news.example.com/story?utm_source=x', title: 'Story' },
    body: 'A *thoughtful* comment',
    guest: { name: 'Ann', email: 'ann@example.com' },
    requestId: `req-${Math.random().toString(36).slice(2, 12)}`,
    ...overrides,
  };
}

/** Counts documents in a collection (all of them, for "nothing was written" checks). */
export async function countDocs(path: string): Promise<number> {
  return (await admin().db.collection(path).count().get()).data().count;
}
