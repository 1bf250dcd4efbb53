import { describe, expect, it } from 'vitest';
import { AUTHOR_POSTS_KEPT, exceedsRate, recordPost, type RecentPost } from '../../core/src/moderation/rate.ts';
import { ModerateCommentsSchema, UpdateSiteSchema } from '../../core/src/moderator-requests.ts';
import { CreateCommentSchema } from '../../core/src/reader-requests.ts';
import { check } from '../../core/src/validation.ts';

const valid = {
  siteId: 'demo',
  thread: { url: 'https://example.com/a', title: 'A' },
  body: 'Hello',
  guest: { name: 'Ann', email: 'ann@example.com' },
  requestId: 'req-12345678',
};

describe('createComment requests', () => {
  it('accepts a valid guest comment and cleans it', () => {
    const result = check(CreateCommentSchema, { ...valid, body: '  Hello\r\nthere\u0000  ', guest: { name: '  Ann \n Lee ', email: 'ANN@Example.com' } });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ body: 'Hello\nthere', guest: { name: 'Ann Lee', email: 'ann@example.com', website: '' }, parentId: null, hp: '' }),
    });
  });

  it.each<[string, unknown, string]>([
    ['an empty body', { ...valid, body: '   ' }, 'body-empty'],
    ['a body of only control characters', { ...valid, body: '\u0000\u0007' }, 'body-empty'],
    ['a huge body', { ...valid, body: 'x'.repeat(20_001) }, 'body-too-long'],
    ['a missing name', { ...valid, guest: { email: 'ann@example.com' } }, 'name-missing'],
    ['a blank name', { ...valid, guest: { name: '  ', email: 'ann@example.com' } }, 'name-missing'],
    ['a long name', { ...valid, guest: { name: 'n'.repeat(51), email: 'ann@example.com' } }, 'name-too-long'],
    ['a missing email', { ...valid, guest: { name: 'Ann' } }, 'email-missing'],
    ['an invalid email', { ...valid, guest: { name: 'Ann', email: 'ann-at-example' } }, 'email-invalid'],
    ['a javascript: website', { ...valid, guest: { ...valid.guest, website: 'javascript:alert(1)' } }, 'website-invalid'],
    ['an ftp website', { ...valid, guest: { ...valid.guest, website: 'ftp://example.com' } }, 'website-invalid'],
    ['a lone surrogate in the body', { ...valid, body: 'a\uD800b' }, 'invalid-text'],
    ['an unknown field', { ...valid, status: 'approved' }, 'invalid-request'],
    ['a server-owned field in the guest', { ...valid, guest: { ...valid.guest, uid: 'x' } }, 'invalid-request'],
    ['a body of the wrong type', { ...valid, body: 42 }, 'invalid-request'],
    ['a missing request id', { ...valid, requestId: undefined }, 'invalid-request'],
    ['a non-http thread URL', { ...valid, thread: { url: 42 } }, 'thread-invalid'],
    ['a javascript: thread URL beside an explicit thread id', { ...valid, thread: { id: 'story-1', url: 'javascript:alert(document.domain)' } }, 'thread-invalid'],
    ['a data: thread URL beside an explicit thread id', { ...valid, thread: { id: 'story-1', url: 'data:text/html,<script>alert(1)</script>' } }, 'thread-invalid'],
    ['an array instead of an object', [valid], 'invalid-request'],
    ['null', null, 'invalid-request'],
    ['an array as the guest', { ...valid, guest: [] }, 'invalid-request'],
    ['a __proto__ key', JSON.parse('{"siteId":"demo","__proto__":{"x":1}}'), 'invalid-request'],
  ])('refuses %s', (_name, input, code) => {
    expect(check(CreateCommentSchema, input)).toEqual({ ok: false, code });
  });
});

describe('moderateComments requests', () => {
  it('accepts one decision on up to 100 comments', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `c${i}`);
    expect(check(ModerateCommentsSchema, { siteId: 'demo', ids, action: 'approve' }).ok).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['no ids', { siteId: 'demo', ids: [], action: 'approve' }, 'too-many-ids'],
    ['101 ids', { siteId: 'demo', ids: Array.from({ length: 101 }, (_, i) => `c${i}`), action: 'approve' }, 'too-many-ids'],
    ['an unknown action', { siteId: 'demo', ids: ['a'], action: 'nuke' }, 'invalid-request'],
    ['an id with a slash', { siteId: 'demo', ids: ['a/b'], action: 'approve' }, 'invalid-request'],
  ])('refuses %s', (_name, input, code) => {
    expect(check(ModerateCommentsSchema, input)).toEqual({ ok: false, code });
  });
});

describe('updateSite requests', () => {
  it('takes per-author limits only up to the posts an author document keeps, so every limit can be reached', () => {
    const limits = (rateLimits: Record<string, number>) => check(UpdateSiteSchema, { siteId: 'demo', settings: { rateLimits } });
    expect(limits({ userPerMinute: AUTHOR_POSTS_KEPT, userPerHour: AUTHOR_POSTS_KEPT, ipPerHour: 100_000 }).ok).toBe(true);
    expect(limits({ userPerHour: AUTHOR_POSTS_KEPT + 1 })).toEqual({ ok: false, code: 'invalid-request' });
    expect(limits({ userPerMinute: AUTHOR_POSTS_KEPT + 1 })).toEqual({ ok: false, code: 'invalid-request' });
    // One more post than the limit is refused: the kept list is long enough to count it.
    const now = Date.now();
    let recent: RecentPost[] = [];
    for (let i = 0; i < AUTHOR_POSTS_KEPT; i++) recent = recordPost(recent, { at: now - 1000 + i, hash: `h${i}` });
    expect(exceedsRate(recent, now, { perMinute: 0, perHour: AUTHOR_POSTS_KEPT })).toBe(true);
    expect(exceedsRate(recent, now, { perMinute: 0, perHour: AUTHOR_POSTS_KEPT + 1 })).toBe(false);
  });
});
