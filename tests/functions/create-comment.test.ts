import { beforeEach, describe, expect, it } from 'vitest';
import type { CreateCommentResult } from '../../core/src/api.ts';
import { admin } from '../support/admin.ts';
import { call, signUpAnonymous, type TestUser } from '../support/emulator.ts';
import { countDocs, newComment, post, resetWithSite, setSettings, signedInWithRoles } from '../support/fixtures.ts';
import { fingerprint } from '../support/snapshot-db.ts';

beforeEach(() => resetWithSite());

describe('createComment', () => {
  it('stores a guest comment with its render tree, keeps the email private and creates the thread from the canonical URL', async () => {
    const guest = await signUpAnonymous();
    const result = await call<CreateCommentResult>('createComment', newComment(), guest);
    if (!result.ok) throw new Error(result.code);
    const { comment, threadId } = result.data;
    expect(comment).toMatchObject({
      status: 'approved',
      parentId: null,
      rootId: comment.id,
      depth: 0,
      author: { uid: guest.uid, name: 'Ann', provider: 'guest', badges: [] },
      tree: [{ t: 'p', c: ['A ', { t: 'em', c: ['thoughtful'] }, ' comment'] }],
    });
    expect(JSON.stringify(comment)).not.toContain('ann@example.com');

    const { db } = admin();
    const thread = (await db.doc(`threads/${threadId}`).get()).data()!;
    expect(thread).toMatchObject({ siteId: 'news', key: 'https://news.example.com/story', title: 'Story' });
    expect(thread.lastCommentAt.toMillis()).toBe(comment.createdAt);
    const stored = (await db.doc(`comments/${comment.id}`).get()).data()!;
    expect(stored.body).toBe('A *thoughtful* comment');
    expect(JSON.stringify(stored)).not.toContain('ann@example.com');
    const secret = (await db.doc(`commentPrivate/${comment.id}`).get()).data()!;
    expect(secret).toMatchObject({ email: 'ann@example.com', authorUid: guest.uid, siteId: 'news' });
    const feed = await db.collection(`threads/${threadId}/changes`).get();
    expect(feed.docs.map((entry) => entry.data().kind)).toEqual(['upsert']);
    expect(JSON.stringify(feed.docs[0]!.data())).not.toContain('ann@example.com');
  });

  it('records a reply with its parent, root and depth', async () => {
    const guest = await signUpAnonymous();
    const top = await call<CreateCommentResult>('createComment', newComment(), guest);
    if (!top.ok) throw new Error(top.code);
    const reply = await call<CreateCommentResult>('createComment', newComment({ parentId: top.data.comment.id, body: 'Agreed' }), guest);
    if (!reply.ok) throw new Error(reply.code);
    expect(reply.data.comment).toMatchObject({ parentId: top.data.comment.id, rootId: top.data.comment.id, depth: 1 });
    const parent = (await admin().db.doc(`comments/${top.data.comment.id}`).get()).data()!;
    expect(parent.replyCount).toBe(1);
  });

  it('answers a retried request with the first comment and never stores a second', async () => {
    const guest = await signUpAnonymous();
    const request = newComment();
    const [first, second] = await Promise.all([call<CreateCommentResult>('createComment', request, guest), call<CreateCommentResult>('createComment', request, guest)]);
    const third = await call<CreateCommentResult>('createComment', request, guest);
    if (!first.ok || !second.ok || !third.ok) throw new Error('a retry failed');
    expect(second.data.comment.id).toBe(first.data.comment.id);
    expect(third.data.comment.id).toBe(first.data.comment.id);
    expect(await countDocs('comments')).toBe(1);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['an empty comment', { body: '   ' }, 'body-empty', 'invalid-argument'],
    ['a missing name', { guest: { email: 'ann@example.com' } }, 'name-missing', 'invalid-argument'],
    ['an invalid email', { guest: { name: 'Ann', email: 'ann-at-example' } }, 'email-invalid', 'invalid-argument'],
    ['a server-owned field', { status: 'approved' }, 'invalid-request', 'invalid-argument'],
    ['an unknown site', { siteId: 'nowhere' }, 'site-not-found', 'not-found'],
    ['a reply to a missing comment', { parentId: 'missing' }, 'parent-not-found', 'not-found'],
    ['a javascript: page URL', { thread: { url: 'javascript:alert(1)' } }, 'thread-invalid', 'invalid-argument'],
    ['a javascript: page URL beside an explicit thread id', { thread: { id: 'story-1', url: 'javascript:alert(1)', title: 'T' } }, 'thread-invalid', 'invalid-argument'],
    ['a body over the hard limit', { body: 'x'.repeat(20_001) }, 'body-too-long', 'invalid-argument'],
    ['a name over 50 characters', { guest: { name: 'n'.repeat(51), email: 'ann@example.com' } }, 'name-too-long', 'invalid-argument'],
    ['a missing email', { guest: { name: 'Ann' } }, 'email-missing', 'invalid-argument'],
    ['a javascript: website', { guest: { name: 'Ann', email: 'ann@example.com', website: 'javascript:alert(1)' } }, 'website-invalid', 'invalid-argument'],
    ['a lone surrogate', { body: 'broken \uD800 text' }, 'invalid-text', 'invalid-argument'],
    ['a guest name that is an email address', { guest: { name: 'ann@example.com', email: 'ann@example.com' } }, 'name-reserved', 'permission-denied'],
    ["a guest name holding someone's email address", { guest: { name: 'Ann (bob.smith@example.org)', email: 'ann@example.com' } }, 'name-reserved', 'permission-denied'],
  ])('refuses %s with a stable code and stores nothing', async (_name, overrides, code, status) => {
    const guest = await signUpAnonymous();
    const result = await call('createComment', newComment(overrides), guest);
    expect(result).toMatchObject({ ok: false, code, status: status.toUpperCase().replace('-', '_') });
    expect(await countDocs('comments')).toBe(0);
    expect(await countDocs('commentPrivate')).toBe(0);
    expect(await countDocs('threads')).toBe(0);
  });

  it('never publishes an account name that is an email address', async () => {
    const member = await signedInWithRoles('dana@example.com', {}, 'dana@example.com');
    expect(await call('createComment', newComment({ guest: undefined }), member)).toMatchObject({ ok: false, code: 'name-missing' });
    const named = await call<CreateCommentResult>('createComment', newComment({ guest: { name: 'Dana', email: 'dana@example.com' } }), member);
    expect(named).toMatchObject({ ok: true, data: { comment: { author: { name: 'Dana', provider: 'email' } } } });
    expect(await call('createComment', newComment({ guest: { name: 'dana@example.com', email: 'dana@example.com' } }), member)).toMatchObject({ ok: false, code: 'name-reserved' });
  });

  it("refuses a thread for a page outside the site's origins, when it names them", async () => {
    await admin().db.doc('sites/news').update({ origins: ['https://News.example.com', 'https://amp.news.example:443'] });
    const guest = await signUpAnonymous();
    for (const thread of [{ url: 'https://evil.example/fake-story', title: 'Fake' }, { id: 'story-1', url: 'https://evil.example/', title: 'Fake' }, { url: 'http://news.example.com/story', title: 'Downgraded' }]) {
      expect(await call('createComment', newComment({ thread }), guest), thread.url).toMatchObject({ ok: false, code: 'thread-invalid' });
    }
    expect(await countDocs('threads')).toBe(0);
    expect(await countDocs('comments')).toBe(0);
    expect(await call('createComment', newComment({ thread: { url: 'https://news.example.com/story', title: 'Story' } }), guest)).toMatchObject({ ok: true });
    expect(await call('createComment', newComment({ body: 'From the AMP page', thread: { id: 'story-1', url: 'https://amp.news.example/story', title: 'Story' } }), guest)).toMatchObject({ ok: true });
    // A host and its www. form are one site.
    expect(await call('createComment', newComment({ body: 'From www', thread: { url: 'https://www.news.example.com/other', title: 'Other' } }), guest)).toMatchObject({ ok: true });
    // A thread that exists takes comments from a copy of its page elsewhere (its canonical link
    // may name another host); only opening a new thread is bound to the origins.
    expect(await call('createComment', newComment({ body: 'From a syndicated copy', thread: { id: 'story-1', url: 'https://partner.example/story', title: 'Story' } }), guest)).toMatchObject({ ok: true });
    expect(await countDocs('threads')).toBe(3);
  });

  it("refuses a body longer than the site's own limit", async () => {
    await admin().db.doc('sites/news').update({ maxLength: 20 });
    expect(await call('createComment', newComment({ body: 'x'.repeat(21) }), await signUpAnonymous())).toMatchObject({ ok: false, code: 'body-too-long' });
  });

  it('refuses a caller who is not signed in', async () => {
    const result = await call('createComment', newComment(), null);
    expect(result).toMatchObject({ ok: false, code: 'sign-in-required', status: 'UNAUTHENTICATED' });
  });

  it('holds every comment for review on a pre-moderated site, and keeps it out of the public feed', async () => {
    await resetWithSite('news', { moderation: 'pre' });
    const guest = await signUpAnonymous();
    const result = await call<CreateCommentResult>('createComment', newComment(), guest);
    if (!result.ok) throw new Error(result.code);
    expect(result.data.comment.status).toBe('pending');
    expect(await countDocs(`threads/${result.data.threadId}/changes`)).toBe(0);
    const secret = (await admin().db.doc(`commentPrivate/${result.data.comment.id}`).get()).data()!;
    expect(secret.decision.phase).toBe('moderation-mode');
  });
});

describe('a refused comment on a new page', () => {
  const NEW_PAGE = { url: 'https://news.example.com/never-commented', title: 'Fresh' };

  it.each<[string, (guest: TestUser) => Promise<Record<string, unknown>>, string]>([
    ['a banned word', async () => (await setSettings('news', { bannedWords: ['scam'] }), { body: 'what a scam' }), 'comment-rejected'],
    ["a body over the site's limit", async () => (await admin().db.doc('sites/news').update({ maxLength: 10 }), { body: 'x'.repeat(11) }), 'body-too-long'],
    ['a reply to a missing comment', async () => ({ parentId: 'missing' }), 'parent-not-found'],
    ['a banned author', async (guest) => {
      await admin().db.doc(`siteUsers/news_${guest.uid}`).set({ siteId: 'news', uid: guest.uid, ban: { until: null, shadow: false, reason: 'x', by: 'm', at: new Date() } });
      return {};
    }, 'user-banned'],
    ["a staff member's name", async () => {
      await setSettings('news', { reservedNames: { 'sam moderator': 'staff-uid' } });
      return { guest: { name: 'Sam Moderator', email: 'x@example.com' } };
    }, 'name-reserved'],
    ['one comment too many', async (guest) => {
      await setSettings('news', { rateLimits: { userPerMinute: 1 } });
      await post(guest, { body: 'On another page' });
      return {};
    }, 'rate-limited'],
  ])('refused for %s leaves the database exactly as it was: no thread', async (_name, arrange, code) => {
    const guest = await signUpAnonymous();
    const overrides = await arrange(guest);
    const before = await fingerprint();
    const threads = await countDocs('threads');
    expect(await call('createComment', newComment({ thread: NEW_PAGE, ...overrides }), guest)).toMatchObject({ ok: false, code });
    expect(await countDocs('threads')).toBe(threads);
    expect(await fingerprint()).toBe(before);
  });

  it('creates the thread with its first comment, with its title and last activity', async () => {
    const { threadId, comment } = await post(await signUpAnonymous(), { thread: NEW_PAGE });
    expect((await admin().db.doc(`threads/${threadId}`).get()).data()).toMatchObject({ siteId: 'news', title: 'Fresh', url: NEW_PAGE.url, closed: false });
    expect((await admin().db.doc(`threads/${threadId}`).get()).data()!.lastCommentAt.toMillis()).toBe(comment.createdAt);
  });
});

