import { describe, expect, it } from 'vitest';
import { buildThread, countNodes, type ThreadNode } from '../../core/src/thread-order.ts';
import type { Comment } from '../../core/src/types.ts';

function comment(id: string, parentId: string | null, createdAt: number, extra: Partial<Comment> = {}): Comment {
  return {
    id,
    siteId: 's',
    threadId: 't',
    parentId,
    rootId: id,
    depth: 0,
    author: { uid: `u-${id}`, name: `Name ${id}`, avatar: null, provider: 'guest', badges: [] },
    tree: [],
    status: 'approved',
    createdAt,
    editedAt: null,
    reactions: {},
    replyCount: 0,
    pinned: false,
    ...extra,
  };
}

const ids = (nodes: ThreadNode[]) => nodes.map((node) => node.comment.id);

describe('buildThread', () => {
  const flat = [comment('a', null, 1), comment('b', null, 2, { reactions: { like: 5 } }), comment('c', null, 3, { pinned: true })];

  it.each([
    ['oldest', ['c', 'a', 'b']],
    ['newest', ['c', 'b', 'a']],
    ['top', ['c', 'b', 'a']],
  ] as const)('orders top-level comments by %s with pinned first', (order, expected) => {
    expect(ids(buildThread(flat, order))).toEqual(expected);
  });

  it('nests replies oldest first under their parent', () => {
    const thread = buildThread([comment('a', null, 1), comment('r2', 'a', 5), comment('r1', 'a', 4)], 'newest');
    expect(ids(thread[0]!.children)).toEqual(['r1', 'r2']);
  });

  it('nests three levels and lists deeper replies flat at the third, after the reply they descend from, saying whom they answer', () => {
    const chain = [
      comment('l0', null, 1),
      comment('l1', 'l0', 2),
      comment('l2', 'l1', 3),
      comment('l2b', 'l1', 4),
      comment('l3', 'l2', 5),
      comment('l4', 'l3', 6),
    ];
    const level2 = buildThread(chain, 'oldest')[0]!.children[0]!;
    expect(level2.comment.id).toBe('l1');
    expect(ids(level2.children)).toEqual(['l2', 'l3', 'l4', 'l2b']);
    expect(level2.children.map((node) => node.replyTo?.id ?? null)).toEqual([null, 'l2', 'l3', null]);
    expect(level2.children[2]!.replyTo).toEqual({ id: 'l3', name: 'Name l3' });
    expect(level2.children.every((node) => node.children.length === 0)).toBe(true);
  });

  it('keeps a deleted third-level reply as a placeholder while deeper replies to it are shown', () => {
    const chain = [comment('l0', null, 1), comment('l1', 'l0', 2), comment('gone', 'l1', 3, { status: 'deleted' }), comment('l3', 'gone', 4), comment('lone', 'l1', 5, { status: 'deleted' })];
    expect(ids(buildThread(chain, 'oldest')[0]!.children[0]!.children)).toEqual(['gone', 'l3']);
  });

  it('keeps a deleted comment as a placeholder only while it has shown replies', () => {
    const thread = buildThread([comment('d', null, 1, { status: 'deleted' }), comment('r', 'd', 2), comment('lone', null, 3, { status: 'deleted' })], 'oldest');
    expect(ids(thread)).toEqual(['d']);
    expect(ids(thread[0]!.children)).toEqual(['r']);
  });

  it('leaves out replies whose parent is not loaded', () => {
    expect(countNodes(buildThread([comment('a', null, 1), comment('orphan', 'missing', 2)], 'oldest'))).toBe(1);
  });
});
