import { describe, expect, it } from 'vitest';
import type { Comment, ThreadChange } from '../../core/src/types.ts';
import { mergeChanges } from '../../widget/src/thread/merge-changes.ts';

function comment(id: string, extra: Partial<Comment> = {}): Comment {
  return {
    id,
    siteId: 's',
    threadId: 't',
    parentId: null,
    rootId: id,
    depth: 0,
    author: { uid: `u-${id}`, name: id, avatar: null, provider: 'guest', badges: [] },
    tree: [],
    status: 'approved',
    createdAt: 1,
    editedAt: null,
    reactions: {},
    replyCount: 0,
    pinned: false,
    ...extra,
  };
}
const upsert = (value: Comment): ThreadChange => ({ commentId: value.id, kind: 'upsert', comment: value, at: 2 });
const remove = (id: string): ThreadChange => ({ commentId: id, kind: 'remove', comment: null, at: 2 });
const mine = (value: Comment) => value.author.uid === 'me';
const me = { uid: 'me', name: 'Me', avatar: null, provider: 'guest' as const, badges: [] };

describe('mergeChanges', () => {
  const shown = new Map([['a', comment('a')]]);

  it.each([
    ["another reader's new comment waits", [upsert(comment('n'))], ['a'], ['n'], 1],
    ["the reader's own new comment goes straight in", [upsert(comment('n', { author: me }))], ['a', 'n'], [], 1],
    ['an edit applies in place', [upsert(comment('a', { editedAt: 3 }))], ['a'], [], 0],
    ['a removal applies in place', [remove('a')], [], [], -1],
    ['a deletion keeps the placeholder in place', [upsert(comment('a', { status: 'deleted' }))], ['a'], [], -1],
    ['a placeholder of a comment not shown is ignored', [upsert(comment('x', { status: 'deleted' }))], ['a'], [], 0],
    ['a reply to a comment not loaded is ignored', [upsert(comment('r', { parentId: 'elsewhere', rootId: 'elsewhere' }))], ['a'], [], 1],
    ['a reply to a shown comment waits', [upsert(comment('r', { parentId: 'a', rootId: 'a' }))], ['a'], ['r'], 1],
    ['a new comment removed before it was shown disappears', [upsert(comment('n')), remove('n')], ['a'], [], 0],
  ] as const)('%s', (_name, changes, shownIds, waitingIds, delta) => {
    const merged = mergeChanges(shown, new Map(), changes, mine);
    expect([...merged.shown.keys()]).toEqual(shownIds);
    expect([...merged.waiting.keys()]).toEqual(waitingIds);
    expect(merged.countDelta).toBe(delta);
  });

  it("keeps the reader's own comment awaiting moderation when its public copy is removed", () => {
    const held = comment('h', { author: me, status: 'pending' });
    const merged = mergeChanges(new Map([['h', held]]), new Map(), [remove('h')], mine);
    expect(merged.shown.get('h')).toBe(held);
  });
});
