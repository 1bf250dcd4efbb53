import type { Comment, SortOrder } from './types.ts';

/** A comment placed in the displayed thread. */
export interface ThreadNode {
  comment: Comment;
  children: ThreadNode[];
  /** Set when the reply is shown flattened below its parent's level: the parent's author and id. */
  replyTo: { id: string; name: string } | null;
}

/** How many levels are shown nested; deeper replies are shown flat at the last level. */
export const DEFAULT_VISIBLE_DEPTH = 3;

function score(comment: Comment): number {
  let total = 0;
  for (const count of Object.values(comment.reactions)) total += count ?? 0;
  return total;
}

/** Compares top-level comments: pinned first, then by the chosen order (ties by time, then id). */
export function compareTopLevel(order: SortOrder): (a: Comment, b: Comment) => number {
  return (a, b) => {
    if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
    if (order === 'top') {
      const diff = score(b) - score(a);
      if (diff !== 0) return diff;
    }
    const time = order === 'oldest' ? a.createdAt - b.createdAt : b.createdAt - a.createdAt;
    return time !== 0 ? time : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

function compareReplies(a: Comment, b: Comment): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Arranges a flat list of comments as the thread shows them: top-level comments in the chosen
 * order, replies oldest first under their parent, replies deeper than `visibleDepth` levels
 * flattened into the last level with `replyTo`, and deleted comments kept only as placeholders
 * for replies that are still shown. Replies whose parent is not in the list are left out.
 */
export function buildThread(comments: readonly Comment[], order: SortOrder, visibleDepth = DEFAULT_VISIBLE_DEPTH): ThreadNode[] {
  const byId = new Map<string, Comment>();
  for (const comment of comments) byId.set(comment.id, comment);
  const childrenOf = new Map<string, Comment[]>();
  for (const comment of byId.values()) {
    if (comment.parentId === null) continue;
    const list = childrenOf.get(comment.parentId);
    if (list) list.push(comment);
    else childrenOf.set(comment.parentId, [comment]);
  }

  const place = (comment: Comment, level: number, replyTo: ThreadNode['replyTo']): ThreadNode | null => {
    const node: ThreadNode = { comment, children: [], replyTo };
    const replies = (childrenOf.get(comment.id) ?? []).sort(compareReplies);
    for (const reply of replies) {
      if (level + 1 < visibleDepth) {
        const child = place(reply, level + 1, null);
        if (child) node.children.push(child);
      } else {
        // At the last visible level: this reply and all its descendants are listed flat.
        collectFlat(reply, comment, node.children);
      }
    }
    if (level + 1 >= visibleDepth) node.children.sort((a, b) => compareReplies(a.comment, b.comment));
    return comment.status === 'deleted' && node.children.length === 0 ? null : node;
  };

  const collectFlat = (comment: Comment, parent: Comment, into: ThreadNode[]) => {
    const before = into.length;
    for (const reply of childrenOf.get(comment.id) ?? []) collectFlat(reply, comment, into);
    const hasShownReplies = into.length > before;
    if (comment.status !== 'deleted' || hasShownReplies) {
      into.push({ comment, children: [], replyTo: { id: parent.id, name: parent.author.name } });
    }
  };

  const roots = [...byId.values()].filter((comment) => comment.parentId === null).sort(compareTopLevel(order));
  const thread: ThreadNode[] = [];
  for (const root of roots) {
    const node = place(root, 0, null);
    if (node) thread.push(node);
  }
  return thread;
}

/** Counts the nodes of a displayed thread (replies included). */
export function countNodes(nodes: readonly ThreadNode[]): number {
  let count = 0;
  for (const node of nodes) count += 1 + countNodes(node.children);
  return count;
}
