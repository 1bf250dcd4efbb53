import { Timestamp } from 'firebase-admin/firestore';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { admin } from '../support/admin.ts';
import { openPage, useDemoSession, waitForThread, widget } from '../support/pages.ts';

const demo = useDemoSession();

/** A feed entry announcing a new approved comment in the seeded article's thread, written `at` the given time. */
async function announce(body: string, at: Timestamp) {
  const { db } = admin();
  const seeded = (await db.collection('comments').where('body', '==', 'Fix the Mill Lane bridge first. Just saying.').get()).docs[0]!;
  const data = seeded.data();
  const id = `feed-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const comment = { ...data, body: '', tree: [{ t: 'p', c: [body] }], parentId: null, rootId: id, depth: 0, replyCount: 0, pinned: false, createdAt: at, updatedAt: at };
  await db.collection(`threads/${data.threadId}/changes`).add({ commentId: id, kind: 'upsert', comment, before: null, at, expireAt: Timestamp.fromMillis(Date.now() + 3600_000) });
}

describe('the live listener', () => {
  it('gets only changes made after the snapshot it continues from', async () => {
    const context: BrowserContext = await demo.browser.newContext();
    let listening = false;
    context.on('request', (request) => {
      if (request.url().includes('/google.firestore.v1.Firestore/Listen')) listening = true;
    });
    const page = await openPage(demo.browser, '/', demo.log, { context });
    await waitForThread(page);
    await expect.poll(() => listening, { timeout: 20_000 }).toBe(true);

    // An entry from before the page loaded (the snapshot already holds what it says), then one from now.
    await announce('Already in the snapshot', Timestamp.fromMillis(Date.now() - 10 * 60_000));
    await announce('Posted while reading', Timestamp.now());
    const button = widget(page).getByRole('button', { name: /^Show \d+ new comments?$/ });
    await button.waitFor({ timeout: 20_000 });
    // A listener hears changes in the order they were committed: had the older entry been
    // delivered, it would have come with or before this one.
    expect(await button.textContent()).toBe('Show 1 new comment');
    await button.click();
    await widget(page).getByText('Posted while reading').waitFor();
    expect(await widget(page).getByText('Already in the snapshot').count()).toBe(0);
  });
});
