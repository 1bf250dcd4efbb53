import { beforeEach, describe, expect, it } from 'vitest';
import type { ModerateResult, RotateSsoSecretResult, SetModeratorResult, ThreadStateResult, UserStandingResult } from '../../core/src/api.ts';
import { admin } from '../support/admin.ts';
import { readAs } from '../support/snapshot-db.ts';
import { call, signUpAnonymous, type TestUser } from '../support/emulator.ts';
import { signUpWithPassword } from './self-made-accounts.ts';
import { countDocs, GENEROUS_LIMITS, newComment, post, read, resetWithSite, setSettings, signedInWithRoles } from '../support/fixtures.ts';

let moderator: TestUser;
let owner: TestUser;
let reader: TestUser;

beforeEach(async () => {
  await resetWithSite();
  await setSettings('news', GENEROUS_LIMITS);
  [moderator, owner, reader] = await Promise.all([
    signedInWithRoles('mod@news.example', { news: 'moderator' }),
    signedInWithRoles('owner@news.example', { news: 'owner' }),
    signUpAnonymous(),
  ]);
});

const actions = async () => (await admin().db.collection('moderationActions').orderBy('at').get()).docs.map((doc) => doc.data());

describe('moderateComments', () => {
  it('approves 100 held comments at once, changing counts and recording each decision', async () => {
    await admin().db.doc('sites/news').update({ moderation: 'pre' });
    const ids: string[] = [];
    for (let i = 0; i < 100; i += 10) {
      const batch = await Promise.all(Array.from({ length: 10 }, (_, j) => post(reader, { body: `Held ${i + j}` })));
      ids.push(...batch.map((result) => result.comment.id));
    }
    const result = await call<ModerateResult>('moderateComments', { siteId: 'news', ids, action: 'approve' }, moderator);
    expect(result).toMatchObject({ ok: true, data: { unchanged: [] } });
    expect(result.ok && result.data.changed).toHaveLength(100);
    expect((await actions()).filter((action) => action.action === 'approve')).toHaveLength(100);
    expect(await read(`siteUsers/news_${reader.uid}`)).toMatchObject({ counts: { approved: 100, pending: 0 } });
  }, 60_000);

  it('pins and unpins an approved comment, and reports a repeated decision as unchanged', async () => {
    const { comment } = await post(reader);
    expect(await call('moderateComments', { siteId: 'news', ids: [comment.id], action: 'pin' }, moderator)).toMatchObject({ ok: true, data: { changed: [comment.id] } });
    expect(await read(`comments/${comment.id}`)).toMatchObject({ pinned: true });
    expect(await call('moderateComments', { siteId: 'news', ids: [comment.id], action: 'pin' }, moderator)).toMatchObject({ ok: true, data: { unchanged: [comment.id] } });
    expect(await call('moderateComments', { siteId: 'news', ids: [comment.id], action: 'unpin' }, moderator)).toMatchObject({ ok: true, data: { changed: [comment.id] } });
  });

  it("settles readers' reports when a moderator approves a reported comment, even one still published", async () => {
    const { comment } = await post(reader);
    await call('reportComment', { siteId: 'news', commentId: comment.id, reason: 'off-topic' }, await signUpAnonymous());
    expect(await read(`commentPrivate/${comment.id}`)).toMatchObject({ reports: { count: 1 } });
    expect(await call('moderateComments', { siteId: 'news', ids: [comment.id], action: 'approve' }, moderator)).toMatchObject({ ok: true, data: { changed: [comment.id] } });
    expect(await read(`commentPrivate/${comment.id}`)).toMatchObject({ reports: { count: 0, reasons: { 'off-topic': 1 } } });
    expect((await actions()).map((action) => [action.action, action.by])).toEqual([
      ['approve', null],
      ['dismiss-reports', moderator.uid],
    ]);
    expect(await call('moderateComments', { siteId: 'news', ids: [comment.id], action: 'approve' }, moderator)).toMatchObject({ ok: true, data: { unchanged: [comment.id] } });
  });

  it("settles readers' reports when a comment is rejected, marked spam or deleted by a moderator or its author", async () => {
    const settled = async (decide: (id: string) => Promise<unknown>) => {
      const { comment } = await post(reader, { body: `Reported ${Math.random()}` });
      await call('reportComment', { siteId: 'news', commentId: comment.id, reason: 'abuse' }, await signUpAnonymous());
      expect(await read(`commentPrivate/${comment.id}`)).toMatchObject({ reports: { count: 1 } });
      expect(await decide(comment.id)).toMatchObject({ ok: true });
      return read(`commentPrivate/${comment.id}`);
    };
    for (const action of ['reject', 'spam', 'delete'] as const) {
      expect(await settled((id) => call('moderateComments', { siteId: 'news', ids: [id], action }, moderator)), action).toMatchObject({ reports: { count: 0, reasons: { abuse: 1 } } });
    }
    expect(await settled((id) => call('deleteComment', { siteId: 'news', commentId: id }, reader))).toMatchObject({ reports: { count: 0, reasons: { abuse: 1 } } });
    // What the console's reported queue counts: private documents with open reports.
    expect((await admin().db.collection('commentPrivate').where('siteId', '==', 'news').where('reports.count', '>', 0).get()).size).toBe(0);
  });

  it('restores a deleted comment', async () => {
    const { comment } = await post(reader);
    await call('moderateComments', { siteId: 'news', ids: [comment.id], action: 'delete' }, moderator);
    expect(await call('moderateComments', { siteId: 'news', ids: [comment.id], action: 'restore' }, moderator)).toMatchObject({ ok: true });
    expect(await read(`comments/${comment.id}`)).toMatchObject({ status: 'approved', visible: true });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no ids', { ids: [] }, 'too-many-ids'],
    ['an unknown action', { action: 'launch' }, 'invalid-request'],
    ['a missing comment', { ids: ['missing'] }, 'comment-not-found'],
  ])('refuses %s and changes nothing', async (_name, overrides, code) => {
    const { comment } = await post(reader);
    expect(await call('moderateComments', { siteId: 'news', ids: [comment.id], action: 'reject', ...overrides }, moderator)).toMatchObject({ ok: false, code });
    expect(await read(`comments/${comment.id}`)).toMatchObject({ status: 'approved' });
  });

  it('refuses to approve a comment its author deleted, leaving the batch untouched', async () => {
    const [kept, deleted] = await Promise.all([post(reader, { body: 'kept' }), post(reader, { body: 'gone' })]);
    await call('deleteComment', { siteId: 'news', commentId: deleted.comment.id }, reader);
    await call('moderateComments', { siteId: 'news', ids: [kept.comment.id], action: 'reject' }, moderator);
    const result = await call('moderateComments', { siteId: 'news', ids: [kept.comment.id, deleted.comment.id], action: 'approve' }, moderator);
    expect(result).toMatchObject({ ok: false, code: 'invalid-transition' });
    expect(await read(`comments/${kept.comment.id}`)).toMatchObject({ status: 'rejected' });
  });

  it('refuses a caller who is not signed in', async () => {
    expect(await call('moderateComments', { siteId: 'news', ids: ['x'], action: 'approve' }, null)).toMatchObject({ ok: false, code: 'sign-in-required' });
  });
});

describe('banUser, unbanUser and trustUser', () => {
  it('bans for some hours, records who and why, and lifts the ban', async () => {
    const banned = await call<UserStandingResult>('banUser', { siteId: 'news', uid: reader.uid, hours: 48, shadow: false, reason: 'personal attacks' }, moderator);
    expect(banned).toMatchObject({ ok: true, data: { uid: reader.uid, ban: { shadow: false, reason: 'personal attacks', by: moderator.uid } } });
    const until = banned.ok ? banned.data.ban!.until! : 0;
    expect(until - Date.now()).toBeGreaterThan(47 * 3_600_000);
    expect(await call('createComment', newComment(), reader)).toMatchObject({ ok: false, code: 'user-banned' });
    expect(await call('unbanUser', { siteId: 'news', uid: reader.uid }, moderator)).toMatchObject({ ok: true, data: { ban: null } });
    expect(await call('createComment', newComment(), reader)).toMatchObject({ ok: true });
    expect((await actions()).map((action) => [action.action, action.targetUid, action.by])).toEqual([
      ['ban', reader.uid, moderator.uid],
      ['unban', reader.uid, moderator.uid],
      ['approve', reader.uid, null],
    ]);
  });

  it("shadow-bans: the author's comments leave every reader's view but stay in their own", async () => {
    await setSettings('news', { suspectWords: ['casino'] });
    const first = await post(reader, { body: 'Published one' });
    const second = await post(reader, { body: 'Published two' });
    const held = await post(reader, { body: 'casino talk' });
    const bystander = await post(await signUpAnonymous(), { body: 'Not banned' });
    const approvedCount = async () => (await admin().db.collection(`threads/${first.threadId}/counters`).get()).docs.reduce((sum, shard) => sum + shard.data().approved, 0);
    expect(await approvedCount()).toBe(3);

    expect(await call('banUser', { siteId: 'news', uid: reader.uid, hours: null, shadow: true, reason: 'troll' }, moderator)).toMatchObject({ ok: true, data: { ban: { shadow: true } } });
    for (const { comment } of [first, second, held]) {
      expect(await read(`comments/${comment.id}`), comment.id).toMatchObject({ status: 'spam', visible: false });
      expect(await readAs(`comments/${comment.id}`, null), comment.id).toBeNull();
      expect(await readAs(`comments/${comment.id}`, reader.idToken), comment.id).not.toBeNull();
    }
    expect(await read(`comments/${bystander.comment.id}`)).toMatchObject({ status: 'approved' });
    expect(await approvedCount()).toBe(1);
    const feed = await admin().db.collection(`threads/${first.threadId}/changes`).where('kind', '==', 'remove').get();
    expect(feed.docs.map((entry) => entry.data().commentId).sort()).toEqual([first.comment.id, second.comment.id].sort());
    expect(await read(`siteUsers/news_${reader.uid}`)).toMatchObject({ counts: { approved: 0, pending: 0, spam: 3 } });
    const filed = (await actions()).filter((action) => action.by === moderator.uid && action.action === 'spam');
    expect(filed.map((action) => action.commentId).sort()).toEqual([first, second, held].map(({ comment }) => comment.id).sort());
    expect(filed.every((action) => action.reason === 'shadow ban: troll')).toBe(true);
    // What the author is told of a new comment: published, as before the ban.
    const later = await post(reader, { body: 'Still talking' });
    expect(later.comment.status).toBe('approved');
    expect(await read(`comments/${later.comment.id}`)).toMatchObject({ status: 'spam' });
  });

  it('lets a trusted author skip first-time review', async () => {
    await admin().db.doc('sites/news').update({ moderation: 'first-time' });
    expect(await call('trustUser', { siteId: 'news', uid: reader.uid, trusted: true }, moderator)).toMatchObject({ ok: true, data: { trusted: true } });
    expect(await call('createComment', newComment(), reader)).toMatchObject({ ok: true, data: { comment: { status: 'approved' } } });
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    ['zero hours', () => ({ hours: 0 }), 'invalid-request'],
    ['the moderator themself', () => ({ uid: moderator.uid }), 'invalid-transition'],
    ['the site owner', () => ({ uid: owner.uid }), 'invalid-transition'],
  ])('refuses to ban with %s', async (_name, overrides, code) => {
    expect(await call('banUser', { siteId: 'news', uid: reader.uid, hours: 1, shadow: false, reason: '', ...overrides() }, moderator)).toMatchObject({ ok: false, code });
  });

  it.each(['banUser', 'unbanUser', 'trustUser'])('refuses %s to a reader', async (name) => {
    const data = { siteId: 'news', uid: reader.uid, ...(name === 'banUser' ? { hours: 1, shadow: false } : name === 'trustUser' ? { trusted: true } : {}) };
    expect(await call(name, data, reader)).toMatchObject({ ok: false, code: 'not-moderator' });
    expect(await call(name, data, null)).toMatchObject({ ok: false, code: 'sign-in-required' });
  });
});

describe('setThreadState', () => {
  it('closes a thread to new comments, and reopens it', async () => {
    const { threadId } = await post(reader);
    expect(await call<ThreadStateResult>('setThreadState', { siteId: 'news', threadId, closed: true }, moderator)).toEqual({ ok: true, data: { threadId, closed: true, premoderate: false } });
    expect(await call('createComment', newComment({ body: 'closed?' }), reader)).toMatchObject({ ok: false, code: 'thread-closed' });
    await call('setThreadState', { siteId: 'news', threadId, closed: false, premoderate: true }, moderator);
    expect(await call('createComment', newComment({ body: 'held?' }), reader)).toMatchObject({ ok: true, data: { comment: { status: 'pending' } } });
    // Reopening and pre-moderating in one call share a timestamp, so compare without order.
    expect((await actions()).map((action) => action.action).sort()).toEqual(['approve', 'close-thread', 'hold', 'premoderate-thread', 'reopen-thread']);
  });

  it('refuses an unknown thread and a reader', async () => {
    expect(await call('setThreadState', { siteId: 'news', threadId: 'nope', closed: true }, moderator)).toMatchObject({ ok: false, code: 'thread-not-found' });
    expect(await call('setThreadState', { siteId: 'news', threadId: 'nope', closed: true }, reader)).toMatchObject({ ok: false, code: 'not-moderator' });
  });
});

describe('updateSite', () => {
  it('applies new settings to the next comment', async () => {
    expect(await call('updateSite', { siteId: 'news', settings: { bannedWords: ['spoiler'] }, site: { moderation: 'pre', name: 'News Daily' } }, owner)).toEqual({ ok: true, data: { siteId: 'news' } });
    expect(await call('createComment', newComment({ body: 'Big SPOILER ahead' }), reader)).toMatchObject({ ok: false, code: 'comment-rejected' });
    expect(await call('createComment', newComment({ body: 'Fine words' }), reader)).toMatchObject({ ok: true, data: { comment: { status: 'pending' } } });
    expect(await read('sites/news')).toMatchObject({ name: 'News Daily', moderation: 'pre' });
  });

  it('refuses moderators (owners only), unknown fields and unknown sites', async () => {
    expect(await call('updateSite', { siteId: 'news', site: { name: 'Mine' } }, moderator)).toMatchObject({ ok: false, code: 'not-owner' });
    expect(await call('updateSite', { siteId: 'news', site: { secretKey: 'x' } }, owner)).toMatchObject({ ok: false, code: 'invalid-request' });
    const elsewhere = await signedInWithRoles('owner@ghost.example', { ghost: 'owner' });
    expect(await call('updateSite', { siteId: 'ghost', site: { name: 'Ghost' } }, elsewhere)).toMatchObject({ ok: false, code: 'site-not-found' });
  });
});

describe('setModerator and rotateSsoSecret', () => {
  it('grants and revokes the moderator role by email', async () => {
    const helper = await signedInWithRoles('helper@news.example', {});
    expect(await call<SetModeratorResult>('setModerator', { siteId: 'news', email: 'Helper@News.example', role: 'moderator' }, owner)).toEqual({
      ok: true,
      data: { uid: helper.uid, email: 'helper@news.example', role: 'moderator' },
    });
    expect((await admin().auth.getUser(helper.uid)).customClaims).toEqual({ roles: { news: 'moderator' } });
    expect(await read(`siteRoles/news_${helper.uid}`)).toMatchObject({ role: 'moderator', grantedBy: owner.uid });
    await call('setModerator', { siteId: 'news', email: 'helper@news.example', role: null }, owner);
    expect((await admin().auth.getUser(helper.uid)).customClaims).toEqual({ roles: {} });
    expect(await countDocs('siteRoles')).toBe(0);
  });

  it('stops a revoked moderator at once, though their token still carries the role', async () => {
    const { comment } = await post(reader);
    expect(await call('setModerator', { siteId: 'news', email: 'mod@news.example', role: null }, owner)).toMatchObject({ ok: true });
    // The token signed in before the change still says "moderator" for up to an hour.
    expect(await call('moderateComments', { siteId: 'news', ids: [comment.id], action: 'reject' }, moderator)).toMatchObject({ ok: false, code: 'not-moderator' });
    expect(await call('banUser', { siteId: 'news', uid: reader.uid, hours: null, shadow: false, reason: 'x' }, moderator)).toMatchObject({ ok: false, code: 'not-moderator' });
    expect(await read(`comments/${comment.id}`)).toMatchObject({ status: 'approved' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown email', { email: 'nobody@news.example' }, 'user-not-found'],
    ['an invalid email', { email: 'not-an-email' }, 'email-invalid'],
    ['the owner', { email: 'owner@news.example' }, 'invalid-transition'],
  ])('refuses %s', async (_name, overrides, code) => {
    expect(await call('setModerator', { siteId: 'news', email: 'x@news.example', role: 'moderator', ...overrides }, owner)).toMatchObject({ ok: false, code });
  });

  it("refuses an account that never proved the address: whoever opened it first must not get the role meant for the address's owner", async () => {
    const squatter = await signUpWithPassword('new.mod@news.example', 'password-123');
    expect(await call('setModerator', { siteId: 'news', email: 'new.mod@news.example', role: 'moderator' }, owner)).toMatchObject({ ok: false, code: 'user-not-found' });
    expect((await admin().auth.getUser(squatter.uid)).customClaims ?? {}).toEqual({});
    expect(await countDocs('siteRoles')).toBe(0);
    // Once the address is proved (an email link, or a provider that vouches for it), it is granted.
    await admin().auth.updateUser(squatter.uid, { emailVerified: true });
    expect(await call('setModerator', { siteId: 'news', email: 'new.mod@news.example', role: 'moderator' }, owner)).toMatchObject({ ok: true });
    // Taking the role away needs no proof: a moderator whose address is unverified again (or was
    // granted before the check) can still be revoked.
    await admin().auth.updateUser(squatter.uid, { emailVerified: false });
    expect(await call('setModerator', { siteId: 'news', email: 'new.mod@news.example', role: null }, owner)).toMatchObject({ ok: true });
    expect((await admin().auth.getUser(squatter.uid)).customClaims).toMatchObject({ roles: {} });
    expect(await countDocs('siteRoles')).toBe(0);
  });

  it('refuses role changes to moderators', async () => {
    expect(await call('setModerator', { siteId: 'news', email: 'mod@news.example', role: null }, moderator)).toMatchObject({ ok: false, code: 'not-owner' });
  });

  it('creates an SSO secret, shows it once and keeps it where no client reads', async () => {
    const result = await call<RotateSsoSecretResult>('rotateSsoSecret', { siteId: 'news' }, owner);
    expect(result.ok && result.data.secret).toMatch(/^[\w-]{43}$/);
    expect(await read('sites/news/private/secrets')).toEqual({ ssoSecret: result.ok ? result.data.secret : '' });
    expect(await read('sites/news/private/settings')).toMatchObject({ ssoConfigured: true, ssoRotatedAt: expect.any(Number) });
    const again = await call<RotateSsoSecretResult>('rotateSsoSecret', { siteId: 'news' }, owner);
    expect(again.ok && again.data.secret).not.toBe(result.ok && result.data.secret);
    expect(await call('rotateSsoSecret', { siteId: 'news' }, moderator)).toMatchObject({ ok: false, code: 'not-owner' });
  });
});
