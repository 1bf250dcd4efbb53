import { beforeEach, describe, expect, it } from 'vitest';
import type { DeleteCommentResult, EditCommentResult, ReactResult } from '../../core/src/api.ts';
import { admin } from '../support/admin.ts';
import { call, signUpAnonymous, type TestUser } from '../support/emulator.ts';
import { countDocs, GENEROUS_LIMITS, inParallel, post, read, resetWithSite, setSettings } from '../support/fixtures.ts';

let author: TestUser;
let other: TestUser;

beforeEach(async () => {
  await resetWithSite();
  await setSettings('news', GENEROUS_LIMITS);
  [author, other] = await Promise.all([signUpAnonymous(), signUpAnonymous()]);
});

describe('editComment', () => {
  it('replaces the text, marks it edited and keeps the previous revision for moderators', async () => {
    const { comment } = await post(author, { body: 'First words' });
    const result = await call<EditCommentResult>('editComment', { siteId: 'news', commentId: comment.id, body: 'Better **words**' }, author);
    if (!result.ok) throw new Error(result.code);
    expect(result.data.comment).toMatchObject({ status: 'approved', tree: [{ t: 'p', c: ['Better ', { t: 'strong', c: ['words'] }] }] });
    expect(result.data.comment.editedAt).toBeGreaterThan(0);
    const secret = await read<{ revisions: Array<{ body: string }> }>(`commentPrivate/${comment.id}`);
    expect(secret!.revisions.map((revision) => revision.body)).toEqual(['First words']);
    expect((await read<{ revision: number }>(`comments/${comment.id}`))!.revision).toBe(2);
  });

  it('lets a guest edit a comment stored under a name the rules now refuse (an email address in it)', async () => {
    const { comment } = await post(author, { body: 'Posted before names were checked' });
    await admin().db.doc(`comments/${comment.id}`).update({ 'author.name': 'Ann (ann@example.com)' });
    expect(await call('editComment', { siteId: 'news', commentId: comment.id, body: 'Still mine to edit' }, author)).toMatchObject({ ok: true });
  });

  it('keeps the first text and the latest ones when a comment is edited over and over, so the private record stays bounded', async () => {
    const { comment } = await post(author, { body: 'Version 0' });
    for (let i = 1; i <= 25; i++) expect(await call('editComment', { siteId: 'news', commentId: comment.id, body: `Version ${i}` }, author)).toMatchObject({ ok: true });
    const secret = await read<{ revisions: Array<{ body: string }> }>(`commentPrivate/${comment.id}`);
    expect(secret!.revisions.map((revision) => revision.body)).toEqual(['Version 0', ...Array.from({ length: 19 }, (_, i) => `Version ${i + 6}`)]);
    expect((await read<{ revision: number }>(`comments/${comment.id}`))!.revision).toBe(26);
  });

  it('sends an edit that adds a suspect word back to review, out of the public thread', async () => {
    await setSettings('news', { suspectWords: ['casino'] });
    const { comment, threadId } = await post(author, { body: 'Nice' });
    const result = await call<EditCommentResult>('editComment', { siteId: 'news', commentId: comment.id, body: 'Nice casino' }, author);
    expect(result).toMatchObject({ ok: true, data: { comment: { status: 'pending' } } });
    const feed = await admin().db.collection(`threads/${threadId}/changes`).orderBy('at').get();
    expect(feed.docs.map((entry) => entry.data().kind)).toEqual(['upsert', 'remove']);
  });

  it.each([
    ['another reader', 'not-author'],
    ['nobody signed in', 'sign-in-required'],
  ])('refuses %s', async (who, code) => {
    const { comment } = await post(author);
    const result = await call('editComment', { siteId: 'news', commentId: comment.id, body: 'Hijacked' }, who === 'nobody signed in' ? null : other);
    expect(result).toMatchObject({ ok: false, code });
    expect((await read<{ body: string }>(`comments/${comment.id}`))!.body).not.toBe('Hijacked');
  });

  it("keeps a comment held by readers' reports held when its author edits it, and records the edit's decisions", async () => {
    await setSettings('news', { reportThreshold: 1, suspectWords: ['casino'] });
    const { comment } = await post(author, { body: 'Offending words' });
    await call('reportComment', { siteId: 'news', commentId: comment.id, reason: 'abuse' }, other);
    expect(await read(`comments/${comment.id}`)).toMatchObject({ status: 'pending', visible: false });
    const edited = await call<EditCommentResult>('editComment', { siteId: 'news', commentId: comment.id, body: 'Harmless words' }, author);
    expect(edited).toMatchObject({ ok: true, data: { comment: { status: 'pending' } } });
    expect(await read(`comments/${comment.id}`)).toMatchObject({ status: 'pending', visible: false, revision: 2 });
    // The console still says why it is held: the reports, not the pipeline's approval of the new text.
    expect(await read(`commentPrivate/${comment.id}`)).toMatchObject({ decision: { phase: 'reports' } });

    // A published comment that an edit sends to review gets an action record for that change.
    const { comment: second } = await post(author, { body: 'Fine words' });
    await call('editComment', { siteId: 'news', commentId: second.id, body: 'Fine casino words' }, author);
    const log = await admin().db.collection('moderationActions').where('commentId', 'in', [comment.id, second.id]).get();
    const byComment = (id: string) => log.docs.map((entry) => entry.data()).filter((entry) => entry.commentId === id).sort((a, b) => a.at.toMillis() - b.at.toMillis());
    expect(byComment(comment.id).map((entry) => [entry.action, entry.revision])).toEqual([['approve', 1], ['hold', 1]]);
    expect(byComment(second.id).map((entry) => [entry.action, entry.revision, entry.by])).toEqual([['approve', 1, null], ['hold', 2, null]]);
  });

  it('refuses an edit after the edit window', async () => {
    const { comment } = await post(author);
    await admin().db.doc('sites/news').update({ editWindowSec: 0 });
    expect(await call('editComment', { siteId: 'news', commentId: comment.id, body: 'Too late' }, author)).toMatchObject({ ok: false, code: 'edit-window-passed' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty body', { body: ' ' }, 'body-empty'],
    ['a missing comment', { commentId: 'nope' }, 'comment-not-found'],
    ['an extra field', { status: 'approved' }, 'invalid-request'],
  ])('refuses %s', async (_name, overrides, code) => {
    const { comment } = await post(author);
    expect(await call('editComment', { siteId: 'news', commentId: comment.id, body: 'x', ...overrides }, author)).toMatchObject({ ok: false, code });
  });

  it('runs the pipeline on edits: closed threads, bans and banned words refuse them', async () => {
    const { comment, threadId } = await post(author);
    await setSettings('news', { bannedWords: ['scam'] });
    expect(await call('editComment', { siteId: 'news', commentId: comment.id, body: 'a scam' }, author)).toMatchObject({ ok: false, code: 'comment-rejected' });
    await admin().db.doc(`siteUsers/news_${author.uid}`).update({ ban: { until: null, shadow: false, reason: 'x', by: 'm', at: new Date() } });
    expect(await call('editComment', { siteId: 'news', commentId: comment.id, body: 'fine' }, author)).toMatchObject({ ok: false, code: 'user-banned' });
    await admin().db.doc(`siteUsers/news_${author.uid}`).update({ ban: null });
    await admin().db.doc(`threads/${threadId}`).update({ closed: true });
    expect(await call('editComment', { siteId: 'news', commentId: comment.id, body: 'fine' }, author)).toMatchObject({ ok: false, code: 'thread-closed' });
  });

  it('refuses to edit a deleted comment', async () => {
    const { comment } = await post(author);
    await call('deleteComment', { siteId: 'news', commentId: comment.id }, author);
    expect(await call('editComment', { siteId: 'news', commentId: comment.id, body: 'Back' }, author)).toMatchObject({ ok: false, code: 'comment-deleted' });
  });
});

describe('deleteComment', () => {
  it('leaves a placeholder without words or author that keeps the replies, and lowers the count', async () => {
    const { comment, threadId } = await post(author, { body: 'Regrettable' });
    await post(other, { parentId: comment.id, body: 'A reply' });
    const result = await call<DeleteCommentResult>('deleteComment', { siteId: 'news', commentId: comment.id }, author);
    expect(result).toMatchObject({ ok: true, data: { comment: { status: 'deleted', tree: [], author: { name: '' } } } });
    const shards = await admin().db.collection(`threads/${threadId}/counters`).get();
    expect(shards.docs.reduce((sum, shard) => sum + shard.data().approved, 0)).toBe(1);
    const feed = await admin().db.collection(`threads/${threadId}/changes`).orderBy('at').get();
    const last = feed.docs.at(-1)!.data();
    expect(last).toMatchObject({ kind: 'upsert', before: 'approved', comment: { status: 'deleted', body: '', tree: [] } });
    expect(JSON.stringify(last)).not.toContain('Regrettable');
  });

  it.each([
    ['another reader', 'not-author'],
    ['nobody signed in', 'sign-in-required'],
  ])('refuses %s', async (who, code) => {
    const { comment } = await post(author);
    expect(await call('deleteComment', { siteId: 'news', commentId: comment.id }, who === 'nobody signed in' ? null : other)).toMatchObject({ ok: false, code });
  });

  it('refuses a second delete and a missing comment', async () => {
    const { comment } = await post(author);
    await call('deleteComment', { siteId: 'news', commentId: comment.id }, author);
    expect(await call('deleteComment', { siteId: 'news', commentId: comment.id }, author)).toMatchObject({ ok: false, code: 'comment-deleted' });
    expect(await call('deleteComment', { siteId: 'news', commentId: 'nope' }, author)).toMatchObject({ ok: false, code: 'comment-not-found' });
    expect(await call('deleteComment', { siteId: 'news', commentId: 7 }, author)).toMatchObject({ ok: false, code: 'invalid-request' });
  });
});

describe('reactToComment', () => {
  it('adds, switches and takes back one reaction per reader', async () => {
    const { comment } = await post(author);
    const react = (reaction: string) => call<ReactResult>('reactToComment', { siteId: 'news', commentId: comment.id, reaction }, other);
    expect(await react('like')).toMatchObject({ ok: true, data: { mine: 'like', reactions: { like: 1 } } });
    expect(await react('love')).toMatchObject({ ok: true, data: { mine: 'love', reactions: { like: 0, love: 1 } } });
    expect(await react('love')).toMatchObject({ ok: true, data: { mine: null, reactions: { love: 0 } } });
    const stored = await read<{ reactions: Record<string, number>; score: number }>(`comments/${comment.id}`);
    expect(stored).toMatchObject({ reactions: { like: 0, love: 0 }, score: 0 });
  });

  it('keeps counts exact when 30 readers react concurrently', async () => {
    const { comment } = await post(author);
    const readers = await Promise.all(Array.from({ length: 30 }, () => signUpAnonymous()));
    const results = await inParallel(readers, 15, (reader) => call('reactToComment', { siteId: 'news', commentId: comment.id, reaction: 'like' }, reader));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await read(`comments/${comment.id}`)).toMatchObject({ reactions: { like: 30 }, score: 30 });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown reaction', { reaction: 'angry-face' }, 'invalid-request'],
    ['a missing comment', { commentId: 'nope' }, 'comment-not-found'],
  ])('refuses %s', async (_name, overrides, code) => {
    const { comment } = await post(author);
    expect(await call('reactToComment', { siteId: 'news', commentId: comment.id, reaction: 'like', ...overrides }, other)).toMatchObject({ ok: false, code });
  });

  it('refuses a reaction without sign-in, and to a comment awaiting review', async () => {
    const { comment } = await post(author);
    expect(await call('reactToComment', { siteId: 'news', commentId: comment.id, reaction: 'like' }, null)).toMatchObject({ ok: false, code: 'sign-in-required' });
    await admin().db.doc(`comments/${comment.id}`).update({ status: 'pending', visible: false });
    expect(await call('reactToComment', { siteId: 'news', commentId: comment.id, reaction: 'like' }, other)).toMatchObject({ ok: false, code: 'comment-not-found' });
  });
});

describe('reportComment', () => {
  it('records one report per reader and holds the comment at the threshold, as a system decision', async () => {
    await setSettings('news', { reportThreshold: 2 });
    const { comment, threadId } = await post(author);
    const second = await signUpAnonymous();
    expect(await call('reportComment', { siteId: 'news', commentId: comment.id, reason: 'spam' }, other)).toEqual({ ok: true, data: { reported: true } });
    expect(await call('reportComment', { siteId: 'news', commentId: comment.id, reason: 'spam' }, other)).toMatchObject({ ok: false, code: 'already-reported' });
    expect((await read<{ status: string }>(`comments/${comment.id}`))!.status).toBe('approved');
    await call('reportComment', { siteId: 'news', commentId: comment.id, reason: 'illegal', details: 'Doxxing' }, second);
    expect((await read<{ status: string }>(`comments/${comment.id}`))!.status).toBe('pending');
    expect(await read(`commentPrivate/${comment.id}`)).toMatchObject({ reports: { count: 2, reasons: { spam: 1, illegal: 1 } }, decision: { phase: 'reports' } });
    const actions = await admin().db.collection('moderationActions').where('commentId', '==', comment.id).get();
    expect(actions.docs.map((action) => action.data()).sort((a, b) => a.at.toMillis() - b.at.toMillis())).toEqual([
      expect.objectContaining({ by: null, byName: 'system', action: 'approve', reason: 'default: passed every check' }),
      expect.objectContaining({ by: null, byName: 'system', action: 'hold', reason: 'reported 2 times' }),
    ]);
    expect(await countDocs(`threads/${threadId}/changes`)).toBe(2);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown reason', { reason: 'boring' }, 'reason-invalid'],
    ['"illegal" without an explanation', { reason: 'illegal' }, 'reason-invalid'],
    ['a missing comment', { commentId: 'nope' }, 'comment-not-found'],
    ['an extra field', { weight: 10 }, 'invalid-request'],
  ])('refuses %s', async (_name, overrides, code) => {
    const { comment } = await post(author);
    expect(await call('reportComment', { siteId: 'news', commentId: comment.id, reason: 'spam', ...overrides }, other)).toMatchObject({ ok: false, code });
    expect(await countDocs('reports')).toBe(0);
  });

  it('refuses a report without sign-in', async () => {
    const { comment } = await post(author);
    expect(await call('reportComment', { siteId: 'news', commentId: comment.id, reason: 'spam' }, null)).toMatchObject({ ok: false, code: 'sign-in-required' });
  });
});
