import type { Provider } from './providers.ts';
import type { RenderNode } from './render-tree.ts';

export type { Provider, SocialProvider } from './providers.ts';
export type { ReportReason } from './moderation/reports.ts';

/**
 * Domain types shared by the widget, the console and the functions. Times are milliseconds since
 * the epoch; the client modules convert Firestore documents (`*Doc`) into these.
 */

/** Where a comment stands. Only `approved` comments (and `deleted` placeholders) are public. */
export type CommentStatus = 'approved' | 'pending' | 'rejected' | 'spam' | 'deleted';

/** The statuses readers see: approved comments, and deleted ones as placeholders. */
export type PublicStatus = 'approved' | 'deleted';

/** True when readers see a comment in this status (deleted ones as placeholders only). */
export function isPublicStatus(status: CommentStatus): status is PublicStatus {
  return status === 'approved' || status === 'deleted';
}

/**
 * Whether readers see a comment after a change to `status`: approved ones, and the "deleted"
 * placeholder of a comment readers saw before (it keeps its replies in place). A comment that
 * was never public leaves no placeholder when it is deleted.
 */
export function visibleAfter(status: CommentStatus, wasVisible: boolean): boolean {
  return status === 'approved' || (status === 'deleted' && wasVisible);
}

/** Badges shown beside a name; granted from custom claims or moderator decisions, never self-chosen. */
export type Badge = 'owner' | 'moderator' | 'trusted';

/** Reactions a reader can give a comment (one per reader per comment). */
export const REACTIONS = ['like', 'love', 'laugh', 'wow', 'sad'] as const;

/** One of the reactions. */
export type Reaction = (typeof REACTIONS)[number];

/** Stops a listener. */
export type Unsubscribe = () => void;

/** The public card of a comment's author. Never holds an email or anything derived from one. */
export interface AuthorCard {
  uid: string;
  name: string;
  /** Provider photo URL; null means the widget draws an avatar generated from the uid. */
  avatar: string | null;
  provider: Provider;
  badges: Badge[];
}

/** A comment as readers see it. */
export interface Comment {
  id: string;
  siteId: string;
  threadId: string;
  parentId: string | null;
  /** The top-level comment this one hangs under; its own id for top-level comments. */
  rootId: string;
  depth: number;
  author: AuthorCard;
  /** The safe render tree; empty for deleted placeholders. */
  tree: RenderNode[];
  status: CommentStatus;
  createdAt: number;
  editedAt: number | null;
  reactions: Partial<Record<Reaction, number>>;
  replyCount: number;
  pinned: boolean;
}

/** Moderation modes a site can choose. */
export type ModerationMode = 'post' | 'first-time' | 'pre';

/** Colour scheme of the widget. */
export type Theme = 'auto' | 'light' | 'dark';

/** Site configuration every reader may read. */
export interface PublicSite {
  id: string;
  name: string;
  locale: string;
  theme: Theme;
  /** Identity paths the site offers, in the order the picker shows them. */
  providers: Provider[];
  moderation: ModerationMode;
  /** How long after posting an author may edit, in seconds. */
  editWindowSec: number;
  /** Longest body allowed, in characters. */
  maxLength: number;
}

/** A thread (one per article). */
export interface Thread {
  id: string;
  siteId: string;
  key: string;
  url: string;
  title: string;
  /** Approved comments, replies included. */
  count: number;
  closed: boolean;
  /** True until the first comment creates the thread. */
  isNew: boolean;
}

/** Orders a reader can pick. */
export type SortOrder = 'oldest' | 'newest' | 'top';

/** What the thread snapshot endpoint answers: everything needed for the first paint. */
export interface ThreadSnapshot {
  site: PublicSite;
  thread: Thread;
  /** First page of top-level comments with their replies. */
  comments: Comment[];
  /** Cursor for the next page of top-level comments, or null at the end. */
  next: string | null;
  /** Server read time of this snapshot; the live listener asks for changes after it. */
  at: number;
}

/** One entry of a thread's public change feed. */
export interface ThreadChange {
  commentId: string;
  kind: 'upsert' | 'remove';
  comment: Comment | null;
  /** The comment's public status just before this change (null: it was not public), so a reader without it loaded can still keep the count. */
  before: PublicStatus | null;
  at: number;
}
