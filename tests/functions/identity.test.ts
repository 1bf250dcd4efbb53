import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CreateCommentResult, SsoSignInResult } from '../../core/src/api.ts';
import { signSsoPayload, ssoUid } from '../../functions/src/identity/sso.ts';
import { admin } from '../support/admin.ts';
import { call, signInWithCustomToken, signInWithEmailLink, signInWithPassword, signUpAnonymous } from '../support/emulator.ts';
import { countDocs, GENEROUS_LIMITS, newComment, post, resetWithSite, setSettings, signedInWithRoles } from '../support/fixtures.ts';
import { fingerprint } from '../support/snapshot-db.ts';
import { claimsOf, refreshed, setOwnPhoto, signInWithCustomTokenRefreshable, signInWithProvider, signUpWithPassword } from './self-made-accounts.ts';

const SECRET = 'test-sso-secret-0123456789abcdef';
const nowSec = () => Math.floor(Date.now() / 1000);

beforeEach(async () => {
  await resetWithSite();
  await setSettings('news', GENEROUS_LIMITS);
  await admin().db.doc('sites/news/private/secrets').set({ ssoSecret: SECRET });
});

describe('publisher SSO', () => {
  it('signs in a publisher user, namespaced per site, who posts under the publisher name', async () => {
    const token = signSsoPayload({ id: 'user-42', name: 'Greta from the Paper', exp: nowSec() + 300, email: 'greta@paper.example' }, SECRET);
    const result = await call<SsoSignInResult>('ssoSignIn', { siteId: 'news', token });
    expect(result).toMatchObject({ ok: true, data: { uid: ssoUid('news', 'user-42') } });
    expect(ssoUid('news', 'user-42')).not.toBe(ssoUid('other', 'user-42'));
    const user = await signInWithCustomToken(result.ok ? result.data.customToken : '');
    const posted = await call<CreateCommentResult>('createComment', newComment({ guest: undefined }), user);
    expect(posted).toMatchObject({ ok: true, data: { comment: { author: { name: 'Greta from the Paper', provider: 'sso', uid: user.uid } } } });
    expect(JSON.stringify(posted)).not.toContain('greta@paper.example');
  });

  it.each<[string, () => string]>([
    ['a replayed token', () => ''],
    ['an expired token', () => signSsoPayload({ id: 'u', name: 'U', exp: nowSec() - 1 }, SECRET)],
    ['a token valid for more than ten minutes', () => signSsoPayload({ id: 'u', name: 'U', exp: nowSec() + 3600 }, SECRET)],
    ['a forged signature', () => signSsoPayload({ id: 'u', name: 'U', exp: nowSec() + 60 }, 'not-the-secret')],
    ['a tampered payload', () => {
      const [body, signature] = signSsoPayload({ id: 'u', name: 'U', exp: nowSec() + 60 }, SECRET).split('.');
      const changed = Buffer.from(Buffer.from(body!, 'base64url').toString().replace('"U"', '"Admin"')).toString('base64url');
      return `${changed}.${signature}`;
    }],
    ['a payload without a name', () => signSsoPayload({ id: 'u', exp: nowSec() + 60 } as never, SECRET)],
  ])('refuses %s', async (name, make) => {
    let token = make();
    if (name === 'a replayed token') {
      token = signSsoPayload({ id: 'u', name: 'U', exp: nowSec() + 60 }, SECRET);
      expect(await call('ssoSignIn', { siteId: 'news', token })).toMatchObject({ ok: true });
    }
    expect(await call('ssoSignIn', { siteId: 'news', token })).toMatchObject({ ok: false, code: 'sso-invalid', status: 'UNAUTHENTICATED' });
  });

  it("refuses a replay whose signature's last character was changed to another spelling of the same bytes", async () => {
    const token = signSsoPayload({ id: 'u', name: 'U', exp: nowSec() + 60 }, SECRET);
    expect(await call('ssoSignIn', { siteId: 'news', token })).toMatchObject({ ok: true });
    const [body, signature] = token.split('.') as [string, string];
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // 32 bytes take 43 characters; the last one's two low bits carry nothing.
    const respelled = signature.slice(0, -1) + alphabet[alphabet.indexOf(signature.at(-1)!) ^ 1];
    expect(respelled).not.toBe(signature);
    expect(Buffer.from(respelled, 'base64url').equals(Buffer.from(signature, 'base64url'))).toBe(true);
    expect(await call('ssoSignIn', { siteId: 'news', token: `${body}.${respelled}` })).toMatchObject({ ok: false, code: 'sso-invalid' });
  });

  it("refuses comments from one site's SSO user on another site that offers SSO too", async () => {
    await admin().db.doc('sites/sport').set({ name: 'Sport', providers: ['guest', 'sso'] });
    await admin().db.doc('sites/sport/private/secrets').set({ ssoSecret: 'sport-secret-0123456789abcdef' });
    await admin().db.doc('sites/news').update({ providers: ['guest', 'sso'] });
    const result = await call<SsoSignInResult>('ssoSignIn', { siteId: 'news', token: signSsoPayload({ id: 'user-7', name: 'Nell', exp: nowSec() + 300 }, SECRET) });
    const user = await signInWithCustomToken(result.ok ? result.data.customToken : '');
    expect(await call('createComment', newComment({ siteId: 'sport', guest: undefined }), user)).toMatchObject({ ok: false, code: 'sso-invalid', status: 'UNAUTHENTICATED' });
    expect(await countDocs('comments')).toBe(0);
    expect(await call('createComment', newComment({ guest: undefined }), user)).toMatchObject({ ok: true, data: { comment: { author: { provider: 'sso' } } } });
  });

  it('refuses sites without an SSO secret, and malformed tokens', async () => {
    await admin().db.doc('sites/news/private/secrets').delete();
    expect(await call('ssoSignIn', { siteId: 'news', token: signSsoPayload({ id: 'u', name: 'U', exp: nowSec() + 60 }, SECRET) })).toMatchObject({ ok: false, code: 'sso-invalid' });
    expect(await call('ssoSignIn', { siteId: 'news', token: 'no-dot' })).toMatchObject({ ok: false, code: 'sso-invalid' });
    expect(await call('ssoSignIn', { siteId: 'nowhere', token: 'a.b' })).toMatchObject({ ok: false, code: 'site-not-found' });
  });
});

describe('email-link sign-in', () => {
  const continueUrl = 'https://news.example.com/story';

  it('mails a link that signs in that address, and not another', async () => {
    expect(await call('sendSignInLink', { siteId: 'news', email: 'Link.User@Example.com', continueUrl })).toEqual({ ok: true, data: { sent: true } });
    const mail = (await admin().db.collection('mail').get()).docs.map((doc) => doc.data());
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: 'link.user@example.com', message: { subject: expect.stringContaining('News') } });
    const link = /https?:\/\/\S+/.exec(mail[0]!.message.text as string)![0];
    const oobCode = new URL(link).searchParams.get('oobCode')!;
    await expect(signInWithEmailLink('someone.else@example.com', oobCode)).rejects.toThrow();
    const user = await signInWithEmailLink('link.user@example.com', oobCode);
    expect(user.uid).toBeTruthy();
  });

  it('limits links per address and per IP address', async () => {
    for (let i = 0; i < 3; i++) expect(await call('sendSignInLink', { siteId: 'news', email: 'busy@example.com', continueUrl })).toMatchObject({ ok: true });
    expect(await call('sendSignInLink', { siteId: 'news', email: 'busy@example.com', continueUrl })).toMatchObject({ ok: false, code: 'rate-limited' });
    const fromIp = { 'x-forwarded-for': '198.51.100.99' };
    for (let i = 0; i < 10; i++) expect(await call('sendSignInLink', { siteId: 'news', email: `u${i}@example.com`, continueUrl }, null, fromIp)).toMatchObject({ ok: true });
    expect(await call('sendSignInLink', { siteId: 'news', email: 'u10@example.com', continueUrl }, null, fromIp)).toMatchObject({ ok: false, code: 'rate-limited' });
  });

  it('limits a mailbox however its address is spelled', async () => {
    for (let i = 0; i < 3; i++) expect(await call('sendSignInLink', { siteId: 'news', email: 'john.doe@gmail.com', continueUrl }, null, { 'x-forwarded-for': `198.51.100.${i + 1}` })).toMatchObject({ ok: true });
    for (const spelling of ['johndoe@gmail.com', 'J.o.h.n.D.o.e+again@googlemail.com']) {
      expect(await call('sendSignInLink', { siteId: 'news', email: spelling, continueUrl }, null, { 'x-forwarded-for': '198.51.100.50' })).toMatchObject({ ok: false, code: 'rate-limited' });
    }
    expect((await admin().db.collection('mail').get()).size).toBe(3);
  });

  it('limits an IPv6 client by its /64 network, not by each of its addresses', async () => {
    const from = (host: number) => ({ 'x-forwarded-for': `2001:db8:42:7::${host.toString(16)}` });
    for (let i = 0; i < 10; i++) expect(await call('sendSignInLink', { siteId: 'news', email: `w${i}@example.com`, continueUrl }, null, from(i + 1))).toMatchObject({ ok: true });
    expect(await call('sendSignInLink', { siteId: 'news', email: 'w10@example.com', continueUrl }, null, from(0xbeef))).toMatchObject({ ok: false, code: 'rate-limited' });
    expect(await call('sendSignInLink', { siteId: 'news', email: 'w10@example.com', continueUrl }, null, { 'x-forwarded-for': '2001:db8:42:8::1' })).toMatchObject({ ok: true });
  });

  it('counts nothing when either limit refuses a request', async () => {
    const fromIp = { 'x-forwarded-for': '198.51.100.77' };
    for (let i = 0; i < 10; i++) expect(await call('sendSignInLink', { siteId: 'news', email: `v${i}@example.com`, continueUrl }, null, fromIp)).toMatchObject({ ok: true });
    const full = await fingerprint();
    // The IP address is at its limit: the new address must not be counted either.
    expect(await call('sendSignInLink', { siteId: 'news', email: 'fresh@example.com', continueUrl }, null, fromIp)).toMatchObject({ ok: false, code: 'rate-limited' });
    expect(await fingerprint()).toBe(full);
    for (let i = 0; i < 3; i++) expect(await call('sendSignInLink', { siteId: 'news', email: 'fresh@example.com', continueUrl }, null, { 'x-forwarded-for': `203.0.113.${i}` })).toMatchObject({ ok: true });
    // The address is at its limit: the new IP address must not be counted.
    const again = await fingerprint();
    expect(await call('sendSignInLink', { siteId: 'news', email: 'fresh@example.com', continueUrl }, null, { 'x-forwarded-for': '203.0.113.200' })).toMatchObject({ ok: false, code: 'rate-limited' });
    expect(await fingerprint()).toBe(again);
  });

  it('refuses an invalid address and a page outside the site', async () => {
    expect(await call('sendSignInLink', { siteId: 'news', email: 'nope', continueUrl })).toMatchObject({ ok: false, code: 'email-invalid' });
    await admin().db.doc('sites/news').update({ origins: ['https://News.Example.com:443'] });
    expect(await call('sendSignInLink', { siteId: 'news', email: 'a@example.com', continueUrl: 'https://phish.example/x' })).toMatchObject({ ok: false, code: 'invalid-request' });
    // An origin is compared as a browser reads it: case and the default port do not matter.
    expect(await call('sendSignInLink', { siteId: 'news', email: 'a@example.com', continueUrl: 'https://news.example.com/story' })).toMatchObject({ ok: true });
  });
});

describe('avatars', () => {
  const TRACKER = 'https://tracker.example/pixel.png';
  const avatarOf = (result: unknown) => (result as { ok: boolean; data?: CreateCommentResult }).data?.comment.author.avatar;

  it("shows the provider's photo, never one the account's holder set for themselves (a tracker, an email hash)", async () => {
    await admin().db.doc('sites/news').update({ providers: ['google.com', 'email'] });
    const photo = 'https://lh3.googleusercontent.com/a/gina.png';
    const gina = await signInWithProvider('google.com', { sub: 'g-1', email: 'gina@gmail.com', email_verified: true, name: 'Gina', picture: photo });
    expect(avatarOf(await call('createComment', newComment({ guest: undefined, body: 'First' }), gina))).toBe(photo);
    await setOwnPhoto(gina, TRACKER);
    const changed = await refreshed(gina);
    expect(claimsOf(changed).picture).toBe(TRACKER);
    expect(avatarOf(await call('createComment', newComment({ guest: undefined, body: 'Second' }), changed))).toBe(photo);

    // An email reader has no provider photo: a generated avatar, whatever they set.
    const member = await signedInWithRoles('pat@example.com', {}, 'Pat');
    await setOwnPhoto(member, `https://www.gravatar.com/avatar/${createHash('md5').update('pat@example.com').digest('hex')}`);
    const pat = await signInWithPassword('pat@example.com', 'password-123');
    expect(claimsOf(pat).picture).toMatch(/gravatar/);
    expect(avatarOf(await call('createComment', newComment({ guest: undefined }), pat))).toBeNull();
  });

  it("shows an SSO user the publisher's avatar, and not one they set themselves", async () => {
    await admin().db.doc('sites/news').update({ providers: ['sso'] });
    const avatar = 'https://paper.example/avatars/42.png';
    const result = await call<SsoSignInResult>('ssoSignIn', { siteId: 'news', token: signSsoPayload({ id: 'user-42', name: 'Greta', avatar, exp: nowSec() + 300 }, SECRET) });
    const greta = await signInWithCustomTokenRefreshable(result.ok ? result.data.customToken : '');
    expect(avatarOf(await call('createComment', newComment({ guest: undefined, body: 'First' }), greta))).toBe(avatar);
    await setOwnPhoto(greta, TRACKER);
    const changed = await refreshed(greta);
    expect(claimsOf(changed).picture).toBe(TRACKER);
    expect(avatarOf(await call('createComment', newComment({ guest: undefined, body: 'Second' }), changed))).toBe(avatar);
  });
});

describe('identity paths the site does not offer', () => {
  it('refuses a guest comment, an email link and an SSO sign-in when the site turned them off', async () => {
    await admin().db.doc('sites/news').update({ providers: ['google.com'] });
    expect(await call('createComment', newComment(), await signUpAnonymous())).toMatchObject({ ok: false, code: 'provider-disabled', status: 'PERMISSION_DENIED' });
    expect(await call('sendSignInLink', { siteId: 'news', email: 'a@example.com', continueUrl: 'https://news.example.com/a' })).toMatchObject({ ok: false, code: 'provider-disabled' });
    const token = signSsoPayload({ id: 'u', name: 'U', exp: nowSec() + 60 }, SECRET);
    expect(await call('ssoSignIn', { siteId: 'news', token })).toMatchObject({ ok: false, code: 'provider-disabled' });
    expect((await admin().db.collection('comments').count().get()).data().count).toBe(0);
  });

  it('takes a password account whose address nobody verified for a guest, not for a reader who proved their address', async () => {
    await admin().db.doc('sites/news').update({ providers: ['email'] });
    const typed = await signUpWithPassword('made.up@example.com', 'password-123');
    expect(await call('createComment', newComment({ guest: undefined }), typed)).toMatchObject({ ok: false, code: 'name-missing' });
    expect(await call('createComment', newComment(), typed)).toMatchObject({ ok: false, code: 'provider-disabled' });
    expect(await countDocs('comments')).toBe(0);
    // Where guests may post, it posts as one: with a guest's name and address, shown as a guest.
    await admin().db.doc('sites/news').update({ providers: ['email', 'guest'] });
    expect(await call('createComment', newComment(), typed)).toMatchObject({ ok: true, data: { comment: { author: { provider: 'guest', name: 'Ann' } } } });
    // Once the address is verified, the account is an email reader.
    await admin().auth.updateUser(typed.uid, { emailVerified: true, displayName: 'Made Up' });
    const verified = await signInWithPassword('made.up@example.com', 'password-123');
    expect(await call('createComment', newComment({ guest: undefined, body: 'Now verified' }), verified)).toMatchObject({ ok: true, data: { comment: { author: { provider: 'email', name: 'Made Up' } } } });
  });

  it('refuses reactions and reports from a way of signing in the site does not offer, and from another site\'s SSO users', async () => {
    const { comment } = await post(await signUpAnonymous());
    await admin().db.doc('sites/sport').set({ name: 'Sport', providers: ['sso'] });
    await admin().db.doc('sites/sport/private/secrets').set({ ssoSecret: 'sport-secret-0123456789abcdef' });
    const result = await call<SsoSignInResult>('ssoSignIn', { siteId: 'sport', token: signSsoPayload({ id: 'fan-1', name: 'Fan', exp: nowSec() + 300 }, 'sport-secret-0123456789abcdef') });
    const sportFan = await signInWithCustomToken(result.ok ? result.data.customToken : '');
    await admin().db.doc('sites/news').update({ providers: ['google.com'] });
    const before = await fingerprint();
    const guests = await Promise.all([signUpAnonymous(), signUpAnonymous(), signUpAnonymous()]);
    for (const guest of guests) {
      expect(await call('reportComment', { siteId: 'news', commentId: comment.id, reason: 'spam' }, guest)).toMatchObject({ ok: false, code: 'provider-disabled' });
      expect(await call('reactToComment', { siteId: 'news', commentId: comment.id, reaction: 'like' }, guest)).toMatchObject({ ok: false, code: 'provider-disabled' });
    }
    await admin().db.doc('sites/news').update({ providers: ['google.com', 'sso'] });
    expect(await call('reportComment', { siteId: 'news', commentId: comment.id, reason: 'spam' }, sportFan)).toMatchObject({ ok: false, code: 'sso-invalid' });
    expect(await call('reactToComment', { siteId: 'news', commentId: comment.id, reaction: 'like' }, sportFan)).toMatchObject({ ok: false, code: 'sso-invalid' });
    await admin().db.doc('sites/news').update({ providers: ['google.com'] });
    expect(await fingerprint()).toBe(before);
    // The site's staff still may.
    const moderator = await signedInWithRoles('mod@news.example', { news: 'moderator' }, 'Mod');
    expect(await call('reactToComment', { siteId: 'news', commentId: comment.id, reaction: 'like' }, moderator)).toMatchObject({ ok: true });
  });

  it("still lets the site's staff post", async () => {
    await admin().db.doc('sites/news').update({ providers: ['sso'] });
    const moderator = await signedInWithRoles('mod@news.example', { news: 'moderator' }, 'Mod');
    expect(await call('createComment', newComment({ guest: undefined }), moderator)).toMatchObject({ ok: true });
  });
});

describe('protection', () => {
  it('refuses disabled accounts and revoked sessions', async () => {
    const member = await signedInWithRoles('member@example.com', {}, 'Member');
    await admin().auth.updateUser(member.uid, { disabled: true });
    expect(await call('createComment', newComment(), member)).toMatchObject({ ok: false, code: 'account-disabled' });
    const other = await signedInWithRoles('other@example.com', {}, 'Other');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await admin().auth.revokeRefreshTokens(other.uid);
    expect(await call('createComment', newComment(), other)).toMatchObject({ ok: false, code: 'session-revoked' });
  });

  it("reserves staff names: a guest cannot post as the moderator, who still can", async () => {
    const owner = await signedInWithRoles('owner@news.example', { news: 'owner' }, 'Owner');
    const mod = await signedInWithRoles('sam@news.example', {}, 'Sam Moderator');
    await call('setModerator', { siteId: 'news', email: 'sam@news.example', role: 'moderator' }, owner);
    const guest = await signUpAnonymous();
    expect(await call('createComment', newComment({ guest: { name: 'SAM  moderatör', email: 'x@example.com' } }), guest)).toMatchObject({ ok: false, code: 'name-reserved' });
    // Look-alikes: digits for letters, letters spaced out, words run together.
    for (const name of ['5am M0derator', 'S a m Moderator', 'SamModerator']) {
      expect(await call('createComment', newComment({ guest: { name, email: 'x@example.com' } }), guest)).toMatchObject({ ok: false, code: 'name-reserved' });
    }
    // A fresh ID token carries the new role claim.
    const refreshed = await signInWithPassword('sam@news.example', 'password-123');
    expect(await call('createComment', newComment({ guest: undefined }), refreshed)).toMatchObject({ ok: true, data: { comment: { author: { name: 'Sam Moderator', badges: ['moderator'] } } } });
    expect(mod.uid).toBe(refreshed.uid);
  });

  it("keeps a renamed moderator's name reserved and frees the old one", async () => {
    const owner = await signedInWithRoles('owner@news.example', { news: 'owner' }, 'Owner');
    await signedInWithRoles('sam@news.example', {}, 'Sam Moderator');
    await call('setModerator', { siteId: 'news', email: 'sam@news.example', role: 'moderator' }, owner);
    const sam = await signInWithPassword('sam@news.example', 'password-123');
    expect(await call('updateProfile', { name: 'Samantha Editor' }, sam)).toMatchObject({ ok: true });
    const guest = await signUpAnonymous();
    expect(await call('createComment', newComment({ guest: { name: 'samantha EDITOR', email: 'x@example.com' } }), guest)).toMatchObject({ ok: false, code: 'name-reserved' });
    expect(await call('createComment', newComment({ guest: { name: 'Sam Moderator', email: 'x@example.com' } }), guest)).toMatchObject({ ok: true });
    const renamed = await signInWithPassword('sam@news.example', 'password-123');
    expect(await call('createComment', newComment({ guest: undefined, body: 'Under my new name' }), renamed)).toMatchObject({ ok: true, data: { comment: { author: { name: 'Samantha Editor' } } } });
  });

  it("refuses a moderator posting under another moderator's name, and renaming to it", async () => {
    const owner = await signedInWithRoles('owner@news.example', { news: 'owner' }, 'Owner');
    await Promise.all([signedInWithRoles('alex@news.example', {}, 'Alex Mod'), signedInWithRoles('bea@news.example', {}, 'Bea Mod')]);
    for (const email of ['alex@news.example', 'bea@news.example']) await call('setModerator', { siteId: 'news', email, role: 'moderator' }, owner);
    const bea = await signInWithPassword('bea@news.example', 'password-123');
    expect(await call('updateProfile', { name: 'ALEX  mod' }, bea)).toMatchObject({ ok: false, code: 'name-reserved' });
    expect(await call('updateProfile', { name: 'A1ex M0d' }, bea)).toMatchObject({ ok: false, code: 'name-reserved' });
    expect((await admin().auth.getUser(bea.uid)).displayName).toBe('Bea Mod');
    // As the Auth SDK's own updateProfile would, without Parley's callable.
    await admin().auth.updateUser(bea.uid, { displayName: 'Alex Mod' });
    const posing = await signInWithPassword('bea@news.example', 'password-123');
    expect(await call('createComment', newComment({ guest: undefined }), posing)).toMatchObject({ ok: false, code: 'name-reserved' });
    const alex = await signInWithPassword('alex@news.example', 'password-123');
    expect(await call('createComment', newComment({ guest: undefined }), alex)).toMatchObject({ ok: true, data: { comment: { author: { name: 'Alex Mod', badges: ['moderator'] } } } });
  });

  it("gives a guest who types a member's email nothing of theirs: no badge, no edit", async () => {
    const moderator = await signedInWithRoles('mod@news.example', { news: 'moderator' }, 'Mod');
    const { comment } = await post(moderator, { guest: undefined });
    const impostor = await signUpAnonymous();
    const posted = await call<CreateCommentResult>('createComment', newComment({ body: 'me too', guest: { name: 'Someone', email: 'mod@news.example' } }), impostor);
    expect(posted).toMatchObject({ ok: true, data: { comment: { author: { badges: [], provider: 'guest' } } } });
    expect(await call('editComment', { siteId: 'news', commentId: comment.id, body: 'hijack' }, impostor)).toMatchObject({ ok: false, code: 'not-author' });
  });
});
