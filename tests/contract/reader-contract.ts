import { describe, expect, it } from 'vitest';
import { treeText } from '../../core/src/render-tree.ts';
import type { Comment, ThreadChange } from '../../core/src/types.ts';
import type { GuestDetails, NewComment, ReaderClient } from '../../widget/src/client/reader/reader-client.ts';
import type { ThreadQuery } from '../../widget/src/client/reader/snapshot-request.ts';

/**
 * The reader client's contract: behaviour every implementation must show, written once and run
 * against the in-memory client (reader.memory.test.ts) and against the Firebase client on the
 * emulators (reader.emulator.test.ts). When the two disagree, one of the runs fails.
 */

/** One test's world: a client signed out of everything, and an article whose thread is empty. */
export interface ReaderWorld {
  client: ReaderClient;
  /** The article's thread, first page, oldest first. */
  query: ThreadQuery;
}

/** How an implementation sets up a world; `pre` holds every new comment for review. */
export interface ReaderHarness {
  start(options?: { moderation?: 'post' | 'pre' }): Promise<ReaderWorld>;
}

export const ANN: GuestDetails = { name: 'Ann', email: 'ann@example.com', website: '' };
let requests = 0;

/** A new top-level comment by the guest Ann on the world's article; override any part. */
export function draft(world: ReaderWorld, body: string, extra: Partial<NewComment> = {}): NewComment {
  const { query } = world;
  return { site: query.site, thread: { url: query.url, title: 'Contract story' }, parentId: null, body, guest: ANN, requestId: `contract-${Date.now()}-${++requests}`, hp: '', ...extra };
}

const text = (comment: Comment) => treeText(comment.tree).trim();
/** What a rejected promise carried: its code and field (`ParleyError`), or the value it resolved with. */
const outcome = (promise: Promise<unknown>) => promise.then((value) => ({ resolved: value }), (error: { code?: string; field?: string | null }) => ({ code: error.code, field: error.field }));

export function readerContract(harness: ReaderHarness): void {
  describe('posting', () => {
    it("stores a guest's comment and shows it in the thread", async () => {
      const world = await harness.start();
      const posted = await world.client.createComment(draft(world, 'Hello *there*'));
      expect(posted).toMatchObject({ status: 'approved', parentId: null, depth: 0, rootId: posted.id, pinned: false, editedAt: null, replyCount: 0 });
      expect(posted.author).toMatchObject({ name: 'Ann', provider: 'guest', avatar: null, badges: [] });
      expect(text(posted)).toBe('Hello there');
      const page = await world.client.loadThread(world.query);
      expect(page.thread).toMatchObject({ count: 1, isNew: false, closed: false });
      expect(page.comments.map(text)).toEqual(['Hello there']);
    });

    it('answers a retry of the same request with the first comment, stored once', async () => {
      const world = await harness.start();
      const request = draft(world, 'Sent twice');
      const first = await world.client.createComment(request);
      const again = await world.client.createComment(request);
      expect(again.id).toBe(first.id);
      expect((await world.client.loadThread(world.query)).thread.count).toBe(1);
    });

    it.each([
      ['an empty body', { body: '  \n ' }, 'body-empty', 'body'],
      ['a guest without a name', { guest: { ...ANN, name: ' ' } }, 'name-missing', 'name'],
      ['a guest without an email', { guest: { ...ANN, email: '' } }, 'email-missing', 'email'],
      ['a malformed email', { guest: { ...ANN, email: 'ann at example' } }, 'email-invalid', 'email'],
      ['an email address as the name', { guest: { ...ANN, name: 'ann@example.com' } }, 'name-reserved', 'name'],
      ['a website that is not http(s)', { guest: { ...ANN, website: 'ftp://example.com' } }, 'website-invalid', 'website'],
      ['a body over the hard limit', { body: 'x'.repeat(20_001) }, 'body-too-long', 'body'],
    ] as const)('refuses %s with the code and field the form shows it at, storing nothing', async (_case, extra, code, field) => {
      const world = await harness.start();
      expect(await outcome(world.client.createComment(draft(world, 'Fine text', extra)))).toEqual({ code, field });
      expect((await world.client.loadThread(world.query)).thread).toMatchObject({ count: 0, isNew: true });
    });

    it('holds comments on a pre-moderated site: the thread leaves them out, their author still sees them', async () => {
      const world = await harness.start({ moderation: 'pre' });
      const posted = await world.client.createComment(draft(world, 'Wait for it'));
      expect(posted.status).toBe('pending');
      const page = await world.client.loadThread(world.query);
      expect(page.thread.count).toBe(0);
      expect(page.comments).toEqual([]);
      const own = await world.client.loadOwnComments(page.thread.id, posted.author.uid);
      expect(own.map((comment) => [comment.id, comment.status])).toEqual([[posted.id, 'pending']]);
    });

    it('a guest who signs out and posts again is another guest', async () => {
      const world = await harness.start();
      const first = await world.client.createComment(draft(world, 'First guest'));
      await world.client.signOut();
      const second = await world.client.createComment(draft(world, 'Second guest'));
      expect(second.author.uid).not.toBe(first.author.uid);
    });
  });

  describe('replies', () => {
    it("places a reply under its parent and counts it on the parent", async () => {
      const world = await harness.start();
      const root = await world.client.createComment(draft(world, 'Root'));
      const reply = await world.client.createComment(draft(world, 'Reply', { parentId: root.id }));
      expect(reply).toMatchObject({ parentId: root.id, rootId: root.id, depth: 1 });
      const page = await world.client.loadThread(world.query);
      expect(page.comments.find((comment) => comment.id === root.id)?.replyCount).toBe(1);
      expect(page.thread.count).toBe(2);
    });

    it('refuses a reply to a comment that does not exist', async () => {
      const world = await harness.start();
      expect(await outcome(world.client.createComment(draft(world, 'To nobody', { parentId: 'no-such-comment' })))).toEqual({ code: 'parent-not-found', field: null });
    });
  });

  describe('editing and deleting', () => {
    it("replaces the author's text, and keeps the new source for the next edit", async () => {
      const world = await harness.start();
      const posted = await world.client.createComment(draft(world, 'Frist'));
      const edited = await world.client.editComment(world.query.site, posted.id, 'First, *really*');
      expect(text(edited)).toBe('First, really');
      expect(edited.editedAt).not.toBeNull();
      expect(await world.client.loadSource(posted.id)).toBe('First, *really*');
      expect((await world.client.loadThread(world.query)).comments.map(text)).toEqual(['First, really']);
    });

    it('changes nothing for the same text, and refuses an empty one', async () => {
      const world = await harness.start();
      const posted = await world.client.createComment(draft(world, 'Unchanged'));
      expect((await world.client.editComment(world.query.site, posted.id, 'Unchanged')).editedAt).toBeNull();
      expect(await outcome(world.client.editComment(world.query.site, posted.id, ''))).toEqual({ code: 'body-empty', field: 'body' });
    });

    it("refuses to edit or delete someone else's comment", async () => {
      const world = await harness.start();
      const theirs = await world.client.createComment(draft(world, 'Not yours'));
      await world.client.signOut();
      expect(await outcome(world.client.editComment(world.query.site, theirs.id, 'Mine now'))).toEqual({ code: 'not-author', field: null });
      expect(await outcome(world.client.deleteComment(world.query.site, theirs.id))).toEqual({ code: 'not-author', field: null });
    });

    it('deletes the author\'s comment into a placeholder that keeps its replies, and refuses a second time', async () => {
      const world = await harness.start();
      const root = await world.client.createComment(draft(world, 'Regret'));
      await world.client.createComment(draft(world, 'A reply', { parentId: root.id }));
      const placeholder = await world.client.deleteComment(world.query.site, root.id);
      expect(placeholder).toMatchObject({ id: root.id, status: 'deleted', tree: [], reactions: {}, pinned: false });
      expect(placeholder.author).toEqual({ uid: '', name: '', avatar: null, provider: 'guest', badges: [] });
      const page = await world.client.loadThread(world.query);
      expect(page.comments.map((comment) => [comment.status, text(comment)])).toEqual([['deleted', ''], ['approved', 'A reply']]);
      expect(page.thread.count).toBe(1);
      expect(await outcome(world.client.deleteComment(world.query.site, root.id))).toEqual({ code: 'comment-deleted', field: null });
      expect(await outcome(world.client.editComment(world.query.site, root.id, 'Back'))).toEqual({ code: 'comment-deleted', field: null });
    });

    it('leaves no placeholder of a comment readers never saw', async () => {
      const world = await harness.start({ moderation: 'pre' });
      const held = await world.client.createComment(draft(world, 'Never shown'));
      await world.client.deleteComment(world.query.site, held.id);
      expect((await world.client.loadThread(world.query)).comments).toEqual([]);
    });
  });

  describe('reactions', () => {
    it('keeps one reaction per reader: another replaces it, the same again takes it back', async () => {
      const world = await harness.start();
      const posted = await world.client.createComment(draft(world, 'React to me'));
      expect(await world.client.react(world.query.site, posted.id, 'like')).toEqual({ reactions: { like: 1 }, mine: 'like' });
      expect(await world.client.react(world.query.site, posted.id, 'love')).toEqual({ reactions: { like: 0, love: 1 }, mine: 'love' });
      expect(await world.client.react(world.query.site, posted.id, 'love')).toEqual({ reactions: { like: 0, love: 0 }, mine: null });
      expect((await world.client.loadThread(world.query)).comments[0]!.reactions).toEqual({ like: 0, love: 0 });
    });

    it('refuses reactions to a comment readers cannot see', async () => {
      const world = await harness.start({ moderation: 'pre' });
      const held = await world.client.createComment(draft(world, 'Held'));
      expect(await outcome(world.client.react(world.query.site, held.id, 'like'))).toEqual({ code: 'comment-not-found', field: null });
    });
  });

  describe('reports', () => {
    it('takes one report per reader; an "illegal" report needs an explanation', async () => {
      const world = await harness.start();
      const posted = await world.client.createComment(draft(world, 'Report me'));
      await world.client.signOut();
      const report = { site: world.query.site, commentId: posted.id, reason: 'spam' as const, details: '' };
      await expect(world.client.report(report)).resolves.toBeUndefined();
      expect(await outcome(world.client.report(report))).toEqual({ code: 'already-reported', field: null });
      expect(await outcome(world.client.report({ ...report, reason: 'illegal' }))).toEqual({ code: 'reason-invalid', field: 'reason' });
      await world.client.signOut();
      await expect(world.client.report({ ...report, reason: 'illegal', details: 'Threatens someone' })).resolves.toBeUndefined();
    });

    it('refuses reports of a comment readers cannot see', async () => {
      const world = await harness.start({ moderation: 'pre' });
      const held = await world.client.createComment(draft(world, 'Held'));
      expect(await outcome(world.client.report({ site: world.query.site, commentId: held.id, reason: 'spam', details: '' }))).toEqual({ code: 'comment-not-found', field: null });
    });
  });

  describe('paging', () => {
    it('sends top-level comments 20 at a time, with a cursor to the next page', async () => {
      const world = await harness.start();
      for (let n = 1; n <= 21; n++) await world.client.createComment(draft(world, `Comment ${n}`));
      const first = await world.client.loadThread(world.query);
      expect(first.comments.map(text)).toEqual(Array.from({ length: 20 }, (_, i) => `Comment ${i + 1}`));
      expect(first.next).not.toBeNull();
      const second = await world.client.loadThread({ ...world.query, after: first.next! });
      expect(second.comments.map(text)).toEqual(['Comment 21']);
      expect(second.next).toBeNull();
      const newest = await world.client.loadThread({ ...world.query, sort: 'newest' });
      expect(newest.comments.slice(0, 2).map(text)).toEqual(['Comment 21', 'Comment 20']);
    });
  });

  describe('the live feed', () => {
    it('tells a listener what readers see change after its snapshot: a new comment, then its placeholder', async () => {
      const world = await harness.start();
      const earlier = await world.client.createComment(draft(world, 'Before the snapshot'));
      const page = await world.client.loadThread(world.query);
      const heard: ThreadChange[] = [];
      const stop = world.client.watchThread(page.thread.id, page.at, (changes) => heard.push(...changes), () => {});
      try {
        const posted = await world.client.createComment(draft(world, 'After the snapshot'));
        await expect.poll(() => heard.map((change) => [change.commentId, change.kind, change.before])).toEqual([[posted.id, 'upsert', null]]);
        expect(text(heard[0]!.comment!)).toBe('After the snapshot');
        await world.client.deleteComment(world.query.site, earlier.id);
        await expect.poll(() => heard.length).toBe(2);
        expect(heard[1]).toMatchObject({ commentId: earlier.id, kind: 'upsert', before: 'approved', comment: { status: 'deleted', tree: [] } });
      } finally {
        stop();
      }
    });
  });

  describe('sign-in links', () => {
    it('refuses to mail a link to a malformed address', async () => {
      const world = await harness.start();
      expect(await outcome(world.client.sendSignInLink(world.query.site, 'not an address', 'https://news.example.com/contract-story'))).toEqual({ code: 'email-invalid', field: 'email' });
    });
  });
}
