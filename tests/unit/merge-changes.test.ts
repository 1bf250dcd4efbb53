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
const upsert = (value: Comment, before: ThreadChange['before'] = 'approved'): ThreadChange => ({ commentId: value.id, kind: 'upsert', comment: value, before, at: 2 });
const remove = (id: string, before: ThreadChange['before'] = 'approved'): ThreadChange => ({ commentId: id, kind: 'remove', comment: null, before, at: 2 });
const added = (value: Comment) => upsert(value, null);
const mine = (value: Comment) => value.author.uid === 'me';
const me = { uid: 'me', name: 'Me', avatar: null, provider: 'guest' as const, badges: [] };

describe('mergeChanges', () => {
  const shown = new Map([['a', comment('a')]]);

  it.each([
    ["another reader's new comment waits", [added(comment('n'))], ['a'], ['n'], 1],
    ["the reader's own new comment goes straight in", [added(comment('n', { author: me }))], ['a', 'n'], [], 1],
    ['an edit applies in place', [upsert(comment('a', { editedAt: 3 }))], ['a'], [], 0],
    ['a removal applies in place', [remove('a')], [], [], -1],
    ['a deletion keeps the placeholder in place', [upsert(comment('a', { status: 'deleted' }))], ['a'], [], -1],
    ['a placeholder of a comment not shown is ignored', [upsert(comment('x', { status: 'deleted' }))], ['a'], [], -1],
    ['a reply to a comment not loaded is ignored, and counted', [added(comment('r', { parentId: 'elsewhere', rootId: 'elsewhere' }))], ['a'], [], 1],
    ['a reply to a shown comment waits', [added(comment('r', { parentId: 'a', rootId: 'a' }))], ['a'], ['r'], 1],
    ['a new comment removed before it was shown disappears', [added(comment('n')), remove('n')], ['a'], [], 0],
    ['an edit of a comment not loaded leaves the count', [upsert(comment('p2', { editedAt: 3 }))], ['a'], [], 0],
    ['a removal of a comment not loaded lowers the count', [remove('p2')], ['a'], [], -1],
    ['a deletion of a comment not loaded lowers the count', [upsert(comment('p2', { status: 'deleted' }))], ['a'], [], -1],
    ['a removal of a placeholder not loaded leaves the count', [remove('p2', 'deleted')], ['a'], [], 0],
    ['the approval of a held comment not loaded raises the count', [added(comment('p2'))], ['a'], ['p2'], 1],
    ['an approved reply to a comment not loaded raises the count', [added(comment('r2', { parentId: 'p2', rootId: 'p2' }))], ['a'], [], 1],
  ] as const)('%s', (_name, changes, shownIds, waitingIds, delta) => {
    const merged = mergeChanges(shown, new Map(), changes, mine);
    expect([...merged.shown.keys()]).toEqual(shownIds);
    expect([...merged.waiting.keys()]).toEqual(waitingIds);
    expect(merged.countDelta).toBe(delta);
  });

  it("counts the reader's own change by the copy the reader has, which the server's answer already counted", () => {
    // The author deleted their comment: the answer lowered the count and placed the placeholder; the feed's echo moves nothing.
    const placeholder = comment('o', { author: me, status: 'deleted' });
    const merged = mergeChanges(new Map([['o', placeholder]]), new Map(), [upsert(placeholder, 'approved')], mine);
    expect(merged.countDelta).toBe(0);
  });

  it("keeps the reader's own comment awaiting moderation when its public copy is removed", () => {
    const held = comment('h', { author: me, status: 'pending' });
    const merged = mergeChanges(new Map([['h', held]]), new Map(), [remove('h')], mine);
    expect(merged.shown.get('h')).toBe(held);
  });

  it("applies the removal of the reader's own published comment, and lists it so the widget can ask what became of it", () => {
    const own = comment('o', { author: me });
    const merged = mergeChanges(new Map([['o', own], ['a', comment('a')]]), new Map(), [remove('o'), remove('a')], mine);
    expect([...merged.shown.keys()]).toEqual([]);
    expect(merged.removedOwn).toEqual([own]);
    expect(merged.countDelta).toBe(-2);
  });
});
