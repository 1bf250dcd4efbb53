import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { admin } from '../support/admin.ts';
import { call, emulator, signUpAnonymous } from '../support/emulator.ts';
import { GENEROUS_LIMITS, newComment, post, resetWithSite, setSettings, signedInWithRoles } from '../support/fixtures.ts';
import { dumpDatabase, readableByReaders, readAs } from '../support/snapshot-db.ts';

const EMAILS = ['ann.guest@example.com', 'bob.guest@example.org', 'carol.member@example.net', 'mod@news.example'];
const IP = '198.51.100.23';

/** Everything that would betray an email or an IP address: the values, and common hashes of emails. */
function secrets(): string[] {
  const hashes = EMAILS.flatMap((email) => ['md5', 'sha1', 'sha256'].map((algorithm) => createHash(algorithm).update(email.trim().toLowerCase()).digest('hex')));
  // Distinctive local parts too ("ann.guest"), in case an address were shown without its domain.
  const localParts = EMAILS.map((email) => email.split('@')[0]!).filter((part) => part.includes('.'));
  return [...EMAILS, ...localParts, IP, ...hashes];
}

beforeAll(async () => {
  await resetWithSite();
  await setSettings('news', { ...GENEROUS_LIMITS, suspectWords: ['casino'], reportThreshold: 2 });
  const [ann, bob, carol] = await Promise.all([signUpAnonymous(), signUpAnonymous(), signedInWithRoles('carol.member@example.net', {}, 'Carol')]);
  const moderator = await signedInWithRoles('mod@news.example', { news: 'moderator' });
  const from = { 'x-forwarded-for': IP };
  const first = await call<{ comment: { id: string } }>('createComment', newComment({ guest: { name: 'Ann', email: EMAILS[0] } }), ann, from);
  const firstId = first.ok ? first.data.comment.id : '';
  await call('createComment', newComment({ body: 'Reply', parentId: firstId, guest: { name: 'Bob', email: EMAILS[1], website: 'https://bob.example' } }), bob, from);
  const held = await post(bob, { body: 'casino tips', guest: { name: 'Bob', email: EMAILS[1] } });
  const member = await call<{ comment: { id: string } }>('createComment', newComment({ body: 'From a member', guest: undefined }), carol, from);
  const memberId = member.ok ? member.data.comment.id : '';
  await call('editComment', { siteId: 'news', commentId: firstId, body: 'Edited by Ann' }, ann);
  await call('reactToComment', { siteId: 'news', commentId: memberId, reaction: 'love' }, ann);
  await call('reportComment', { siteId: 'news', commentId: memberId, reason: 'abuse' }, bob);
  await call('moderateComments', { siteId: 'news', ids: [held.comment.id], action: 'approve' }, moderator);
  await call('banUser', { siteId: 'news', uid: bob.uid, hours: 1, shadow: false, reason: 'test' }, moderator);
  await call('createComment', newComment({ body: 'Moderator here', guest: undefined }), moderator, from);
  await call('deleteComment', { siteId: 'news', commentId: firstId }, ann);
});

describe('privacy after a session of guests, members and moderators', () => {
  it('keeps emails, IP addresses and email hashes out of every document a reader can read', async () => {
    const all = await dumpDatabase();
    const readable = await readableByReaders((await signUpAnonymous()).idToken);
    // The scan has something to look at: public site, thread, comments, feed, counters.
    expect(readable.some(([path]) => path.startsWith('comments/'))).toBe(true);
    expect(readable.some(([path]) => path.includes('/changes/'))).toBe(true);
    // And the private data does exist, so its absence from readable documents means something.
    expect([...all.values()].some((doc) => JSON.stringify(doc).includes(EMAILS[0]!))).toBe(true);
    expect([...all.values()].some((doc) => JSON.stringify(doc).includes(IP))).toBe(true);
    const leaks = readable.flatMap(([path, text]) => secrets().filter((secret) => text.includes(secret)).map((secret) => `${path}: ${secret}`));
    expect(leaks).toEqual([]);
  });

  it('keeps them out of the thread snapshot and counts endpoints too', async () => {
    const url = encodeURIComponent('https://news.example.com/story');
    const [snapshot, counts] = await Promise.all([
      fetch(`${emulator.hosting}/api/thread?site=news&url=${url}`).then((response) => response.text()),
      fetch(`${emulator.hosting}/api/counts?site=news&url=${url}`).then((response) => response.text()),
    ]);
    expect(snapshot).toContain('From a member');
    expect(secrets().filter((secret) => snapshot.includes(secret) || counts.includes(secret))).toEqual([]);
  });

  it('lets no reader read private collections', async () => {
    const { db } = admin();
    const privatePaths = (await db.collection('commentPrivate').get()).docs.map((doc) => doc.ref.path);
    const stranger = await signUpAnonymous();
    for (const path of privatePaths) expect(await readAs(path, stranger.idToken)).toBeNull();
  });
});
