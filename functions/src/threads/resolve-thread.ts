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

/** A page's thread: the stored one, or the one its first comment will create (`isNew`). */
export interface ResolvedThread {
  threadId: string;
  thread: ThreadDoc<Timestamp>;
  isNew: boolean;
}

/**
 * Finds the page's thread, or describes the thread its first comment creates, without writing:
 * a refused comment must leave no thread behind. The id comes from the site and the canonical
 * key, so concurrent first comments agree on it; the comment's own batch creates the document
 * (see `commitCreate` in comments/create-comment.ts).
 */
export async function resolveThread(siteId: string, ref: ThreadRef): Promise<ResolvedThread> {
  const { threadId, key } = resolveThreadId(siteId, ref);
  const found = (await col.threads().doc(threadId).get()).data();
  if (found) return { threadId, thread: checkedThread(found, siteId), isNew: false };
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
  return { threadId, thread, isNew: true };
}

/** A stored thread, refused when it belongs to another site. */
export function checkedThread(found: ThreadDoc<Timestamp>, siteId: string): ThreadDoc<Timestamp> {
  if (found.siteId !== siteId) refuse('thread-invalid');
  return found;
}
