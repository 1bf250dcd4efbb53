import type { RenderNode } from './render-tree.ts';
import type { AuthorCard, CommentStatus, ModerationMode, Provider, PublicStatus, Reaction, ReportReason, Theme } from './types.ts';

/**
 * Firestore document shapes, shared by the functions (Admin SDK) and the widget's client modules
 * (web SDK). `T` is the SDK's Timestamp type. The collections and who may read them are listed
 * in docs/data-model.md and enforced by firestore.rules.
 */

/** `sites/{siteId}`: public configuration, readable by anyone. */
export interface SiteDoc {
  name: string;
  locale: string;
  theme: Theme;
  providers: Provider[];
  moderation: ModerationMode;
  editWindowSec: number;
  maxLength: number;
  /** Origins allowed to embed the site's threads (empty: any origin). */
  origins: string[];
}

/** `threads/{threadId}`: one per article. The id is derived from the site and the canonical key. */
export interface ThreadDoc<T> {
  siteId: string;
  key: string;
  url: string;
  title: string;
  closed: boolean;
  /** Every new comment in this thread waits for a moderator. */
  premoderate: boolean;
  createdAt: T;
  /** When the latest comment was posted, to the minute (updated at most once a minute). */
  lastCommentAt: T | null;
}

/** `threads/{threadId}/counters/{shard}`: one slice of the thread's approved-comment count. */
export interface CounterShardDoc {
  siteId: string;
  threadId: string;
  approved: number;
}

/** `comments/{commentId}`: a comment. Public only while approved; its author and the site's moderators read it always. */
export interface CommentDoc<T> {
  siteId: string;
  threadId: string;
  parentId: string | null;
  rootId: string;
  depth: number;
  author: AuthorCard;
  /** Markdown source as the author wrote it (after text hygiene). */
  body: string;
  tree: RenderNode[];
  status: CommentStatus;
  /** True while the status is `approved` or `deleted`: what the thread snapshot shows. */
  visible: boolean;
  createdAt: T;
  updatedAt: T;
  editedAt: T | null;
  reactions: Partial<Record<Reaction, number>>;
  /** Sum of the reaction counts, for the "top" order. */
  score: number;
  replyCount: number;
  pinned: boolean;
  /** Incremented on every edit; action records name the revision they judged. */
  revision: number;
}

/** `commentPrivate/{commentId}`: what only moderators may read about a comment. */
export interface CommentPrivateDoc<T> {
  siteId: string;
  threadId: string;
  authorUid: string;
  email: string | null;
  ip: string | null;
  /** The address as the per-IP limits count it: `ip_<IPv4>` or `ip6_<IPv6 /64 network>`. */
  network: string | null;
  userAgent: string | null;
  /** The pipeline phase that decided the status, and why. */
  decision: { phase: string; reason: string };
  scores: { spam?: number; toxicity?: number };
  /** Earlier bodies, oldest first. */
  revisions: Array<{ body: string; at: T }>;
  /** Reports so far: how many, and by reason (the reported queue lists `count > 0`). */
  reports: { count: number; reasons: Partial<Record<ReportReason, number>> };
  createdAt: T;
}

/** `threads/{threadId}/changes/{id}`: public feed of visible changes, read by the live listener. */
export interface ChangeDoc<T> {
  commentId: string;
  kind: 'upsert' | 'remove';
  /** The comment as the public sees it (only approved or deleted placeholders), or null on removal. */
  comment: CommentDoc<T> | null;
  /**
   * The comment's public status just before this change, or null when it was not public (a new
   * comment, or one that was held, rejected or spam). With `comment` it says how the thread's
   * approved count moved, for readers who do not have the comment loaded.
   */
  before: PublicStatus | null;
  at: T;
  /** TTL field: the feed only has to outlive the snapshot cache. */
  expireAt: T;
}

/** `requests/{uid}_{requestId}`: remembers a create so a retried request returns the same comment. */
export interface RequestDoc<T> {
  commentId: string;
  createdAt: T;
  expireAt: T;
}

/** `users/{uid}`: a reader's private profile (the reader and moderators read it). */
export interface UserDoc<T> {
  name: string;
  email: string | null;
  website: string;
  provider: Provider;
  createdAt: T;
}

/** `moderationActions/{id}`: append-only record of every decision. */
export interface ModerationActionDoc<T> {
  siteId: string;
  /** The moderator's uid, or null when the system decided. */
  by: string | null;
  byName: string;
  action: string;
  commentId: string | null;
  revision: number | null;
  targetUid: string | null;
  reason: string;
  at: T;
}

/** Rate limits of a site (0 turns one off). */
export interface RateLimits {
  userPerMinute: number;
  userPerHour: number;
  ipPerMinute: number;
  ipPerHour: number;
  threadPerMinute: number;
}

/** `sites/{siteId}/private/settings`: moderation settings (moderators read, owners change). */
export interface SiteSettingsDoc {
  /** Comments containing these are refused. */
  bannedWords: string[];
  /** Comments containing these wait for a moderator. */
  suspectWords: string[];
  /** More links than this holds a comment for review. */
  linkLimit: number;
  /** This many reports hold an approved comment for review. */
  reportThreshold: number;
  rateLimits: RateLimits;
  /** What happens to a deleted account's comments. */
  accountDeletion: 'delete' | 'anonymise';
  /**
   * The site's owners' and moderators' display names, folded as the word lists are, each with
   * the uid of the one staff member who may post under it.
   */
  reservedNames: Record<string, string>;
  /** Whether an SSO secret exists (the secret itself is unreadable to clients), and when it was last made, in ms. */
  ssoConfigured?: boolean;
  ssoRotatedAt?: number;
}

/** `sites/{siteId}/private/secrets`: keys no client reads. */
export interface SiteSecretsDoc {
  /** HMAC-SHA256 secret for publisher SSO payloads. */
  ssoSecret?: string;
  /** Akismet-compatible spam service. */
  spam?: { endpoint: string; key: string; blog: string };
  /** Perspective-compatible toxicity service; `threshold` (0 to 1) and above holds the comment. */
  toxicity?: { endpoint: string; key: string; threshold: number };
}

/** `siteUsers/{siteId}_{uid}`: a user's standing and history on one site (moderators read). */
export interface SiteUserDoc<T> {
  siteId: string;
  uid: string;
  name: string;
  provider: Provider;
  joinedAt: T;
  /** Comments by status, kept as decisions change them. */
  counts: { approved: number; pending: number; rejected: number; spam: number };
  trusted: boolean;
  ban: { until: T | null; shadow: boolean; reason: string; by: string; at: T } | null;
  /** Recent posts for rate limits and duplicate detection: time (ms) and a hash of the text. */
  recent: Array<{ at: number; hash: string }>;
}

/** `reactions/{commentId}_{uid}`: one reader's reaction to one comment. */
export interface ReactionDoc<T> {
  siteId: string;
  commentId: string;
  uid: string;
  reaction: Reaction;
  at: T;
}

/** `reports/{commentId}_{uid}`: one reader's report of one comment (moderators read). */
export interface ReportDoc<T> {
  siteId: string;
  threadId: string;
  commentId: string;
  uid: string;
  reason: ReportReason;
  details: string;
  at: T;
}

/** `siteStats/{siteId}_{YYYY-MM-DD}`: comments per day by outcome, for the console's activity chart (moderators read). */
export interface SiteDayStatsDoc {
  siteId: string;
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  approved: number;
  pending: number;
  rejected: number;
  spam: number;
}

/** `siteRoles/{siteId}_{uid}`: who holds a role on a site, mirroring the custom claims (owners read). */
export interface SiteRoleDoc<T> {
  siteId: string;
  uid: string;
  email: string;
  role: 'owner' | 'moderator';
  grantedBy: string | null;
  at: T;
}
