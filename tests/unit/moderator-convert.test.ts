import { describe, expect, it } from 'vitest';
import type { CommentDoc } from '../../core/src/docs.ts';
import { FORMER_MEMBER, queueItemFromDoc } from '../../widget/src/client/moderator/convert.ts';

const at = { toMillis: () => 1_700_000_000_000 };

function doc(name: string): CommentDoc<typeof at> {
  return {
    siteId: 's',
    threadId: 't',
    parentId: null,
    rootId: 'c',
    depth: 0,
    author: { uid: name ? 'u1' : '', name, avatar: null, provider: 'guest', badges: [] },
    body: 'text',
    tree: [],
    status: 'approved',
    visible: true,
    createdAt: at,
    updatedAt: at,
    editedAt: null,
    reactions: {},
    score: 0,
    replyCount: 0,
    pinned: false,
    revision: 3,
  };
}

describe("the console's queue items", () => {
  it('name the author of a deleted account "Former member"', () => {
    expect(queueItemFromDoc('c', doc('')).author.name).toBe(FORMER_MEMBER);
  });

  it('keep every other author as they signed', () => {
    expect(queueItemFromDoc('c', doc('Ann')).author).toMatchObject({ name: 'Ann', uid: 'u1' });
    expect(queueItemFromDoc('c', doc('Ann')).revision).toBe(3);
  });
});
