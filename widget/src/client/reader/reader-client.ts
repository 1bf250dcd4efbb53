import type { ExportResult, ReactResult } from '../../../../core/src/api.ts';
import type { Comment, Provider, Reaction, ReportReason, SocialProvider, ThreadChange, ThreadSnapshot, Unsubscribe } from '../../../../core/src/types.ts';
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

export type { SocialProvider, Unsubscribe };

/** Who this browser is signed in as: a guest (anonymous account) or a signed-in account. */
export interface Account {
  uid: string;
  /** The display name comments carry; empty until the reader picks one (email-link accounts). */
  name: string;
  /** The provider's profile photo, or null (the widget draws one from the uid). */
  avatar: string | null;
  provider: Provider;
}

/**
 * What signing in did to the guest account this browser had: `linked` when it became the new
 * account (same uid, so earlier guest comments stay the reader's), `left` when the reader
 * signed in to another account instead (the guest comments stay, under the guest name, but this
 * browser no longer holds the guest account), null when there was no guest.
 */
export type GuestOutcome = 'linked' | 'left' | null;

/** The result of a sign-in. */
export interface SignInResult {
  account: Account;
  guest: GuestOutcome;
}

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
  /** Starts loading what writing needs (auth, functions) when the reader begins to type; with `social`, the popup sign-in too. */
  prepareToWrite(social?: boolean): void;
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

  /** Follows who is signed in on this browser (loads Auth); called at once and on every change. */
  watchAccount(onAccount: (account: Account | null) => void): Unsubscribe;
  /** Mails a passwordless sign-in link that leads back to `continueUrl` (this page). */
  sendSignInLink(site: string, email: string, continueUrl: string): Promise<void>;
  /**
   * Completes an email-link sign-in opened at `url`; the address must be the one the link was
   * sent to. With `linkGuest`, a guest account on this browser becomes the signed-in account.
   */
  completeSignInLink(email: string, url: string, linkGuest: boolean): Promise<SignInResult>;
  /** Signs in with a social provider in a popup, keeping the guest account when Firebase can link it. */
  signInWithProvider(provider: SocialProvider): Promise<SignInResult>;
  /** Signs in with a publisher's signed token (site SSO). */
  signInWithSso(site: string, token: string): Promise<SignInResult>;
  signOut(): Promise<void>;
  /** Changes the signed-in reader's display name for future comments. */
  updateProfile(name: string): Promise<Account>;
  /**
   * Everything Parley stores about the reader ("download my data"). `uid` is who this browser
   * knows the reader as: when Auth holds another account (or none, its storage cleared), the
   * request is refused with `session-lost` instead of answering for a stranger or a new guest.
   */
  exportMyData(uid: string | null): Promise<ExportResult>;
  /** Deletes the reader's account and private data (`uid` as for exportMyData); the reader is signed out afterwards. */
  deleteMyAccount(uid: string | null): Promise<void>;
}
