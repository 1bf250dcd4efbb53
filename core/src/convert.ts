import type { ChangeDoc, CommentDoc } from './docs.ts';
import type { Comment, ThreadChange } from './types.ts';

/** Any SDK's Timestamp (Admin or web): both convert to milliseconds. */
export interface Millis {
  toMillis(): number;
}

/** Converts a stored comment to the domain type (times in milliseconds). */
export function commentFromDoc(id: string, doc: CommentDoc<Millis>): Comment {
  return {
    id,
    siteId: doc.siteId,
    threadId: doc.threadId,
    parentId: doc.parentId,
    rootId: doc.rootId,
    depth: doc.depth,
    author: doc.author,
    tree: doc.tree,
    status: doc.status,
    createdAt: doc.createdAt.toMillis(),
    editedAt: doc.editedAt ? doc.editedAt.toMillis() : null,
    reactions: doc.reactions ?? {},
    replyCount: doc.replyCount ?? 0,
    pinned: doc.pinned ?? false,
  };
}

/** Converts a change-feed entry to the domain type. */
export function changeFromDoc(doc: ChangeDoc<Millis>): ThreadChange {
  return {
    commentId: doc.commentId,
    kind: doc.kind,
    comment: doc.comment ? commentFromDoc(doc.commentId, doc.comment) : null,
    before: doc.before,
    at: doc.at.toMillis(),
  };
}
