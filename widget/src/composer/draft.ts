import { signal, type ReadonlySignal } from '@preact/signals';
import { storage } from '../session/storage.ts';

/** The text of one composer, saved on this browser as it is typed. */
export interface Draft {
  readonly text: ReadonlySignal<string>;
  set(text: string): void;
}

/** Where the draft of one composer is kept on this browser. */
export function draftKey(site: string, thread: string, parentId: string | null): string {
  return `parley:draft:${site}:${thread}:${parentId ?? 'top'}`;
}

/**
 * Drafts of one thread, by the comment replied to (null for the thread's own composer). Part of
 * the first paint, so text typed before the composer's code arrives is kept; it survives a reload,
 * a failed post and a sign-in round trip, and goes only when the server has stored the comment.
 */
export function createDrafts(site: string, thread: string): (parentId: string | null) => Draft {
  const drafts = new Map<string | null, Draft>();
  return (parentId) => {
    let draft = drafts.get(parentId);
    if (!draft) {
      const key = draftKey(site, thread, parentId);
      const text = signal(storage.get(key) ?? '');
      draft = {
        text,
        set(value) {
          text.value = value;
          if (value) storage.set(key, value);
          else storage.remove(key);
        },
      };
      drafts.set(parentId, draft);
    }
    return draft;
  };
}
