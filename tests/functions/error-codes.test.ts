import { beforeAll, describe, expect, it } from 'vitest';
import type { SsoSignInResult } from '../../core/src/api.ts';
import { foldForMatching } from '../../core/src/moderation/normalize.ts';
import { signSsoPayload, ssoUid } from '../../functions/src/identity/sso.ts';
import { ensureAccount } from '../../scripts/lib/seed.ts';
import { admin } from '../support/admin.ts';
import { call, signInWithCustomToken, signInWithPassword, signUpAnonymous, type TestUser } from '../support/emulator.ts';
import { GENEROUS_LIMITS, inParallel, post, read, resetWithSite, setSettings, signedInWithRoles } from '../support/fixtures.ts';
import { fingerprint } from '../support/snapshot-db.ts';

/**
 * The refusals other files leave out, one callable and code at a time: each asserts the code and
 * that the database is exactly as it was. Shares one fixture; tests that change the fixture put
 * it back.
 */

const OWNER_EMAIL = 'owner@news.example';
const OWNER_NAME = 'Olive Owner';
const SECRET = 'error-codes-sso-secret-0123456789';
const nowSec = () => Math.floor(Date.now() / 1000);

let owner: TestUser;
let reader: TestUser;
let ids: { own: string; theirs: string; thread: string };

beforeAll(async () => {
  await resetWithSite();
  await setSettings('news', GENEROUS_LIMITS);
  await admin().db.doc('sites/news/private/secrets').set({ ssoSecret: SECRET });
  // The owner may call every callable: owners pass the moderator checks too.
  [owner, reader] = await Promise.all([signedInWithRoles(OWNER_EMAIL, { news: 'owner' }, OWNER_NAME), signUpAnonymous()]);
  await ensureAccount({ email: 'helper@news.example', password: 'password-123', name: 'Helper' }, {});
  const own = await post(owner, { guest: undefined, body: 'The owner speaks' });
  const theirs = await post(reader, { body: 'A reader speaks' });
  ids = { own: own.comment.id, theirs: theirs.comment.id, thread: own.threadId };
});

/** Calls and expects the refusal, with nothing in Firestore changed. */
async function expectRefused(name: string, data: unknown, user: TestUser | null, code: string): Promise<void> {
  const before = await fingerprint();
  expect(await call(name, data, user), `${name} ${JSON.stringify(data).slice(0, 80)}`).toMatchObject({ ok: false, code });
  expect(await fingerprint()).toBe(before);
}

/** A valid request to every write a signed-in caller makes after creating a comment. */
function everyWrite(): Array<[string, Record<string, unknown>]> {
  return [
    ['editComment', { siteId: 'news', commentId: ids.own, body: 'Changed words' }],
    ['deleteComment', { siteId: 'news', commentId: ids.own }],
    ['reactToComment', { siteId: 'news', commentId: ids.theirs, reaction: 'like' }],
    ['reportComment', { siteId: 'news', commentId: ids.theirs, reason: 'illegal', details: 'Defamation' }],
    ['moderateComments', { siteId: 'news', ids: [ids.theirs], action: 'reject', reason: 'no' }],
    ['banUser', { siteId: 'news', uid: reader.uid, hours: 1, shadow: false, reason: 'abuse' }],
    ['unbanUser', { siteId: 'news', uid: reader.uid }],
    ['trustUser', { siteId: 'news', uid: reader.uid, trusted: true }],
    ['setThreadState', { siteId: 'news', threadId: ids.thread, closed: true }],
    ['updateSite', { siteId: 'news', site: { name: 'Taken over' }, settings: { bannedWords: ['everything'] } }],
    ['setModerator', { siteId: 'news', email: 'helper@news.example', role: 'moderator' }],
    ['rotateSsoSecret', { siteId: 'news' }],
    ['updateProfile', { name: 'Someone Else' }],
    ['exportMyData', {}],
    ['deleteMyAccount', {}],
  ];
}

/** Every write refused with `code`, nothing stored, and the accounts (Auth) untouched. */
async function expectEveryWriteRefused(user: TestUser, code: string): Promise<void> {
  const before = await fingerprint();
  const results = await inParallel(everyWrite(), 4, async ([name, data]) => [name, (await call(name, data, user)) as { ok: boolean; code?: string }] as const);
  expect(results.map(([name, result]) => [name, result.ok ? 'accepted' : result.code])).toEqual(everyWrite().map(([name]) => [name, code]));
  expect(await fingerprint()).toBe(before);
  const account = await admin().auth.getUser(owner.uid);
  expect(account.displayName).toBe(OWNER_NAME);
  expect((await admin().auth.getUserByEmail('helper@news.example')).customClaims).toEqual({ roles: {} });
}

describe('disabled accounts and revoked sessions', () => {
  it('refuses every write, the owner\'s included, from a disabled account and stores nothing', async () => {
    await admin().auth.updateUser(owner.uid, { disabled: true });
    try {
      await expectEveryWriteRefused(owner, 'account-disabled');
    } finally {
      await admin().auth.updateUser(owner.uid, { disabled: false });
    }
  });

  it('refuses every write with a token issued before the sessions were revoked, and takes a fresh one', async () => {
    const stale = await signInWithPassword(OWNER_EMAIL, 'password-123');
    // Revocation times have a resolution of one second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await admin().auth.revokeRefreshTokens(owner.uid);
    await expectEveryWriteRefused(stale, 'session-revoked');
    owner = await signInWithPassword(OWNER_EMAIL, 'password-123');
    expect(await call('exportMyData', {}, owner)).toMatchObject({ ok: true });
  });
});

describe('refusals by request content', () => {
  const long = (length: number) => 'r'.repeat(length);
  const LONE = 'bad \uD800 text';
  it.each<[string, string, () => Record<string, unknown>, () => TestUser | null, string]>([
    ['editComment', 'a lone surrogate in the body', () => ({ siteId: 'news', commentId: ids.theirs, body: LONE }), () => reader, 'invalid-text'],
    ['editComment', 'a body over the hard limit', () => ({ siteId: 'news', commentId: ids.theirs, body: 'x'.repeat(20_001) }), () => reader, 'body-too-long'],
    ['reportComment', 'a lone surrogate in the explanation', () => ({ siteId: 'news', commentId: ids.own, reason: 'illegal', details: LONE }), () => reader, 'invalid-text'],
    ['reportComment', 'an explanation over 1,000 characters', () => ({ siteId: 'news', commentId: ids.own, reason: 'illegal', details: long(1001) }), () => reader, 'reason-invalid'],
    ['moderateComments', 'a reason over 500 characters', () => ({ siteId: 'news', ids: [ids.theirs], action: 'reject', reason: long(501) }), () => owner, 'reason-invalid'],
    ['moderateComments', 'a lone surrogate in the reason', () => ({ siteId: 'news', ids: [ids.theirs], action: 'reject', reason: LONE }), () => owner, 'invalid-text'],
    ['banUser', 'a reason over 500 characters', () => ({ siteId: 'news', uid: reader.uid, hours: 1, shadow: false, reason: long(501) }), () => owner, 'reason-invalid'],
    ['banUser', 'a lone surrogate in the reason', () => ({ siteId: 'news', uid: reader.uid, hours: 1, shadow: false, reason: LONE }), () => owner, 'invalid-text'],
    ['banUser', 'a ban longer than a year', () => ({ siteId: 'news', uid: reader.uid, hours: 24 * 366, shadow: false }), () => owner, 'invalid-request'],
    ['unbanUser', 'no uid', () => ({ siteId: 'news' }), () => owner, 'invalid-request'],
    ['unbanUser', 'an unknown field', () => ({ siteId: 'news', uid: reader.uid, forever: true }), () => owner, 'invalid-request'],
    ['unbanUser', 'a reason over 500 characters', () => ({ siteId: 'news', uid: reader.uid, reason: long(501) }), () => owner, 'reason-invalid'],
    ['unbanUser', 'a lone surrogate in the reason', () => ({ siteId: 'news', uid: reader.uid, reason: LONE }), () => owner, 'invalid-text'],
    ['trustUser', 'a trust flag that is not a boolean', () => ({ siteId: 'news', uid: reader.uid, trusted: 'yes' }), () => owner, 'invalid-request'],
    ['trustUser', 'no uid', () => ({ siteId: 'news', trusted: true }), () => owner, 'invalid-request'],
    ['setThreadState', 'a caller who is not signed in', () => ({ siteId: 'news', threadId: ids.thread, closed: true }), () => null, 'sign-in-required'],
    ['setThreadState', 'a state that is not a boolean', () => ({ siteId: 'news', threadId: ids.thread, closed: 'yes' }), () => owner, 'invalid-request'],
    ['updateSite', 'a caller who is not signed in', () => ({ siteId: 'news', site: { name: 'Mine' } }), () => null, 'sign-in-required'],
    ['updateSite', 'a lone surrogate in the name', () => ({ siteId: 'news', site: { name: LONE } }), () => owner, 'invalid-text'],
    ['updateSite', 'a rate limit below zero', () => ({ siteId: 'news', settings: { rateLimits: { userPerMinute: -1 } } }), () => owner, 'invalid-request'],
    ['setModerator', 'a caller who is not signed in', () => ({ siteId: 'news', email: 'helper@news.example', role: 'moderator' }), () => null, 'sign-in-required'],
    ['setModerator', 'the owner role', () => ({ siteId: 'news', email: 'helper@news.example', role: 'owner' }), () => owner, 'invalid-request'],
    ['rotateSsoSecret', 'a caller who is not signed in', () => ({ siteId: 'news' }), () => null, 'sign-in-required'],
    ['rotateSsoSecret', 'an unknown field', () => ({ siteId: 'news', secret: 'mine' }), () => owner, 'invalid-request'],
    ['ssoSignIn', 'no token', () => ({ siteId: 'news' }), () => null, 'invalid-request'],
    ['ssoSignIn', 'an unknown field', () => ({ siteId: 'news', token: 'a.b', uid: 'admin' }), () => null, 'invalid-request'],
    ['sendSignInLink', 'a blank email', () => ({ siteId: 'news', email: '   ', continueUrl: 'https://news.example.com/a' }), () => null, 'email-missing'],
    ['sendSignInLink', 'an unknown site', () => ({ siteId: 'nowhere', email: 'a@example.com', continueUrl: 'https://news.example.com/a' }), () => null, 'site-not-found'],
    ['sendSignInLink', 'a page that is not a URL', () => ({ siteId: 'news', email: 'a@example.com', continueUrl: 'not a page' }), () => null, 'invalid-request'],
    ['sendSignInLink', 'a javascript: page', () => ({ siteId: 'news', email: 'a@example.com', continueUrl: 'javascript:alert(1)' }), () => null, 'invalid-request'],
    ['updateProfile', 'a name over 50 characters', () => ({ name: 'n'.repeat(51) }), () => owner, 'name-too-long'],
    ['updateProfile', 'a caller who is not signed in', () => ({ name: 'Nobody' }), () => null, 'sign-in-required'],
    ['updateProfile', 'an unknown field', () => ({ name: 'Olive', roles: { news: 'owner' } }), () => owner, 'invalid-request'],
    ['updateProfile', 'a lone surrogate in the name', () => ({ name: LONE }), () => owner, 'invalid-text'],
    ['updateProfile', 'a website (a profile holds a name only)', () => ({ name: 'Olive', website: 'https://olive.example' }), () => owner, 'invalid-request'],
    ['deleteMyAccount', 'a caller who is not signed in', () => ({}), () => null, 'sign-in-required'],
    ['deleteMyAccount', 'an unknown field', () => ({ everything: true }), () => owner, 'invalid-request'],
    ['exportMyData', 'a request that is not an object', () => [] as never, () => owner, 'invalid-request'],
  ])('%s refuses %s', async (name, _what, data, user, code) => {
    await expectRefused(name, data(), user(), code);
  });

  it('deleteMyAccount refused leaves the account in place', async () => {
    expect(await call('deleteMyAccount', { everything: true }, owner)).toMatchObject({ ok: false, code: 'invalid-request' });
    expect((await admin().auth.getUser(owner.uid)).displayName).toBe(OWNER_NAME);
  });
});

describe('unexpected failures', () => {
  it('answer with the code internal and change nothing', async () => {
    // A reply whose parent document is gone (an admin script removed it): approving the reply
    // updates the parent's reply count, which Firestore refuses.
    const parent = await post(owner, { guest: undefined, body: 'A parent soon gone' });
    const reply = await post(reader, { body: 'A reply left behind', parentId: parent.comment.id });
    await admin().db.doc(`comments/${reply.comment.id}`).update({ status: 'pending', visible: false });
    await admin().db.doc(`comments/${parent.comment.id}`).delete();
    try {
      await expectRefused('moderateComments', { siteId: 'news', ids: [reply.comment.id], action: 'approve' }, owner, 'internal');
    } finally {
      await admin().db.doc(`comments/${reply.comment.id}`).delete();
    }
  });
});

describe('refusals by the state of the site', () => {
  it("editComment refuses a body longer than the site's own limit and keeps the text", async () => {
    await admin().db.doc('sites/news').update({ maxLength: 20 });
    try {
      await expectRefused('editComment', { siteId: 'news', commentId: ids.theirs, body: 'x'.repeat(21) }, reader, 'body-too-long');
      expect(await read(`comments/${ids.theirs}`)).toMatchObject({ body: 'A reader speaks', revision: 1 });
    } finally {
      await admin().db.doc('sites/news').update({ maxLength: 10_000 });
    }
  });

  it("editComment refuses an author whose name became reserved for the site's staff", async () => {
    await setSettings('news', { reservedNames: { [foldForMatching('Ann').trim()]: 'staff-uid' } });
    try {
      await expectRefused('editComment', { siteId: 'news', commentId: ids.theirs, body: 'Now I am staff' }, reader, 'name-reserved');
    } finally {
      await setSettings('news', { reservedNames: {} });
    }
  });

  it('editComment refuses a comment whose site is gone', async () => {
    const site = await read('sites/news');
    await admin().db.doc('sites/news').delete();
    try {
      await expectRefused('editComment', { siteId: 'news', commentId: ids.theirs, body: 'Anyone there?' }, reader, 'site-not-found');
    } finally {
      await admin().db.doc('sites/news').set(site!);
    }
  });

  it('rotateSsoSecret refuses the owner of a site that does not exist, and stores no secret', async () => {
    const ghostOwner = await signedInWithRoles('owner@ghost.example', { ghost: 'owner' });
    await expectRefused('rotateSsoSecret', { siteId: 'ghost' }, ghostOwner, 'site-not-found');
    expect(await read('sites/ghost/private/secrets')).toBeUndefined();
  });

  it('ssoSignIn refuses a publisher user whose Parley account was disabled, and leaves the account as it was', async () => {
    const first = await call<SsoSignInResult>('ssoSignIn', { siteId: 'news', token: signSsoPayload({ id: 'pub-7', name: 'Pub Seven', exp: nowSec() + 300 }, SECRET) });
    expect(first).toMatchObject({ ok: true, data: { uid: ssoUid('news', 'pub-7') } });
    await signInWithCustomToken(first.ok ? first.data.customToken : '');
    await admin().auth.updateUser(ssoUid('news', 'pub-7'), { disabled: true });
    const profile = await read(`users/${ssoUid('news', 'pub-7')}`);
    const before = await fingerprint();
    const again = await call('ssoSignIn', { siteId: 'news', token: signSsoPayload({ id: 'pub-7', name: 'Renamed Seven', exp: nowSec() + 300 }, SECRET) });
    expect(again).toMatchObject({ ok: false, code: 'account-disabled', status: 'PERMISSION_DENIED' });
    // Nothing written, the token's single-use record included.
    expect(await fingerprint()).toBe(before);
    expect(await read(`users/${ssoUid('news', 'pub-7')}`)).toEqual(profile);
    expect((await admin().auth.getUser(ssoUid('news', 'pub-7'))).displayName).toBe('Pub Seven');
  });
});
