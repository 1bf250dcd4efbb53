import type { ReactResult } from '../../../core/src/api.ts';
import type { ReportReason } from '../../../core/src/reader-requests.ts';
import type { Comment, Reaction, ThreadChange, ThreadSnapshot } from '../../../core/src/types.ts';
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

/** A report of someone else's comment. */
export interface NewReport {
  site: string;
  commentId: string;
  reason: ReportReason;
  /** Required when the reason is `illegal`. */
  details: string;
}

/** Stops a listener. */
export type Unsubscribe = () => void;

/**
 * Everything the reader widget asks of the outside world. Components and models depend only on
 * this; `createFirebaseReaderClient` talks to Firebase and `createMemoryClient` serves tests.
 * Every method rejects with a `ParleyError`.
 */
export interface ReaderClient {
  /** Fetches a page of the thread (first paint, "load more", a deep link's or a long chain's comments). */
  loadThread(query: ThreadQuery): Promise<ThreadSnapshot>;
  /** Listens for public changes to the thread after `since` (ms). */
  watchThread(threadId: string, since: number, onChanges: (changes: ThreadChange[]) => void, onError: (error: unknown) => void): Unsubscribe;
  /**
   * The reader's own comments in the thread, in any status, when this browser is still signed in
   * as `uid` (so comments awaiting moderation stay visible to their author after a reload).
   * Answers an empty list when it is not.
   */
  loadOwnComments(threadId: string, uid: string): Promise<Comment[]>;
  /** The Markdown source of one of the reader's own comments, for editing. */
  loadSource(commentId: string): Promise<string>;
  /** Starts loading what writing needs (auth, functions) when the reader begins to type. */
  prepareToWrite(): void;
  /** Posts a comment; resolves with it as stored (its status tells whether it awaits moderation). */
  createComment(comment: NewComment): Promise<Comment>;
  /** Replaces the text of the reader's comment; resolves with the comment after the edit. */
  editComment(site: string, commentId: string, body: string): Promise<Comment>;
  /** Deletes the reader's comment; resolves with the placeholder that keeps its replies in place. */
  deleteComment(site: string, commentId: string): Promise<Comment>;
  /** Sets the reader's one reaction to a comment; the same reaction again takes it back. */
  react(site: string, commentId: string, reaction: Reaction): Promise<ReactResult>;
  /** Reports someone else's comment to the site's moderators. */
  report(report: NewReport): Promise<void>;
}
