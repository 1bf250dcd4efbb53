import { beforeAll, describe, expect, it } from 'vitest';
import type { CreateCommentResult } from '../../core/src/api.ts';
import type { ThreadSnapshot } from '../../core/src/types.ts';
import { admin } from '../support/admin.ts';
import { call, emulator, signUpAnonymous, type TestUser } from '../support/emulator.ts';
import { GENEROUS_LIMITS, inParallel, newComment, resetWithSite, setSettings } from '../support/fixtures.ts';

const THREAD = { url: 'https://news.example.com/busy', title: 'Busy' };

beforeAll(async () => {
  await resetWithSite();
  await setSettings('news', GENEROUS_LIMITS);
});

describe('a busy thread', () => {
  it('stores exactly 200 comments posted concurrently by 50 users, with an exact count and no duplicates', async () => {
    const users: TestUser[] = await Promise.all(Array.from({ length: 50 }, () => signUpAnonymous()));
    const requests = users.flatMap((user, u) =>
      Array.from({ length: 4 }, (_, n) => ({ user, data: newComment({ thread: THREAD, body: `User ${u} comment ${n}`, requestId: `load-${u}-${n}-xxxx` }) })),
    );
    // Every fifth request is sent twice side by side, as a flaky network's retry would; users'
    // posts interleave, 10 in flight at any moment.
    const sends = requests.flatMap((request, i) => (i % 5 === 0 ? [request, request] : [request]));
    const started = Date.now();
    const results = await inParallel(sends, 10, ({ user, data }) => call<CreateCommentResult>('createComment', data, user));
    const refused = results.filter((result) => !result.ok);
    expect(refused.map((result) => (result.ok ? null : `${result.code} ${result.message}`)).join('; ')).toBe('');
    console.log(`200 comments (+40 retries) from 50 users in ${Date.now() - started} ms`);

    const { db } = admin();
    const stored = await db.collection('comments').where('siteId', '==', 'news').get();
    expect(stored.size).toBe(200);
    expect(new Set(stored.docs.map((doc) => doc.data().body)).size).toBe(200);
    const ids = new Set(results.map((result) => (result.ok ? result.data.comment.id : '')));
    expect(ids.size).toBe(200);

    const threadId = stored.docs[0]!.data().threadId as string;
    const approved = stored.docs.filter((doc) => doc.data().status === 'approved').length;
    const shards = await db.collection(`threads/${threadId}/counters`).get();
    expect(shards.docs.reduce((sum, shard) => sum + shard.data().approved, 0)).toBe(approved);
    const snapshot = (await (await fetch(`${emulator.hosting}/api/thread?site=news&url=${encodeURIComponent(THREAD.url)}`)).json()) as ThreadSnapshot;
    expect(snapshot.thread.count).toBe(approved);
    expect(approved).toBe(200);
  }, 180_000);
});
