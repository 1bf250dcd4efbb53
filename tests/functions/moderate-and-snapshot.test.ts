import { beforeEach, describe, expect, it } from 'vitest';
import type { CreateCommentResult, ModerateResult } from '../../core/src/api.ts';
import type { ThreadSnapshot } from '../../core/src/types.ts';
import { admin } from '../support/admin.ts';
import { call, emulator, signUpAnonymous } from '../support/emulator.ts';
import { GENEROUS_LIMITS, newComment, resetWithSite, setSettings, signedInWithRoles } from '../support/fixtures.ts';

beforeEach(() => resetWithSite());

async function post(body: string): Promise<CreateCommentResult> {
  const result = await call<CreateCommentResult>('createComment', newComment({ body }), await signUpAnonymous());
  if (!result.ok) throw new Error(result.code);
  return result.data;
}

async function snapshot(): Promise<ThreadSnapshot> {
  const url = encodeURIComponent('https://news.example.com/story');
  const response = await fetch(`${emulator.hosting}/api/thread?site=news&url=${url}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
  return (await response.json()) as ThreadSnapshot;
}

describe('the thread snapshot endpoint (through the Hosting rewrite)', () => {
  it('serves the approved comments, the count and the read time, with no private data', async () => {
    const { comment } = await post('Visible to all');
    const page = await snapshot();
    expect(page.thread).toMatchObject({ count: 1, isNew: false, title: 'Story' });
    expect(page.comments.map((item) => item.id)).toEqual([comment.id]);
    expect(page.at).toBeGreaterThan(0);
    expect(JSON.stringify(page)).not.toContain('ann@example.com');
  });

  it('answers a new thread without creating it', async () => {
    const page = await snapshot();
    expect(page.thread).toMatchObject({ isNew: true, count: 0 });
    expect(page.comments).toEqual([]);
    expect((await admin().db.collection('threads').get()).size).toBe(0);
  });

  it('refuses an unknown site with its code', async () => {
    const response = await fetch(`${emulator.hosting}/api/thread?site=nowhere&url=https%3A%2F%2Fx.example%2F`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'site-not-found' } });
  });
});

describe('the counts endpoint', () => {
  it('answers counts for many articles in one request, by URL or explicit id', async () => {
    const guest = await signUpAnonymous();
    await call('createComment', newComment({ body: 'one' }), guest);
    await call('createComment', newComment({ body: 'two' }), guest);
    await call('createComment', newComment({ body: 'three', thread: { id: 'post-7', url: 'https://news.example.com/p7' } }), guest);
    const story = 'https://news.example.com/story#comments';
    const response = await fetch(`${emulator.hosting}/api/counts?site=news&url=${encodeURIComponent(story)}&url=${encodeURIComponent('https://news.example.com/none')}&id=post-7`);
    expect(response.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
    expect(await response.json()).toEqual({ counts: { [story]: 2, 'https://news.example.com/none': 0, 'post-7': 1 } });
  });

  it('answers a list of 200 threads in one request, those past the first 30 included, and refuses 201', async () => {
    await call('createComment', newComment({ body: 'late in the list', thread: { id: 'post-150', url: 'https://news.example.com/p150' } }), await signUpAnonymous());
    const ids = Array.from({ length: 200 }, (_, index) => `id=post-${index}`).join('&');
    const response = await fetch(`${emulator.hosting}/api/counts?site=news&${ids}`);
    expect(response.status).toBe(200);
    const { counts } = (await response.json()) as { counts: Record<string, number> };
    expect(Object.keys(counts)).toHaveLength(200);
    expect(counts['post-150']).toBe(1);
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(1);
    const over = await fetch(`${emulator.hosting}/api/counts?site=news&${ids}&id=post-200`);
    expect(over.status).toBe(400);
  });

  it('refuses a request without a site or threads', async () => {
    const response = await fetch(`${emulator.hosting}/api/counts?site=news`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'invalid-request' } });
  });
});

describe('deep links', () => {
  it("includes a focused reply's whole conversation when it is not on the first page", async () => {
    const guest = await signUpAnonymous();
    await setSettings('news', GENEROUS_LIMITS);
    const first = await call<CreateCommentResult>('createComment', newComment({ body: 'oldest' }), guest);
    const reply = await call<CreateCommentResult>('createComment', newComment({ body: 'the linked reply', parentId: first.ok ? first.data.comment.id : '' }), guest);
    for (let i = 0; i < 21; i++) await call('createComment', newComment({ body: `newer ${i}` }), guest);
    const url = encodeURIComponent('https://news.example.com/story');
    const plain = (await (await fetch(`${emulator.hosting}/api/thread?site=news&url=${url}&sort=newest`)).json()) as ThreadSnapshot;
    expect(plain.comments.some((comment) => comment.tree[0] && JSON.stringify(comment.tree).includes('the linked reply'))).toBe(false);
    expect(plain.next).not.toBeNull();
    const focused = (await (await fetch(`${emulator.hosting}/api/thread?site=news&url=${url}&sort=newest&focus=${reply.ok ? reply.data.comment.id : ''}`)).json()) as ThreadSnapshot;
    const texts = focused.comments.map((comment) => JSON.stringify(comment.tree));
    expect(texts.some((text) => text.includes('the linked reply'))).toBe(true);
    expect(texts.some((text) => text.includes('oldest'))).toBe(true);
  }, 60_000);
});

describe('moderateComments', () => {
  it('lets a moderator reject a comment: it leaves the snapshot, the count drops and the feed says remove', async () => {
    const { comment, threadId } = await post('Soon gone');
    const moderator = await signedInWithRoles('mod@news.example', { news: 'moderator' });
    const result = await call<ModerateResult>('moderateComments', { siteId: 'news', ids: [comment.id], action: 'reject', reason: 'off-topic' }, moderator);
    expect(result).toEqual({ ok: true, data: { changed: [comment.id], unchanged: [] } });
    const page = await snapshot();
    expect(page.comments).toEqual([]);
    expect(page.thread.count).toBe(0);
    const feed = await admin().db.collection(`threads/${threadId}/changes`).orderBy('at').get();
    // Each entry says whether the comment was public before, so readers without it loaded keep the count.
    expect(feed.docs.map((entry) => [entry.data().kind, entry.data().before])).toEqual([['upsert', null], ['remove', 'approved']]);
    const actions = await admin().db.collection('moderationActions').orderBy('at').get();
    expect(actions.docs.map((entry) => entry.data())).toEqual([
      expect.objectContaining({ siteId: 'news', by: null, byName: 'system', action: 'approve', commentId: comment.id, revision: 1, reason: 'default: passed every check' }),
      expect.objectContaining({ siteId: 'news', by: moderator.uid, action: 'reject', commentId: comment.id, revision: 1, reason: 'off-topic' }),
    ]);
  });

  it.each([
    ['a reader', {}, 'not-moderator'],
    ["another site's moderator", { elsewhere: 'moderator' }, 'not-moderator'],
  ])('refuses %s and changes nothing', async (_name, roles, code) => {
    const { comment } = await post('Stays');
    const user = await signedInWithRoles(`user${Object.keys(roles).length}@example.com`, roles);
    const result = await call('moderateComments', { siteId: 'news', ids: [comment.id], action: 'reject' }, user);
    expect(result).toMatchObject({ ok: false, code });
    expect((await admin().db.doc(`comments/${comment.id}`).get()).data()!.status).toBe('approved');
  });

  it("refuses to act on another site's comment as if it did not exist", async () => {
    const { comment } = await post('On news');
    const moderator = await signedInWithRoles('mod@elsewhere.example', { elsewhere: 'moderator' });
    const result = await call('moderateComments', { siteId: 'elsewhere', ids: [comment.id], action: 'reject' }, moderator);
    expect(result).toMatchObject({ ok: false, code: 'comment-not-found' });
  });
});
