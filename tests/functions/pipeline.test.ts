import { beforeEach, describe, expect, it } from 'vitest';
import type { CreateCommentResult } from '../../core/src/api.ts';
import { admin } from '../support/admin.ts';
import { call, signUpAnonymous, type TestUser } from '../support/emulator.ts';
import { countDocs, GENEROUS_LIMITS, newComment, post, read, resetWithSite, setSettings, signedInWithRoles } from '../support/fixtures.ts';

let guest: TestUser;

beforeEach(async () => {
  await resetWithSite();
  guest = await signUpAnonymous();
});

const create = (overrides: Record<string, unknown> = {}, user: TestUser | null = guest) => call<CreateCommentResult>('createComment', newComment(overrides), user);

describe('the pipeline on the emulators', () => {
  it('refuses the sixth comment within a minute from one author', async () => {
    for (let i = 0; i < 5; i++) expect(await create({ body: `Comment number ${i}` })).toMatchObject({ ok: true });
    expect(await create({ body: 'One too many' })).toMatchObject({ ok: false, code: 'rate-limited', status: 'RESOURCE_EXHAUSTED' });
    expect(await countDocs('comments')).toBe(5);
  });

  it('limits comments per IP address across authors', async () => {
    await setSettings('news', { rateLimits: { ipPerMinute: 2 } });
    // As Google's front end does: "<whatever the client sent>, <client>, <load balancer>".
    const from = (ip: string) => ({ 'x-forwarded-for': `10.9.9.9, ${ip}, 35.191.0.1` });
    const createFrom = async (ip: string, body: string) => call('createComment', newComment({ body }), await signUpAnonymous(), from(ip));
    expect(await createFrom('198.51.100.7', 'a')).toMatchObject({ ok: true });
    expect(await createFrom('198.51.100.7', 'b')).toMatchObject({ ok: true });
    expect(await createFrom('198.51.100.7', 'c')).toMatchObject({ ok: false, code: 'rate-limited' });
    expect(await createFrom('203.0.113.5', 'd')).toMatchObject({ ok: true });
  });

  it('limits comments per thread', async () => {
    await setSettings('news', { rateLimits: { threadPerMinute: 1 } });
    expect(await create({ body: 'a' }, await signUpAnonymous())).toMatchObject({ ok: true });
    expect(await create({ body: 'b' }, await signUpAnonymous())).toMatchObject({ ok: false, code: 'rate-limited' });
    expect(await create({ body: 'c', thread: { url: 'https://news.example.com/other' } }, await signUpAnonymous())).toMatchObject({ ok: true });
  });

  it("refuses a duplicate of the author's recent comment", async () => {
    expect(await create({ body: 'Same old words' })).toMatchObject({ ok: true });
    expect(await create({ body: 'same OLD  words' })).toMatchObject({ ok: false, code: 'duplicate-comment' });
  });

  it('refuses a banned word and stores nothing', async () => {
    await setSettings('news', { bannedWords: ['scam'] });
    expect(await create({ body: 'Total S-C-A-M, this' })).toMatchObject({ ok: false, code: 'comment-rejected' });
    expect(await countDocs('comments')).toBe(0);
    expect(await countDocs('commentPrivate')).toBe(0);
    expect(await countDocs('siteUsers')).toBe(0);
  });

  it('holds a suspect word for review and records the system decision', async () => {
    await setSettings('news', { suspectWords: ['casino'] });
    const result = await create({ body: 'Visit the CASINO' });
    expect(result).toMatchObject({ ok: true, data: { comment: { status: 'pending' } } });
    const id = result.ok ? result.data.comment.id : '';
    expect(await read(`commentPrivate/${id}`)).toMatchObject({ decision: { phase: 'suspect-words' } });
    const actions = await admin().db.collection('moderationActions').get();
    expect(actions.docs.map((action) => action.data())).toEqual([expect.objectContaining({ by: null, action: 'hold', commentId: id, revision: 1 })]);
  });

  it('holds a comment with too many links', async () => {
    expect(await create({ body: 'https://a.example https://b.example https://c.example' })).toMatchObject({ ok: true, data: { comment: { status: 'pending' } } });
  });

  it('stores a filled honeypot as spam but answers like success', async () => {
    const result = await create({ hp: 'http://cheap-pills.example' });
    expect(result).toMatchObject({ ok: true, data: { comment: { status: 'approved' } } });
    const id = result.ok ? result.data.comment.id : '';
    expect(await read(`comments/${id}`)).toMatchObject({ status: 'spam', visible: false });
    expect(await read(`commentPrivate/${id}`)).toMatchObject({ decision: { phase: 'honeypot' } });
  });

  it("holds a first-time commenter when the site asks, and not after a moderator approved them", async () => {
    await admin().db.doc('sites/news').update({ moderation: 'first-time' });
    const first = await create({ body: 'Hello, first time here' });
    expect(first).toMatchObject({ ok: true, data: { comment: { status: 'pending' } } });
    const moderator = await signedInWithRoles('mod@news.example', { news: 'moderator' });
    await call('moderateComments', { siteId: 'news', ids: [first.ok ? first.data.comment.id : ''], action: 'approve' }, moderator);
    expect(await create({ body: 'Back again' })).toMatchObject({ ok: true, data: { comment: { status: 'approved' } } });
  });

  it('refuses a comment on a closed thread', async () => {
    const { threadId } = await post(guest);
    await admin().db.doc(`threads/${threadId}`).update({ closed: true });
    expect(await create({ body: 'Too late' })).toMatchObject({ ok: false, code: 'thread-closed' });
  });

  it('refuses a banned author and files a shadow-banned one as spam they alone are told is fine', async () => {
    const banned = await signUpAnonymous();
    const shadowed = await signUpAnonymous();
    const moderator = await signedInWithRoles('mod@news.example', { news: 'moderator' });
    await call('banUser', { siteId: 'news', uid: banned.uid, hours: 24, shadow: false, reason: 'abuse' }, moderator);
    await call('banUser', { siteId: 'news', uid: shadowed.uid, hours: null, shadow: true, reason: 'troll' }, moderator);
    expect(await create({}, banned)).toMatchObject({ ok: false, code: 'user-banned', status: 'PERMISSION_DENIED' });
    const shadow = await create({ body: 'Am I heard?' }, shadowed);
    expect(shadow).toMatchObject({ ok: true, data: { comment: { status: 'approved' } } });
    expect(await read(`comments/${shadow.ok ? shadow.data.comment.id : ''}`)).toMatchObject({ status: 'spam', visible: false });
  });

  it('keeps each author\'s counts and the day statistics by outcome', async () => {
    await setSettings('news', { ...GENEROUS_LIMITS, suspectWords: ['casino'] });
    await create({ body: 'fine' });
    await create({ body: 'casino' });
    const standing = await read(`siteUsers/news_${guest.uid}`);
    expect(standing).toMatchObject({ counts: { approved: 1, pending: 1, rejected: 0, spam: 0 }, trusted: false, ban: null });
    const day = new Date().toISOString().slice(0, 10);
    expect(await read(`siteStats/news_${day}`)).toMatchObject({ approved: 1, pending: 1 });
  });
});
