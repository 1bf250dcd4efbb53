import { describe, expect, it } from 'vitest';
import { markdownToTree } from '../../core/src/markdown.ts';
import type { CommentStatus } from '../../core/src/types.ts';
import type { ActionRecord, ModeratorClient, QueueItem, QueueName } from '../../widget/src/client/moderator/client.ts';
import { latest } from './latest.ts';

/**
 * The moderator client's contract: what the console relies on (decisions and their answers, which
 * undo and the optimistic lists build on; the log; bans), written once and run against the
 * in-memory client (moderator.memory.test.ts) and the Firebase client on the emulators
 * (moderator.emulator.test.ts). When the two disagree, one of the runs fails.
 */

/** A comment to start with, on the site "news" (or `siteId`), by "author-1" unless said otherwise. */
export interface SeedComment {
  id: string;
  status: CommentStatus;
  pinned?: boolean;
  /** Open reports on it. */
  reports?: number;
  siteId?: string;
  authorUid?: string;
}

/** One test's world: a client signed in as "mod", moderator of the site "news" and of nothing else. */
export interface ModeratorWorld {
  client: ModeratorClient;
  /** The moderator's uid. */
  uid: string;
}

/** How an implementation sets up a world with these comments. */
export interface ModeratorHarness {
  start(seed: readonly SeedComment[]): Promise<ModeratorWorld>;
}

const SITE = 'news';
const SEEDED_AT = Date.UTC(2026, 10, 1);

/** A seeded comment as the console lists it: a top-level comment of thread "t1", a minute after the one before. */
export function seededItem(seed: SeedComment, index: number): QueueItem {
  return {
    id: seed.id,
    siteId: seed.siteId ?? SITE,
    threadId: 't1',
    parentId: null,
    rootId: seed.id,
    depth: 0,
    author: { uid: seed.authorUid ?? 'author-1', name: 'Author One', avatar: null, provider: 'guest', badges: [] },
    tree: markdownToTree('A seeded comment'),
    body: 'A seeded comment',
    status: seed.status,
    createdAt: SEEDED_AT + index * 60_000,
    editedAt: null,
    reactions: {},
    replyCount: 0,
    pinned: seed.pinned ?? false,
    revision: 1,
  };
}
const outcome = (promise: Promise<unknown>) => promise.then((value) => ({ resolved: value }), (error: { code?: string }) => ({ code: error.code }));

/** The ids a queue lists once its listener has caught up. */
function queue(world: ModeratorWorld, name: QueueName) {
  return latest<QueueItem[]>((onItems) => world.client.watchQueue({ siteId: SITE, queue: name, order: 'oldest', threadId: null, authorUid: null, limit: 50 }, onItems, () => {}));
}

/** The log's actions, oldest first, as `[action, commentId or targetUid]`. */
function log(world: ModeratorWorld) {
  const records = latest<ActionRecord[]>((onRecords) => world.client.watchLog({ siteId: SITE, limit: 50 }, onRecords, () => {}));
  return { ...records, get entries() {
    return records.value && [...records.value].reverse().map((record) => [record.action, record.commentId ?? record.targetUid]);
  } };
}

const statusOf = async (world: ModeratorWorld, id: string) => {
  const item = await world.client.getComment(id);
  return item && { status: item.status, pinned: item.pinned };
};

export function moderatorContract(harness: ModeratorHarness): void {
  describe('decisions on comments', () => {
    it('approves a held comment: answered as changed, logged, gone from the pending queue', async () => {
      const world = await harness.start([{ id: 'p1', status: 'pending' }, { id: 'p2', status: 'pending' }]);
      const pending = queue(world, 'pending');
      await expect.poll(() => pending.value?.map((item) => item.id)).toEqual(['p1', 'p2']);
      expect(await world.client.moderate(SITE, ['p1'], 'approve')).toEqual({ changed: ['p1'], unchanged: [] });
      await expect.poll(() => pending.value?.map((item) => item.id)).toEqual(['p2']);
      const actions = log(world);
      await expect.poll(() => actions.entries).toEqual([['approve', 'p1']]);
      pending.stop();
      actions.stop();
    });

    it('answers "unchanged" for a decision that changes nothing, and logs nothing', async () => {
      const world = await harness.start([{ id: 'a1', status: 'approved' }, { id: 'p1', status: 'pending' }]);
      expect(await world.client.moderate(SITE, ['a1', 'p1'], 'approve')).toEqual({ changed: ['p1'], unchanged: ['a1'] });
      const actions = log(world);
      await expect.poll(() => actions.entries).toEqual([['approve', 'p1']]);
      actions.stop();
    });

    it('counts a comment named twice once', async () => {
      const world = await harness.start([{ id: 'p1', status: 'pending' }]);
      expect(await world.client.moderate(SITE, ['p1', 'p1'], 'reject', 'Off topic')).toEqual({ changed: ['p1'], unchanged: [] });
    });

    it.each([
      ['approve', 'deleted', 'restoring is the way back'],
      ['pin', 'pending', 'only published comments are pinned'],
      ['pin', 'rejected', 'only published comments are pinned'],
    ] as const)('refuses to %s a %s comment (%s)', async (action, status, _why) => {
      const world = await harness.start([{ id: 'c1', status }]);
      expect(await outcome(world.client.moderate(SITE, ['c1'], action))).toEqual({ code: 'invalid-transition' });
      expect(await statusOf(world, 'c1')).toEqual({ status, pinned: false });
    });

    it('decides a bulk request all or nothing', async () => {
      const world = await harness.start([{ id: 'p1', status: 'pending' }, { id: 'd1', status: 'deleted' }]);
      expect(await outcome(world.client.moderate(SITE, ['p1', 'd1'], 'approve'))).toEqual({ code: 'invalid-transition' });
      expect(await statusOf(world, 'p1')).toEqual({ status: 'pending', pinned: false });
    });

    it("answers for another site's comment as for a missing one", async () => {
      const world = await harness.start([{ id: 'p1', status: 'pending' }, { id: 'x1', status: 'pending', siteId: 'elsewhere' }]);
      expect(await outcome(world.client.moderate(SITE, ['x1'], 'approve'))).toEqual({ code: 'comment-not-found' });
      expect(await outcome(world.client.moderate(SITE, ['p1', 'missing'], 'approve'))).toEqual({ code: 'comment-not-found' });
      expect(await statusOf(world, 'p1')).toEqual({ status: 'pending', pinned: false });
    });

    it('refuses more than 100 comments at once, a reason over 500 characters, and a site it does not moderate', async () => {
      const world = await harness.start([{ id: 'p1', status: 'pending' }, { id: 'x1', status: 'pending', siteId: 'elsewhere' }]);
      const many = Array.from({ length: 101 }, (_, i) => `c${i}`);
      expect(await outcome(world.client.moderate(SITE, many, 'approve'))).toEqual({ code: 'too-many-ids' });
      expect(await outcome(world.client.moderate(SITE, ['p1'], 'reject', 'x'.repeat(501)))).toEqual({ code: 'reason-invalid' });
      expect(await outcome(world.client.moderate('elsewhere', ['x1'], 'approve'))).toEqual({ code: 'not-moderator' });
    });

    it('pins and unpins a published comment; a decision that unpublishes it unpins it', async () => {
      const world = await harness.start([{ id: 'a1', status: 'approved' }]);
      expect(await world.client.moderate(SITE, ['a1'], 'pin')).toEqual({ changed: ['a1'], unchanged: [] });
      expect(await statusOf(world, 'a1')).toEqual({ status: 'approved', pinned: true });
      await world.client.moderate(SITE, ['a1'], 'spam');
      expect(await statusOf(world, 'a1')).toEqual({ status: 'spam', pinned: false });
      expect(await world.client.moderate(SITE, ['a1'], 'unpin')).toEqual({ changed: [], unchanged: ['a1'] });
    });
  });

  describe('reports', () => {
    it('approving a reported, published comment dismisses the reports: changed, logged as such, gone from the reported queue', async () => {
      const world = await harness.start([{ id: 'a1', status: 'approved', reports: 2 }]);
      const reported = queue(world, 'reported');
      await expect.poll(() => reported.value?.map((item) => item.id)).toEqual(['a1']);
      expect(await world.client.moderate(SITE, ['a1'], 'approve')).toEqual({ changed: ['a1'], unchanged: [] });
      await expect.poll(() => reported.value).toEqual([]);
      expect(await statusOf(world, 'a1')).toEqual({ status: 'approved', pinned: false });
      const actions = log(world);
      await expect.poll(() => actions.entries).toEqual([['dismiss-reports', 'a1']]);
      reported.stop();
      actions.stop();
    });

    it('rejecting a reported comment settles its reports; a held one stays in the queue until decided', async () => {
      const world = await harness.start([{ id: 'a1', status: 'approved', reports: 1 }, { id: 'p1', status: 'pending', reports: 3 }]);
      const reported = queue(world, 'reported');
      await expect.poll(() => reported.value?.map((item) => item.id).sort()).toEqual(['a1', 'p1']);
      await world.client.moderate(SITE, ['a1'], 'reject', 'Abusive');
      await expect.poll(() => reported.value?.map((item) => item.id)).toEqual(['p1']);
      await world.client.moderate(SITE, ['p1'], 'reject', 'Abusive');
      await world.client.moderate(SITE, ['p1'], 'restore');
      await expect.poll(() => reported.value).toEqual([]);
      reported.stop();
    });
  });

  describe("authors' standing", () => {
    it('bans, lifts the ban and trusts an author, answering their standing and logging each', async () => {
      const world = await harness.start([{ id: 'a1', status: 'approved' }]);
      const before = Date.now();
      const banned = await world.client.banUser(SITE, 'author-1', 24, false, 'Rude');
      expect(banned).toMatchObject({ uid: 'author-1', trusted: false, ban: { shadow: false, reason: 'Rude', by: world.uid } });
      expect(banned.ban!.until! - before).toBeGreaterThanOrEqual(24 * 3_600_000 - 60_000);
      expect(banned.ban!.until! - before).toBeLessThanOrEqual(24 * 3_600_000 + 60_000);
      expect(await world.client.unbanUser(SITE, 'author-1', 'Apologised')).toEqual({ uid: 'author-1', ban: null, trusted: false });
      expect(await world.client.trustUser(SITE, 'author-1', true)).toEqual({ uid: 'author-1', ban: null, trusted: true });
      const actions = log(world);
      await expect.poll(() => actions.entries).toEqual([['ban', 'author-1'], ['unban', 'author-1'], ['trust', 'author-1']]);
      expect(await statusOf(world, 'a1')).toEqual({ status: 'approved', pinned: false });
      actions.stop();
    });

    it('a shadow ban files the author\'s published and held comments as spam, and leaves the rest', async () => {
      const world = await harness.start([
        { id: 'a1', status: 'approved' },
        { id: 'p1', status: 'pending' },
        { id: 'r1', status: 'rejected' },
        { id: 'o1', status: 'approved', authorUid: 'someone-else' },
      ]);
      const permanent = await world.client.banUser(SITE, 'author-1', null, true, 'Troll');
      expect(permanent.ban).toMatchObject({ until: null, shadow: true });
      expect(await statusOf(world, 'a1')).toEqual({ status: 'spam', pinned: false });
      expect(await statusOf(world, 'p1')).toEqual({ status: 'spam', pinned: false });
      expect(await statusOf(world, 'r1')).toEqual({ status: 'rejected', pinned: false });
      expect(await statusOf(world, 'o1')).toEqual({ status: 'approved', pinned: false });
    });

    it('refuses to ban oneself', async () => {
      const world = await harness.start([]);
      expect(await outcome(world.client.banUser(SITE, world.uid, 24, false, ''))).toEqual({ code: 'invalid-transition' });
    });
  });
}
