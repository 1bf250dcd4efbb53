import { DocumentReference, Timestamp, Transaction } from 'firebase-admin/firestore';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateCommentResult } from '../../core/src/api.ts';
import { buildSnapshot } from '../../functions/src/threads/thread-snapshot.ts';
import { admin } from '../support/admin.ts';
import { call, signUpAnonymous } from '../support/emulator.ts';
import { newComment, resetWithSite } from '../support/fixtures.ts';

const STORY = 'https://news.example.com/story';

beforeEach(() => resetWithSite());

async function post(body: string): Promise<string> {
  const result = await call<CreateCommentResult>('createComment', newComment({ body }), await signUpAnonymous());
  if (!result.ok) throw new Error(result.code);
  return result.data.comment.id;
}

/**
 * Runs `between` once, right after the snapshot has read the thread document (the read its `at`
 * comes from) and before it reads anything else: a comment committed at the worst moment.
 */
function afterThreadRead(between: () => Promise<unknown>): () => void {
  const originals = { tx: Transaction.prototype.get, ref: DocumentReference.prototype.get };
  let pending: (() => Promise<unknown>) | null = between;
  const isThread = (target: unknown) => target instanceof DocumentReference && target.parent.id === 'threads';
  const hold = async <T>(result: T): Promise<T> => {
    const run = pending;
    pending = null;
    if (run) await run();
    return result;
  };
  Transaction.prototype.get = function (this: Transaction, target: never) {
    const result = originals.tx.call(this, target);
    return isThread(target) ? result.then(hold) : result;
  } as typeof Transaction.prototype.get;
  DocumentReference.prototype.get = function (this: DocumentReference) {
    const result = originals.ref.call(this);
    return isThread(this) ? result.then(hold) : result;
  };
  return () => {
    Transaction.prototype.get = originals.tx;
    DocumentReference.prototype.get = originals.ref;
  };
}

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

describe('a thread snapshot built while a comment lands', () => {
  it('is consistent with its read time: the comment is left to the live feed and counted once', async () => {
    const first = await post('Already here');
    let second = '';
    restore = afterThreadRead(async () => {
      second = await post('Lands while the snapshot is built');
    });
    const page = await buildSnapshot({ siteId: 'news', url: STORY, sort: 'oldest' });
    restore();
    restore = null;
    expect(second).not.toBe('');

    // The snapshot is as of `at`: the later comment is neither listed nor counted…
    expect(page.comments.map((comment) => comment.id)).toEqual([first]);
    expect(page.thread.count).toBe(1);
    // …and the change feed after `at`, which the widget listens to, brings it (and only it).
    const feed = await admin()
      .db.collection(`threads/${page.thread.id}/changes`)
      .where('at', '>', Timestamp.fromMillis(page.at))
      .get();
    expect(feed.docs.map((entry) => entry.data().commentId)).toEqual([second]);

    const later = await buildSnapshot({ siteId: 'news', url: STORY, sort: 'oldest' });
    expect(later.comments.map((comment) => comment.id)).toEqual([first, second]);
    expect(later.thread.count).toBe(2);
  });
});
