import type { Comment, SortOrder } from './types.ts';

/** A comment placed in the displayed thread. */
export interface ThreadNode {
  comment: Comment;
  children: ThreadNode[];
  /** Set when the reply is shown flattened below its parent's level: the parent's author and id. */
  replyTo: { id: string; name: string } | null;
}

/**
 * How many levels are shown nested (top-level comments, replies, replies to replies); deeper
 * replies are shown flat at the last level, saying whom they reply to. At least 2.
 */
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
 * order, replies oldest first under their parent, `visibleDepth` levels of nesting (top-level
 * comments, replies, replies to replies by default). Each reply at the last level is followed,
 * at that same level, by everything below it, oldest first, with `replyTo` naming the comment
 * it answers. Deleted comments are kept only as placeholders for replies that are still shown.
 * Replies whose parent is not in the list are left out.
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
  const repliesTo = (id: string) => (childrenOf.get(id) ?? []).sort(compareReplies);

  // `level` counts from 1 (top level); replies of a comment one level above the last are the last level.
  const place = (comment: Comment, level: number): ThreadNode | null => {
    const node: ThreadNode = { comment, children: [], replyTo: null };
    for (const reply of repliesTo(comment.id)) {
      if (level + 1 < visibleDepth) {
        const child = place(reply, level + 1);
        if (child) node.children.push(child);
        continue;
      }
      const below: ThreadNode[] = [];
      for (const deeper of repliesTo(reply.id)) collectFlat(deeper, reply, below);
      below.sort((a, b) => compareReplies(a.comment, b.comment));
      if (reply.status !== 'deleted' || below.length > 0) node.children.push({ comment: reply, children: [], replyTo: null }, ...below);
    }
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
    const node = place(root, 1);
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
