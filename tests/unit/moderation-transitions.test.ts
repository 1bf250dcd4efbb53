import { describe, expect, it } from 'vitest';
import { transition } from '../../core/src/moderation/transitions.ts';

describe('moderator transitions', () => {
  it.each([
    ['approve', 'pending', false, { status: 'approved', pinned: false }],
    ['approve', 'approved', false, 'unchanged'],
    ['approve', 'deleted', false, 'invalid'],
    ['reject', 'approved', true, { status: 'rejected', pinned: false }],
    ['spam', 'pending', false, { status: 'spam', pinned: false }],
    ['delete', 'approved', true, { status: 'deleted', pinned: false }],
    ['restore', 'deleted', false, { status: 'approved', pinned: false }],
    ['restore', 'rejected', false, { status: 'approved', pinned: false }],
    ['pin', 'approved', false, { status: 'approved', pinned: true }],
    ['pin', 'pending', false, 'invalid'],
    ['unpin', 'approved', true, { status: 'approved', pinned: false }],
    ['unpin', 'approved', false, 'unchanged'],
  ] as const)('%s on a %s comment (pinned: %s)', (action, status, pinned, expected) => {
    expect(transition(action, { status, pinned })).toEqual(expected);
  });

  it('refuses to restore a comment emptied by its author deleting their account', () => {
    expect(transition('restore', { status: 'deleted', pinned: false, body: '' })).toBe('invalid');
    expect(transition('restore', { status: 'deleted', pinned: false, body: 'Withdrawn by its author' })).toEqual({ status: 'approved', pinned: false });
  });
});
