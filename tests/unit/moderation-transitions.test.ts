import { describe, expect, it } from 'vitest';
import { moderationOutcome, transition } from '../../core/src/moderation/transitions.ts';

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

  it('leaves a comment emptied by its author deleting their account as it is', () => {
    const emptied = { status: 'deleted', pinned: false, body: '' } as const;
    for (const action of ['restore', 'approve', 'reject', 'spam', 'pin'] as const) expect(transition(action, emptied), action).toBe('invalid');
    for (const action of ['delete', 'unpin'] as const) expect(transition(action, emptied), action).toBe('unchanged');
    expect(transition('restore', { status: 'deleted', pinned: false, body: 'Withdrawn by its author' })).toEqual({ status: 'approved', pinned: false });
  });
});

describe('moderation outcomes (what moderateComments answers and logs)', () => {
  it.each([
    ['approve', 'pending', 0, { status: 'approved', pinned: false, logged: 'approve', settlesReports: false }],
    ['approve', 'pending', 2, { status: 'approved', pinned: false, logged: 'approve', settlesReports: true }],
    ['approve', 'approved', 0, 'unchanged'],
    ['approve', 'approved', 3, { status: 'approved', pinned: false, logged: 'dismiss-reports', settlesReports: true }],
    ['approve', 'deleted', 3, 'invalid'],
    ['reject', 'approved', 0, { status: 'rejected', pinned: false, logged: 'reject', settlesReports: true }],
    ['spam', 'pending', 0, { status: 'spam', pinned: false, logged: 'spam', settlesReports: true }],
    ['restore', 'rejected', 0, { status: 'approved', pinned: false, logged: 'restore', settlesReports: false }],
    ['reject', 'rejected', 0, 'unchanged'],
    ['pin', 'pending', 0, 'invalid'],
  ] as const)('%s on a %s comment with %i open reports', (action, status, reports, expected) => {
    expect(moderationOutcome(action, { status, pinned: false }, reports)).toEqual(expected);
  });
});
