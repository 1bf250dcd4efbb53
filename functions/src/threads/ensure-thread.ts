import { Timestamp } from 'firebase-admin/firestore';
import { threadKey } from '../../../core/src/canonical-url.ts';
import type { ThreadDoc } from '../../../core/src/docs.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { threadIdFor } from './thread-id.ts';

/** The page a comment is posted from, as the embed describes it. */
export interface ThreadRef {
  id?: string | undefined;
  url: string;
  title: string;
}

/** Resolves the thread id for a page without touching the database. */
export function resolveThreadId(siteId: string, ref: { id?: string | undefined; url: string }): { threadId: string; key: string } {
  const key = threadKey({ id: ref.id ?? null, url: ref.url });
  if (!key) refuse('thread-invalid');
  return { threadId: threadIdFor(siteId, key), key };
}

/**
 * Returns the page's thread, creating it on first use. Creation is idempotent: the id comes from
 * the site and the canonical key, and a concurrent creator's document wins.
 */
export async function ensureThread(siteId: string, ref: ThreadRef): Promise<{ threadId: string; thread: ThreadDoc<Timestamp> }> {
  const { threadId, key } = resolveThreadId(siteId, ref);
  const doc = col.threads().doc(threadId);
  const existing = await doc.get();
  const found = existing.data();
  if (found) {
    if (found.siteId !== siteId) refuse('thread-invalid');
    return { threadId, thread: found };
  }
  const url = ref.url.trim();
  const thread: ThreadDoc<Timestamp> = {
    siteId,
    key,
    url,
    title: ref.title || url,
    closed: false,
    premoderate: false,
    createdAt: Timestamp.now(),
    lastCommentAt: null,
  };
  try {
    await doc.create(thread);
    return { threadId, thread };
  } catch (error) {
    // ALREADY_EXISTS: another request created it between our read and create.
    if ((error as { code?: number }).code !== 6) throw error;
    const again = await doc.get();
    return { threadId, thread: again.data() ?? thread };
  }
}
