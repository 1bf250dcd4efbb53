import type { Comment, ThreadChange, ThreadSnapshot } from '../../../core/src/types.ts';
import type { ThreadQuery } from './snapshot-request.ts';

/** A guest's details, typed into the composer. */
export interface GuestDetails {
  name: string;
  email: string;
  website: string;
}

/** A comment to post. */
export interface NewComment {
  site: string;
  thread: { id?: string | undefined; url: string; title: string };
  parentId: string | null;
  body: string;
  guest: GuestDetails | null;
  /** Same id for retries of the same text, so the server stores it once. */
  requestId: string;
  /** The hidden honeypot field's value. */
  hp: string;
}

/** Stops a listener. */
export type Unsubscribe = () => void;

/**
 * Everything the reader widget asks of the outside world. Components and models depend only on
 * this; `createFirebaseReaderClient` talks to Firebase and `createMemoryClient` serves tests.
 * Every method rejects with a `ParleyError`.
 */
export interface ReaderClient {
  /** Fetches a page of the thread (first paint and "load more"). */
  loadThread(query: ThreadQuery): Promise<ThreadSnapshot>;
  /** Listens for public changes to the thread after `since` (ms). */
  watchThread(threadId: string, since: number, onChanges: (changes: ThreadChange[]) => void, onError: (error: unknown) => void): Unsubscribe;
  /** Starts loading what writing needs (auth, functions) when the reader begins to type. */
  prepareToWrite(): void;
  /** Posts a comment; resolves with it as stored (its status tells whether it awaits moderation). */
  createComment(comment: NewComment): Promise<Comment>;
}
