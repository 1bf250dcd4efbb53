import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DeleteAccountResult, ExportResult } from '../../core/src/api.ts';
import { admin } from '../support/admin.ts';
import { call, signInWithPassword, signUpAnonymous, type TestUser } from '../support/emulator.ts';
import { signUpWithPassword } from './self-made-accounts.ts';
import { GENEROUS_LIMITS, newComment, post, read, resetWithSite, setSettings, signedInWithRoles } from '../support/fixtures.ts';
import { dumpDatabase, readableByReaders } from '../support/snapshot-db.ts';

const NAME = 'Quentin Zyxwvut';
const EMAIL = 'quentin.zyxwvut@example.com';
let leaver: TestUser;
let other: TestUser;

beforeEach(async () => {
  await resetWithSite();
  await setSettings('news', { ...GENEROUS_LIMITS, suspectWords: ['casino'] });
  [leaver, other] = await Promise.all([signedInWithRoles(EMAIL, {}, NAME), signUpAnonymous()]);
});

async function session() {
  // The address asked for a sign-in link once: a mail document and a rate-limit record.
  expect(await call('sendSignInLink', { siteId: 'news', email: EMAIL, continueUrl: 'https://news.example.com/story' })).toMatchObject({ ok: true });
  const first = await post(leaver, { body: 'My first thought', guest: undefined });
  await post(other, { body: 'A reply to Q', parentId: first.comment.id });
  const held = await post(leaver, { body: 'casino night', guest: undefined });
  await call('reactToComment', { siteId: 'news', commentId: first.comment.id, reaction: 'like' }, other);
  const others = await post(other, { body: 'Another view' });
  await call('reactToComment', { siteId: 'news', commentId: others.comment.id, reaction: 'laugh' }, leaver);
  await call('reportComment', { siteId: 'news', commentId: others.comment.id, reason: 'off-topic' }, leaver);
  return { first: first.comment.id, held: held.comment.id, threadId: first.threadId };
}

describe('download my data', () => {
  it("exports exactly the caller's profile, standing, comments with statuses, reactions and reports", async () => {
    const { first, held } = await session();
    const result = await call<ExportResult>('exportMyData', {}, leaver);
    if (!result.ok) throw new Error(result.code);
    const data = result.data;
    expect(data.uid).toBe(leaver.uid);
    expect(data.profile).toMatchObject({ name: NAME, email: EMAIL });
    expect(data.sites).toEqual([expect.objectContaining({ siteId: 'news', uid: leaver.uid })]);
    expect(data.comments.map((comment) => [comment.id, comment.status, comment.body]).sort()).toEqual(
      [
        [first, 'approved', 'My first thought'],
        [held, 'pending', 'casino night'],
      ].sort(),
    );
    expect(data.comments.every((comment) => comment.private?.email === EMAIL)).toBe(true);
    expect(data.reactions).toEqual([expect.objectContaining({ reaction: 'laugh' })]);
    expect(data.reports).toEqual([expect.objectContaining({ reason: 'off-topic' })]);
    expect(JSON.stringify(data)).not.toContain('A reply to Q');
    expect(JSON.stringify(data)).not.toContain(other.uid);
  });

  it('refuses a caller who is not signed in, and unknown fields', async () => {
    expect(await call('exportMyData', {}, null)).toMatchObject({ ok: false, code: 'sign-in-required' });
    expect(await call('exportMyData', { everything: true }, leaver)).toMatchObject({ ok: false, code: 'invalid-request' });
  });
});

describe('delete my account', () => {
  it.each(['anonymise', 'delete'] as const)('leaves no trace of the uid, name or email in anything a reader can read (site setting: %s)', async (policy) => {
    await setSettings('news', { accountDeletion: policy });
    const { first, held } = await session();
    const result = await call<DeleteAccountResult>('deleteMyAccount', {}, leaver);
    expect(result).toEqual({ ok: true, data: policy === 'delete' ? { deleted: 2, anonymised: 0 } : { deleted: 0, anonymised: 2 } });

    const readable = await readableByReaders((await signUpAnonymous()).idToken);
    expect(readable.length).toBeGreaterThan(5);
    const traces = readable.flatMap(([path, text]) => [leaver.uid, NAME, EMAIL, 'quentin'].filter((needle) => text.toLowerCase().includes(needle.toLowerCase())).map((needle) => `${path}: ${needle}`));
    expect(traces).toEqual([]);

    // The reply stays in place under what is left of the comment.
    const parent = await read<{ status: string; author: { uid: string; name: string }; body: string }>(`comments/${first}`);
    expect(parent!.author).toMatchObject({ uid: '', name: '' });
    expect(parent!.status).toBe(policy === 'delete' ? 'deleted' : 'approved');
    expect(parent!.body).toBe(policy === 'delete' ? '' : 'My first thought');
    expect(await read(`comments/${held}`)).toEqual(policy === 'delete' ? undefined : expect.objectContaining({ status: 'pending' }));
    expect(await read(`users/${leaver.uid}`)).toBeUndefined();
    expect(await read(`siteUsers/news_${leaver.uid}`)).toBeUndefined();
    await expect(admin().auth.getUser(leaver.uid)).rejects.toThrow();
  });

  it.each(['anonymise', 'delete'] as const)('leaves no trace of the uid, name, email or email hash anywhere but the log\'s target (site setting: %s)', async (policy) => {
    await setSettings('news', { accountDeletion: policy });
    const { first } = await session();
    // The author withdraws a comment themself: the log records them as the one who decided.
    expect(await call('deleteComment', { siteId: 'news', commentId: first }, leaver)).toMatchObject({ ok: true });
    const hash = createHash('sha256').update(EMAIL).digest('base64url');
    const needles = [leaver.uid, NAME, EMAIL, 'quentin', hash];
    const tracesIn = (all: Map<string, Record<string, unknown>>) =>
      [...all].flatMap(([path, data]) => {
        // The moderators' log keeps whom a decision was about (NOTES.md, deleted accounts).
        const kept = path.startsWith('moderationActions/') ? { ...data, targetUid: null } : data;
        const text = `${path} ${JSON.stringify(kept)}`.toLowerCase();
        return needles.filter((needle) => text.includes(needle.toLowerCase())).map((needle) => `${path}: ${needle}`);
      });
    // Before: the session left the user in most collections, the mail and its rate limit included.
    const before = tracesIn(await dumpDatabase());
    for (const collection of ['users/', 'siteUsers/', 'comments/', 'commentPrivate/', 'reactions/', 'reports/', 'requests/', 'mail/', 'emailLinkRequests/', 'moderationActions/']) {
      expect(before.some((trace) => trace.startsWith(collection)), collection).toBe(true);
    }
    expect(await call('deleteMyAccount', {}, leaver)).toMatchObject({ ok: true });
    expect(tracesIn(await dumpDatabase())).toEqual([]);
  });
  it("leaves no trace of a member of staff: the bans they imposed and the roles they granted stay, without them", async () => {
    const owner = await signedInWithRoles('olga.owner@news.example', { news: 'owner' }, 'Olga Owner');
    const staff = await signUpWithPassword('mo.staff@news.example', 'password-123');
    await admin().auth.updateUser(staff.uid, { emailVerified: true, displayName: 'Mo Staff' });
    expect(await call('setModerator', { siteId: 'news', email: 'mo.staff@news.example', role: 'moderator' }, owner)).toMatchObject({ ok: true });
    const moderator = await signInWithPassword('mo.staff@news.example', 'password-123');
    await post(other, { body: 'A comment that earns a ban' });
    expect(await call('banUser', { siteId: 'news', uid: other.uid, hours: 24, shadow: false, reason: 'abuse' }, moderator)).toMatchObject({ ok: true });

    for (const user of [moderator, owner]) expect(await call('deleteMyAccount', {}, user)).toMatchObject({ ok: true });
    const traces = [...(await dumpDatabase())].flatMap(([path, data]) => {
      const kept = path.startsWith('moderationActions/') ? { ...data, targetUid: null } : data;
      const text = JSON.stringify(kept);
      return [owner.uid, moderator.uid].filter((uid) => text.includes(uid)).map((uid) => `${path}: ${uid}`);
    });
    expect(traces).toEqual([]);
    // The ban itself stands.
    expect(await read(`siteUsers/news_${other.uid}`)).toMatchObject({ ban: { reason: 'abuse', by: '' } });
  });

  it('keeps the place of a withdrawn comment that others replied to, so decisions on the replies still work', async () => {
    await setSettings('news', { accountDeletion: 'delete' });
    const moderator = await signedInWithRoles('mod@news.example', { news: 'moderator' }, 'Mod');
    const first = await post(leaver, { body: 'Something later withdrawn', guest: undefined });
    const reply = await post(other, { body: 'An answer to it', parentId: first.comment.id });
    expect(await call('moderateComments', { siteId: 'news', ids: [first.comment.id], action: 'reject' }, moderator)).toMatchObject({ ok: true });
    expect(await call('deleteMyAccount', {}, leaver)).toMatchObject({ ok: true, data: { deleted: 1 } });
    // Nothing of the author is left in it, and readers still cannot read it.
    expect(await read(`comments/${first.comment.id}`)).toMatchObject({ status: 'deleted', visible: false, body: '', tree: [], author: { uid: '', name: '' } });
    expect(await read(`commentPrivate/${first.comment.id}`)).toMatchObject({ authorUid: '', email: null, ip: null, userAgent: null });
    expect(await call('moderateComments', { siteId: 'news', ids: [reply.comment.id], action: 'reject' }, moderator)).toMatchObject({ ok: true });
    expect(await call('moderateComments', { siteId: 'news', ids: [reply.comment.id], action: 'approve' }, moderator)).toMatchObject({ ok: true });    // What is left of it cannot be published again: it would be an empty comment.
    expect(await call('moderateComments', { siteId: 'news', ids: [first.comment.id], action: 'restore' }, moderator)).toMatchObject({ ok: false, code: 'invalid-transition' });
    // Nor by way of another queue: rejected first, then approved.
    expect(await call('moderateComments', { siteId: 'news', ids: [first.comment.id], action: 'reject' }, moderator)).toMatchObject({ ok: false, code: 'invalid-transition' });
  });

  it("never clears another address's sign-in mail or rate limit: a password account's unverified address is not the caller's", async () => {
    const continueUrl = 'https://news.example.com/story';
    // The victim's address has had its three sign-in links this hour.
    for (let i = 0; i < 3; i++) expect(await call('sendSignInLink', { siteId: 'news', email: 'victim@example.com', continueUrl })).toMatchObject({ ok: true });
    expect(await call('sendSignInLink', { siteId: 'news', email: 'victim@example.com', continueUrl })).toMatchObject({ ok: false, code: 'rate-limited' });
    // Someone opens a password account under that address (nothing verifies it) and deletes it.
    const impostor = await signUpWithPassword('victim@example.com', 'password-123');
    expect((await admin().auth.getUser(impostor.uid)).emailVerified).toBe(false);
    expect(await call('deleteMyAccount', {}, impostor)).toMatchObject({ ok: true });
    expect(await call('sendSignInLink', { siteId: 'news', email: 'victim@example.com', continueUrl })).toMatchObject({ ok: false, code: 'rate-limited' });
    expect((await admin().db.collection('mail').where('to', '==', 'victim@example.com').get()).size).toBe(3);
  });
});

describe('updateProfile', () => {
  it('changes the name future comments carry, and refuses an email address as a name', async () => {
    expect(await call('updateProfile', { name: 'Q. Z.' }, leaver)).toEqual({ ok: true, data: { name: 'Q. Z.' } });
    const fresh = await signInWithPassword(EMAIL, 'password-123');
    expect((await post(fresh, { guest: undefined })).comment.author.name).toBe('Q. Z.');
    expect(await call('updateProfile', { name: 'me@example.com' }, leaver)).toMatchObject({ ok: false, code: 'name-reserved' });
    expect(await call('updateProfile', { name: '' }, leaver)).toMatchObject({ ok: false, code: 'name-missing' });
  });

  it('takes a name only: a website is given with each guest comment, where it is checked', async () => {
    expect(await call('updateProfile', { name: 'Q', website: 'javascript:alert(1)' }, leaver)).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(await call('updateProfile', { name: 'Q', website: 'https://q.example' }, leaver)).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(await read(`users/${leaver.uid}`)).toBeUndefined();
  });

  it('reserves a staff name shaped like a Firestore system field, and frees it when the account is deleted', async () => {
    const staff = await signedInWithRoles('dunder@news.example', { news: 'moderator' });
    await call('setModerator', { siteId: 'news', email: 'dunder@news.example', role: 'moderator' }, await signedInWithRoles('boss@news.example', { news: 'owner' }));
    expect(await call('updateProfile', { name: '__Dunder__' }, staff)).toMatchObject({ ok: true });
    const guest = await signUpAnonymous();
    expect(await call('createComment', newComment({ guest: { name: '__dunder__', email: 'x@example.com' } }), guest)).toMatchObject({ ok: false, code: 'name-reserved' });
    expect(await call('deleteMyAccount', {}, await signInWithPassword('dunder@news.example', 'password-123'))).toMatchObject({ ok: true });
    expect(await call('createComment', newComment({ guest: { name: '__Dunder__', email: 'x@example.com' } }), guest)).toMatchObject({ ok: true });
  });
});
