import type { SiteDoc } from '../../core/src/docs.ts';
import { DEMO_SITE } from '../../demo/seed/demo-data.ts';
import { ensureAccount } from '../../scripts/lib/seed.ts';
import { admin } from './admin.ts';
import type { CreateCommentResult } from '../../core/src/api.ts';
import { call, clearAuth, clearFirestore, signInWithPassword, type TestUser } from './emulator.ts';

/** A fresh emulator state with one site ("news") for functions tests. */
export async function resetWithSite(siteId = 'news', settings: Partial<SiteDoc> = {}): Promise<void> {
  await Promise.all([clearFirestore(), clearAuth()]);
  await admin().db.collection('sites').doc(siteId).set({ ...DEMO_SITE, name: 'News', ...settings });
}

/** Creates a password account with role claims and signs it in. */
export async function signedInWithRoles(email: string, roles: Record<string, string>, name = 'Member'): Promise<TestUser> {
  await ensureAccount({ email, password: 'password-123', name }, roles);
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

/** Sets a site's private moderation settings (merged). */
export async function setSettings(siteId: string, settings: Record<string, unknown>): Promise<void> {
  await admin().db.doc(`sites/${siteId}/private/settings`).set(settings, { merge: true });
}

/** Limits high enough that tests posting many comments from one machine are not rate-limited. */
export const GENEROUS_LIMITS = { rateLimits: { userPerMinute: 1000, userPerHour: 10000, ipPerMinute: 10000, ipPerHour: 100000, threadPerMinute: 100000 } };

/** Posts a comment as the given user; throws when refused. */
export async function post(user: TestUser, overrides: Record<string, unknown> = {}): Promise<CreateCommentResult> {
  const result = await call<CreateCommentResult>('createComment', newComment(overrides), user);
  if (!result.ok) throw new Error(`createComment refused: ${result.code}`);
  return result.data;
}

/** Reads a document's data through the Admin SDK. */
export async function read<T = Record<string, unknown>>(path: string): Promise<T | undefined> {
  return (await admin().db.doc(path).get()).data() as T | undefined;
}

/**
 * Runs tasks with at most `limit` in flight, answering results in input order. The functions
 * emulator starts a separate Node worker for every request that finds no idle one, so a test
 * that fires hundreds at once measures the emulator's process spawning, not Parley.
 */
export async function inParallel<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index]!);
      }
    }),
  );
  return results;
}
