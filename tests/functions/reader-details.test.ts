import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { admin } from '../support/admin.ts';
import { call, signUpAnonymous, type TestUser } from '../support/emulator.ts';
import { GENEROUS_LIMITS, post, read, resetWithSite, setSettings, signedInWithRoles } from '../support/fixtures.ts';

/** Details of the reader operations that other files check only loosely. */

let author: TestUser;
let reader: TestUser;

beforeEach(async () => {
  await resetWithSite();
  await setSettings('news', { ...GENEROUS_LIMITS, suspectWords: ['casino'] });
  [author, reader] = await Promise.all([signUpAnonymous(), signUpAnonymous()]);
});

const MINUTE = 60_000;

describe('reports', () => {
  it("stores an illegal-content report's explanation, cleaned, for moderators", async () => {
    const { comment } = await post(author);
    expect(await call('reportComment', { siteId: 'news', commentId: comment.id, reason: 'illegal', details: '  It publishes my home address.\u0007 ' }, reader)).toMatchObject({ ok: true });
    expect(await read(`reports/${comment.id}_${reader.uid}`)).toMatchObject({
      siteId: 'news',
      commentId: comment.id,
      uid: reader.uid,
      reason: 'illegal',
      details: 'It publishes my home address.',
    });
  });

  it('stores an empty explanation for the other reasons', async () => {
    const { comment } = await post(author);
    await call('reportComment', { siteId: 'news', commentId: comment.id, reason: 'off-topic' }, reader);
    expect(await read(`reports/${comment.id}_${reader.uid}`)).toMatchObject({ reason: 'off-topic', details: '' });
  });
});

describe('the edit window', () => {
  /** Moves a comment's creation time into the past, as if posted that long ago. */
  const age = (id: string, ms: number) => admin().db.doc(`comments/${id}`).update({ createdAt: Timestamp.fromMillis(Date.now() - ms) });

  beforeEach(async () => {
    // The site leaves the window out, so the default applies.
    await admin().db.doc('sites/news').update({ editWindowSec: FieldValue.delete() });
  });

  it('lets the author edit for 15 minutes by default', async () => {
    const { comment } = await post(author, { body: 'Fresh' });
    await age(comment.id, 14 * MINUTE);
    expect(await call('editComment', { siteId: 'news', commentId: comment.id, body: 'Still in time' }, author)).toMatchObject({ ok: true });
    expect(await read(`comments/${comment.id}`)).toMatchObject({ body: 'Still in time', revision: 2 });
  });

  it('refuses an edit after 15 minutes by default, keeping the text', async () => {
    const { comment } = await post(author, { body: 'Fresh' });
    await age(comment.id, 15 * MINUTE + 5000);
    expect(await call('editComment', { siteId: 'news', commentId: comment.id, body: 'Too late' }, author)).toMatchObject({ ok: false, code: 'edit-window-passed', status: 'FAILED_PRECONDITION' });
    expect(await read(`comments/${comment.id}`)).toMatchObject({ body: 'Fresh', revision: 1, editedAt: null });
    expect(await read(`commentPrivate/${comment.id}`)).toMatchObject({ revisions: [] });
  });
});

describe("an edit's decision record", () => {
  it('names revision 2 when an edit sends the comment back to review, and so does the decision on it', async () => {
    const { comment } = await post(author, { body: 'Nice evening' });
    expect(await call('editComment', { siteId: 'news', commentId: comment.id, body: 'Nice casino evening' }, author)).toMatchObject({ ok: true, data: { comment: { status: 'pending' } } });
    const moderator = await signedInWithRoles('mod@news.example', { news: 'moderator' });
    await call('moderateComments', { siteId: 'news', ids: [comment.id], action: 'approve' }, moderator);
    const records = (await admin().db.collection('moderationActions').where('commentId', '==', comment.id).orderBy('at').get()).docs.map((doc) => doc.data());
    expect(records).toEqual([
      expect.objectContaining({ by: null, byName: 'system', action: 'approve', revision: 1 }),
      expect.objectContaining({ by: null, byName: 'system', action: 'hold', revision: 2, targetUid: author.uid, reason: expect.stringContaining('suspect-words') }),
      expect.objectContaining({ by: moderator.uid, action: 'approve', revision: 2 }),
    ]);
  });

  it('names revision 3 after a second edit', async () => {
    const { comment } = await post(author, { body: 'Nice evening' });
    await call('editComment', { siteId: 'news', commentId: comment.id, body: 'Nice afternoon' }, author);
    await call('editComment', { siteId: 'news', commentId: comment.id, body: 'Nice casino afternoon' }, author);
    const records = (await admin().db.collection('moderationActions').where('commentId', '==', comment.id).orderBy('at').get()).docs.map((doc) => doc.data());
    expect(records).toEqual([expect.objectContaining({ action: 'approve', revision: 1 }), expect.objectContaining({ action: 'hold', revision: 3 })]);
    expect(await read(`commentPrivate/${comment.id}`)).toMatchObject({ revisions: [{ body: 'Nice evening' }, { body: 'Nice afternoon' }] });
  });
});
