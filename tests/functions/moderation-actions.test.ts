import { beforeAll, describe, expect, it } from 'vitest';
import type { ModerateResult } from '../../core/src/api.ts';
import type { ModerationAction } from '../../core/src/moderator-requests.ts';
import { admin } from '../support/admin.ts';
import { call, signUpAnonymous, type TestUser } from '../support/emulator.ts';
import { GENEROUS_LIMITS, post, read, resetWithSite, setSettings, signedInWithRoles } from '../support/fixtures.ts';
import { fingerprint } from '../support/snapshot-db.ts';

/**
 * What each moderator action leaves behind: the stored status, `visible` and `pinned`; the
 * thread's approved count; the public change feed (an entry exactly when readers can see the
 * change); and the action record naming the moderator and the comment's revision. Every comment
 * is edited once first, so the records must carry revision 2.
 */

let moderator: TestUser;
let reader: TestUser;

beforeAll(async () => {
  await resetWithSite();
  await setSettings('news', { ...GENEROUS_LIMITS, suspectWords: ['casino'] });
  [moderator, reader] = await Promise.all([signedInWithRoles('mod@news.example', { news: 'moderator' }, 'Mona Mod'), signUpAnonymous()]);
});

type Start = 'approved' | 'pending' | 'rejected' | 'spam' | 'deleted' | 'pinned';

const moderate = (ids: string[], action: ModerationAction, reason = '') => call<ModerateResult>('moderateComments', { siteId: 'news', ids, action, reason }, moderator);

async function approvedCount(threadId: string): Promise<number> {
  const shards = await admin().db.collection(`threads/${threadId}/counters`).get();
  return shards.docs.reduce((sum, shard) => sum + (shard.data().approved as number), 0);
}

async function feed(threadId: string) {
  return (await admin().db.collection(`threads/${threadId}/changes`).orderBy('at').get()).docs.map((entry) => entry.data());
}

async function actionsOn(commentId: string) {
  return (await admin().db.collection('moderationActions').where('commentId', '==', commentId).orderBy('at').get()).docs.map((entry) => entry.data());
}

let serial = 0;

/** A comment of its own thread, edited once (revision 2), brought to the starting state. */
async function commentIn(start: Start): Promise<{ id: string; threadId: string }> {
  serial++;
  const { comment, threadId } = await post(reader, { thread: { url: `https://news.example.com/moderated-${serial}`, title: 'T' }, body: `Original ${serial}` });
  // An edit with a suspect word goes back to review; any other edit stays approved.
  const edited = await call('editComment', { siteId: 'news', commentId: comment.id, body: start === 'pending' ? `casino ${serial}` : `Edited ${serial}` }, reader);
  expect(edited).toMatchObject({ ok: true, data: { comment: { status: start === 'pending' ? 'pending' : 'approved' } } });
  const arrange: Partial<Record<Start, ModerationAction>> = { rejected: 'reject', spam: 'spam', deleted: 'delete', pinned: 'pin' };
  if (arrange[start]) expect(await moderate([comment.id], arrange[start]!)).toMatchObject({ ok: true, data: { changed: [comment.id] } });
  return { id: comment.id, threadId };
}

describe('each moderator action', () => {
  it.each<[ModerationAction, Start, { status: string; visible: boolean; pinned: boolean }, 'upsert' | 'remove' | null, number]>([
    ['approve', 'pending', { status: 'approved', visible: true, pinned: false }, 'upsert', 1],
    ['approve', 'rejected', { status: 'approved', visible: true, pinned: false }, 'upsert', 1],
    ['reject', 'approved', { status: 'rejected', visible: false, pinned: false }, 'remove', -1],
    ['reject', 'pending', { status: 'rejected', visible: false, pinned: false }, null, 0],
    ['spam', 'approved', { status: 'spam', visible: false, pinned: false }, 'remove', -1],
    ['spam', 'pinned', { status: 'spam', visible: false, pinned: false }, 'remove', -1],
    ['delete', 'approved', { status: 'deleted', visible: true, pinned: false }, 'upsert', -1],
    // Readers never saw these: no placeholder, nothing in the feed.
    ['delete', 'pending', { status: 'deleted', visible: false, pinned: false }, null, 0],
    ['delete', 'rejected', { status: 'deleted', visible: false, pinned: false }, null, 0],
    ['restore', 'deleted', { status: 'approved', visible: true, pinned: false }, 'upsert', 1],
    ['restore', 'spam', { status: 'approved', visible: true, pinned: false }, 'upsert', 1],
    ['pin', 'approved', { status: 'approved', visible: true, pinned: true }, 'upsert', 0],
    ['unpin', 'pinned', { status: 'approved', visible: true, pinned: false }, 'upsert', 0],
  ])('%s on a %s comment stores the new state, feeds readers what they may see and records revision 2', async (action, start, stored, entry, countChange) => {
    const { id, threadId } = await commentIn(start);
    const [feedBefore, countBefore, actionsBefore] = await Promise.all([feed(threadId), approvedCount(threadId), actionsOn(id)]);

    expect(await moderate([id], action, `because ${action}`)).toEqual({ ok: true, data: { changed: [id], unchanged: [] } });

    expect(await read(`comments/${id}`)).toMatchObject({ ...stored, revision: 2 });
    expect((await approvedCount(threadId)) - countBefore).toBe(countChange);
    const added = (await feed(threadId)).slice(feedBefore.length);
    if (entry === null) expect(added).toEqual([]);
    else if (entry === 'remove') expect(added).toEqual([expect.objectContaining({ kind: 'remove', commentId: id, comment: null })]);
    else expect(added).toEqual([expect.objectContaining({ kind: 'upsert', commentId: id, comment: expect.objectContaining({ status: stored.status, pinned: stored.pinned, body: '' }) })]);
    // A deleted comment's public form keeps neither its words nor its author.
    if (entry && stored.status === 'deleted') expect(added[0]!.comment).toMatchObject({ tree: [], author: { uid: '', name: '' } });
    expect((await actionsOn(id)).slice(actionsBefore.length)).toEqual([
      expect.objectContaining({ siteId: 'news', action, by: moderator.uid, byName: 'Mona Mod', commentId: id, revision: 2, targetUid: reader.uid, reason: `because ${action}` }),
    ]);
  });

  it('leaves no public placeholder when an author deletes a comment still held for review', async () => {
    const { id, threadId } = await commentIn('pending');
    const feedBefore = await feed(threadId);
    expect(await call('deleteComment', { siteId: 'news', commentId: id }, reader)).toMatchObject({ ok: true });
    expect(await read(`comments/${id}`)).toMatchObject({ status: 'deleted', visible: false });
    expect(await feed(threadId)).toHaveLength(feedBefore.length);
  });

  it('reports a decision the comment already has as unchanged, with no feed entry and no record', async () => {
    const { id, threadId } = await commentIn('rejected');
    const [feedBefore, actionsBefore] = await Promise.all([feed(threadId), actionsOn(id)]);
    expect(await moderate([id], 'reject')).toEqual({ ok: true, data: { changed: [], unchanged: [id] } });
    expect(await feed(threadId)).toHaveLength(feedBefore.length);
    expect(await actionsOn(id)).toHaveLength(actionsBefore.length);
  });
});

describe('bulk limits', () => {
  it('refuses 101 ids with too-many-ids and changes nothing', async () => {
    const { id } = await commentIn('approved');
    const ids = [id, ...Array.from({ length: 100 }, (_, i) => `missing-${i}`)];
    const before = await fingerprint();
    for (const action of ['reject', 'delete', 'spam'] as const) {
      expect(await moderate(ids, action)).toMatchObject({ ok: false, code: 'too-many-ids', status: 'INVALID_ARGUMENT' });
    }
    expect(await fingerprint()).toBe(before);
    expect(await read(`comments/${id}`)).toMatchObject({ status: 'approved' });
  });
});
