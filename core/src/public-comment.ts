import { isPublicStatus, type AuthorCard, type Comment, type CommentStatus, type PublicStatus } from './types.ts';

/**
 * The author card of a comment nobody may be named on: a deleted comment's placeholder, and the
 * comments of an author who deleted their account ("Former member"). A new object each time.
 */
export function noAuthor(): AuthorCard {
  return { uid: '', name: '', avatar: null, provider: 'guest', badges: [] };
}

/**
 * What readers may see of a comment. A deleted one keeps its place in the thread (its replies hang
 * on it) but neither its words, nor its author, nor its reactions. Works on the stored document
 * and on the domain type alike; the server also leaves out the Markdown source (see publicDoc).
 */
export function publicForm<C extends Pick<Comment, 'status' | 'tree' | 'author' | 'reactions'>>(comment: C): C {
  if (comment.status !== 'deleted') return comment;
  return { ...comment, tree: [], author: noAuthor(), reactions: {} };
}

/** A comment's state as far as readers are concerned: its status, and whether the thread shows it. */
export interface Visibility {
  status: CommentStatus;
  /** True while readers see it: approved, or the placeholder of a deleted comment they saw. */
  visible: boolean;
}

/**
 * The entry a change of a comment adds to its thread's public feed, or null when readers see no
 * difference: `upsert` while it is (still) public, `remove` once it stops being public, with its
 * public status before the change (null: it was not public) so readers keep the count right.
 */
export function publicChange(before: Visibility | null, after: Visibility): { kind: 'upsert' | 'remove'; before: PublicStatus | null } | null {
  const publicBefore = before?.visible && isPublicStatus(before.status) ? before.status : null;
  const isPublic = after.visible && isPublicStatus(after.status);
  if (!publicBefore && !isPublic) return null;
  return { kind: isPublic ? 'upsert' : 'remove', before: publicBefore };
}

/**
 * A comment as its author is told about it. Comments the system filed as spam (honeypot, shadow
 * ban) read as published, so neither a bot nor a shadow-banned author learns of it.
 */
export function authorView(comment: Comment): Comment {
  return comment.status === 'spam' ? { ...comment, status: 'approved' } : comment;
}
