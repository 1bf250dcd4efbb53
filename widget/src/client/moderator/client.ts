import type { BanInfo, ModerateResult, UserStandingResult } from '../../../../core/src/api.ts';
import type { ModerationActionDoc, RateLimits, SiteDoc, SiteSettingsDoc } from '../../../../core/src/docs.ts';
import type { ModerationAction, UpdateSiteRequest } from '../../../../core/src/moderator-requests.ts';
import type { SocialProvider } from '../../../../core/src/providers.ts';
import type { Comment, Provider, ReportReason, Unsubscribe } from '../../../../core/src/types.ts';
import type { ParleyError } from '../parley-error.ts';

/**
 * Everything the moderation console asks of the outside world. The console's models and
 * components depend only on this interface; `createModeratorClient` (moderator-firebase.ts) talks
 * to Firebase and `createMemoryModeratorClient` (moderator-memory.ts) serves component tests.
 * Kept apart from the reader client: none of it ships to readers. Every method that can fail
 * rejects (or calls `onError`) with a `ParleyError`.
 */

/** A site role, from the custom claim `roles: { [siteId]: role }`. */
export type Role = 'owner' | 'moderator';

/** The signed-in console user, with their roles from custom claims. */
export interface Moderator {
  uid: string;
  email: string;
  name: string;
  roles: Record<string, Role>;
}

/** The queues the console offers. */
export type QueueName = 'pending' | 'reported' | 'spam' | 'rejected' | 'all';

/** Every queue, in tab order. */
export const QUEUE_NAMES: readonly QueueName[] = ['pending', 'reported', 'spam', 'rejected', 'all'];

/** What a queue listener asks for. */
export interface QueueQuery {
  siteId: string;
  queue: QueueName;
  order: 'newest' | 'oldest';
  /** Only this thread's comments, or all threads. */
  threadId: string | null;
  /** Only this author's comments, or everyone's. */
  authorUid: string | null;
  /** Page size (at most 100). */
  limit: number;
}

/** The filters queue sizes can be counted with: one thread, one author, both, or neither. */
export type QueueFilter = Pick<QueueQuery, 'threadId' | 'authorUid'>;

/** No filter: the whole site. */
export const NO_QUEUE_FILTER: QueueFilter = { threadId: null, authorUid: null };

/** A comment in a queue: as readers see it, plus its source and revision. */
export interface QueueItem extends Comment {
  body: string;
  revision: number;
}

/** What only moderators may know about a comment. */
export interface CommentPrivate {
  email: string | null;
  ip: string | null;
  userAgent: string | null;
  /** The pipeline phase that decided the comment's status, and why. */
  decision: { phase: string; reason: string };
  scores: { spam?: number; toxicity?: number };
  reports: { count: number; reasons: Partial<Record<ReportReason, number>> };
  /** Earlier bodies, oldest first. */
  revisions: Array<{ body: string; at: number }>;
}

/** One reader's report of a comment. */
export interface Report {
  id: string;
  uid: string;
  reason: ReportReason;
  details: string;
  at: number;
}

/** A user's standing and history on one site: the author card. */
export interface SiteUser {
  uid: string;
  name: string;
  provider: Provider;
  joinedAt: number;
  counts: { approved: number; pending: number; rejected: number; spam: number };
  trusted: boolean;
  ban: BanInfo | null;
}

/** A thread as the console lists it. */
export interface ThreadSummary {
  id: string;
  title: string;
  url: string;
  closed: boolean;
  premoderate: boolean;
  createdAt: number;
  lastCommentAt: number | null;
}

/** One page of a site's threads, newest first. */
export interface ThreadPage {
  threads: ThreadSummary[];
  /** True when older threads follow. */
  more: boolean;
}

/** Comment counts of one thread. */
export interface ThreadCounts {
  approved: number;
  pending: number;
}

/** One decision from the append-only log (times in ms). */
export type ActionRecord = Omit<ModerationActionDoc<number>, 'siteId'> & { id: string };

/** What the action log listener asks for. */
export interface LogQuery {
  siteId: string;
  /** A moderator's uid, `null` for the system's decisions, or undefined for everyone. */
  by?: string | null;
  action?: string;
  /** Inclusive start and exclusive end, in ms. */
  from?: number;
  to?: number;
  limit: number;
}

/** Comments of one UTC day by outcome. */
export interface DayStats {
  day: string;
  approved: number;
  pending: number;
  rejected: number;
  spam: number;
}

/** A site's configuration as the console edits it: public part and private settings. */
export interface SiteConfig {
  site: SiteDoc;
  /** Null when the site has no settings document yet (the functions' defaults apply). */
  settings: SiteSettingsDoc | null;
}

/** Someone who holds a role on a site. */
export interface RoleHolder {
  uid: string;
  email: string;
  role: Role;
  grantedBy: string | null;
  at: number;
}

/** Queue sizes by queue. */
export type QueueCounts = Record<QueueName, number>;


/** What completing an email link found: no link in the address, signed in, or the email is needed. */
export type EmailLinkState = 'none' | 'signed-in' | 'needs-email';

/** A listener's error callback. */
export type OnError = (error: ParleyError) => void;

/** A changed subset of a site's configuration, as `updateSite` takes it. */
export type SiteChanges = Omit<UpdateSiteRequest, 'siteId'>;

export type { BanInfo, ModerateResult, RateLimits, ReportReason, SocialProvider, Unsubscribe, UserStandingResult };

/** The moderation console's view of Firebase. */
export interface ModeratorClient {
  /** Calls back with the signed-in user (null when signed out) now and on every change of user or token. */
  onModerator(listener: (moderator: Moderator | null) => void): Unsubscribe;
  /** Signs in with email and password. */
  signInWithPassword(email: string, password: string): Promise<void>;
  /** Mails a sign-in link that returns to this page; remembers the address for the return. */
  sendSignInLink(email: string): Promise<void>;
  /** Finishes an email-link sign-in when the page was opened from one (`email` when opened on another device). */
  completeSignInLink(email?: string): Promise<EmailLinkState>;
  /** Signs in with a social provider in a popup. */
  signInWithProvider(provider: SocialProvider): Promise<void>;
  /** Fetches a fresh token so newly granted roles apply without signing out. */
  refreshRoles(): Promise<void>;
  /** Signs out. */
  signOut(): Promise<void>;

  /** Listens to a queue: calls back with its items (newest or oldest first) on every change. */
  watchQueue(query: QueueQuery, onItems: (items: QueueItem[]) => void, onError: OnError): Unsubscribe;
  /** Counts every queue of a site (of one thread, one author, or both, when filtered) with count() aggregations. */
  countQueues(siteId: string, filter?: QueueFilter): Promise<QueueCounts>;
  /** Listens to a comment's private details (null when missing). */
  watchPrivate(siteId: string, commentId: string, onValue: (value: CommentPrivate | null) => void): Unsubscribe;
  /** Listens to the reports on one comment, newest first. */
  watchReports(siteId: string, commentId: string, onValue: (reports: Report[]) => void): Unsubscribe;
  /** Listens to a user's standing on a site (null before their first comment). */
  watchSiteUser(siteId: string, uid: string, onValue: (user: SiteUser | null) => void): Unsubscribe;
  /** Reads one comment (a reply's parent); null when missing. */
  getComment(commentId: string): Promise<QueueItem | null>;
  /** Reads one thread; null when missing. */
  getThread(threadId: string): Promise<ThreadSummary | null>;
  /** Listens to a site's newest threads, newest first (`size` at most 100, as the rules require). */
  watchThreads(siteId: string, size: number, onThreads: (threads: ThreadSummary[]) => void, onError: OnError): Unsubscribe;
  /** Reads a page of a site's threads once, newest first: the first page, or those older than the thread `after` (`size` at most 99). */
  listThreads(siteId: string, after: string | null, size: number): Promise<ThreadPage>;
  /** Counts one thread's approved and pending comments. */
  countThread(siteId: string, threadId: string): Promise<ThreadCounts>;
  /** Listens to the action log, newest first. */
  watchLog(query: LogQuery, onRecords: (records: ActionRecord[]) => void, onError: OnError): Unsubscribe;
  /** Listens to the daily statistics from `fromDay` (YYYY-MM-DD, UTC) on. */
  watchStats(siteId: string, fromDay: string, onDays: (days: DayStats[]) => void, onError: OnError): Unsubscribe;
  /** Listens to a site's configuration. */
  watchSite(siteId: string, onConfig: (config: SiteConfig) => void, onError: OnError): Unsubscribe;
  /** Listens to who holds roles on a site (owners only). */
  watchRoles(siteId: string, onRoles: (holders: RoleHolder[]) => void, onError: OnError): Unsubscribe;

  /** One decision on 1 to 100 comments. */
  moderate(siteId: string, ids: string[], action: ModerationAction, reason?: string): Promise<ModerateResult>;
  /** Bans a user for some hours, or for good (`hours: null`); a shadow ban hides their comments from everyone but them. */
  banUser(siteId: string, uid: string, hours: number | null, shadow: boolean, reason: string): Promise<UserStandingResult>;
  /** Lifts a ban. */
  unbanUser(siteId: string, uid: string, reason: string): Promise<UserStandingResult>;
  /** Trusts a user (their comments skip first-time review) or stops trusting them. */
  trustUser(siteId: string, uid: string, trusted: boolean): Promise<UserStandingResult>;
  /** Closes, reopens or pre-moderates a thread. */
  setThreadState(siteId: string, threadId: string, state: { closed?: boolean; premoderate?: boolean }): Promise<void>;
  /** Changes a site's configuration (owners). */
  updateSite(siteId: string, changes: SiteChanges): Promise<void>;
  /** Grants the moderator role to an account by email, or revokes it (owners). */
  setModerator(siteId: string, email: string, role: 'moderator' | null): Promise<void>;
  /** Creates or replaces the site's SSO secret; the answer is the only time it is shown (owners). */
  rotateSsoSecret(siteId: string): Promise<string>;
}
