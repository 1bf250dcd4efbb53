import { storage } from '../session/storage.ts';

/** Where the comment being replied to is kept while the reader signs in on another page. */
const keyOf = (site: string, thread: string) => `parley:replying:${site}:${thread}`;

/**
 * The reply box a reader left from to sign in (an email link, the publisher's login page), kept on
 * this browser beside its draft, so the box reopens with its text once they are back and signed
 * in, in this tab or in the one the link opens.
 */
export const replyReturn = {
  /** Remembers the composer the reader leaves from: a reply's parent id, or null for the thread's own composer. */
  leave(site: string, thread: string, parentId: string | null): void {
    if (parentId) storage.set(keyOf(site, thread), parentId);
    else storage.remove(keyOf(site, thread));
  },
  /** The comment whose reply box to reopen, if any; forgotten once asked. */
  take(site: string, thread: string): string | null {
    const parentId = storage.get(keyOf(site, thread));
    storage.remove(keyOf(site, thread));
    return parentId;
  },
};
