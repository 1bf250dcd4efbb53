import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_SITE_ID } from '../../demo/seed/demo-data.ts';
import { seedThreadId } from '../../scripts/lib/seed-moderation.ts';
import { admin } from '../support/admin.ts';
import { eventually, HARBOR_URL, holdComments, makeThread, openQueue, signInToConsole, statuses, useConsoleBrowser } from '../support/console.ts';
import { emulator } from '../support/emulator.ts';
import { GENEROUS_LIMITS, setSettings } from '../support/fixtures.ts';

const widget = (page: Page) => page.locator('parley-comments');
const card = (page: Page, text: string) => page.getByRole('article').filter({ hasText: text });
/** Polls with room for a loaded machine (the default gives up after a second). */
const poll = <T,>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

const pages = useConsoleBrowser(async () => {
  await setSettings(DEMO_SITE_ID, GENEROUS_LIMITS);
});

describe('moderating in the console', () => {
  it('approves, rejects and marks held comments as spam, and an open reader page shows and drops them without reload', async () => {
    const stamp = Date.now();
    const [first, second, third] = [`Bridge repairs first ${stamp}`, `Lanes are overdue ${stamp}`, `Off-topic rant ${stamp}`];
    const ids = await holdComments(HARBOR_URL, [first, second, third]);
    const reader = await pages.open('reader');
    await reader.goto(`${emulator.hosting}/`);
    await reader.locator('#comments').scrollIntoViewIfNeeded();
    await widget(reader).getByRole('article').filter({ hasText: 'Fix the Mill Lane bridge first' }).waitFor();

    const moderator = await pages.open('console');
    await signInToConsole(moderator);
    await openQueue(moderator, `#/${DEMO_SITE_ID}/queue/pending/${seedThreadId(DEMO_SITE_ID, HARBOR_URL)}`);
    await card(moderator, first).getByRole('button', { name: 'Approve' }).click();
    await card(moderator, first).waitFor({ state: 'detached' });
    await card(moderator, second).getByRole('button', { name: 'Approve' }).click();
    await card(moderator, third).getByRole('button', { name: 'Spam' }).click();
    await card(moderator, third).waitFor({ state: 'detached' });

    // The reader sees both approvals arrive live, behind the new-comments button.
    await widget(reader).getByRole('button', { name: 'Show 2 new comments' }).click();
    await widget(reader).getByRole('article').filter({ hasText: first }).waitFor();
    await widget(reader).getByRole('article').filter({ hasText: second }).waitFor();
    expect(await widget(reader).getByRole('article').filter({ hasText: third }).count()).toBe(0);

    // Second thoughts on the published ones: reject one (with a reason), mark the other as spam.
    await openQueue(moderator, `#/${DEMO_SITE_ID}/queue/all/${seedThreadId(DEMO_SITE_ID, HARBOR_URL)}`);
    await card(moderator, first).getByRole('button', { name: 'Reject…' }).click();
    await moderator.getByLabel('Reason').selectOption('Off-topic');
    await moderator.getByLabel('Note for the log (optional)').press('Enter');
    await card(moderator, second).getByRole('button', { name: 'Spam' }).click();
    await Promise.all([
      widget(reader).getByRole('article').filter({ hasText: first }).waitFor({ state: 'detached' }),
      widget(reader).getByRole('article').filter({ hasText: second }).waitFor({ state: 'detached' }),
    ]);
    await eventually(async () => expect(await statuses(ids)).toEqual(['rejected', 'spam', 'spam']));
    const log = await admin().db.collection('moderationActions').where('commentId', '==', ids[0]).get();
    expect(log.docs.map((entry) => entry.data()).sort((a, b) => a.at.toMillis() - b.at.toMillis())).toMatchObject([
      { action: 'approve', byName: 'Sam (moderator)' },
      { action: 'reject', reason: 'Off-topic' },
    ]);
  });

  it("clears a reported comment: rejecting it takes it out of the reported queue and out of the queue's count, also after a reload", async () => {
    const moderator = await pages.open('console');
    await signInToConsole(moderator);
    await openQueue(moderator, `#/${DEMO_SITE_ID}/queue/reported`);
    const reportedTab = moderator.getByRole('navigation', { name: 'Queues' }).getByRole('link', { name: /^Reported/ });
    const items = moderator.getByRole('article');
    // The queue just left can still be on screen for a moment: wait until the list is the reported one.
    const tabCount = async () => Number((await reportedTab.locator('.count').textContent()) ?? 0);
    await poll(tabCount).toBeGreaterThan(0);
    const before = await tabCount();
    await poll(() => items.filter({ hasText: /\d+ reports?\b/ }).count()).toBe(before);
    await poll(() => items.count()).toBe(before);
    const id = (await items.first().getAttribute('id'))!.slice('item-'.length);

    await items.first().getByRole('button', { name: 'Reject…' }).click();
    await moderator.getByRole('dialog').getByRole('button', { name: 'Reject', exact: true }).click();
    await poll(() => items.count()).toBe(before - 1);
    // Stored once the undo window has passed: rejected, and its readers' reports settled.
    await eventually(async () => expect(await statuses([id])).toEqual(['rejected']));
    await poll(async () => (await admin().db.doc(`commentPrivate/${id}`).get()).data()!.reports.count).toBe(0);

    await openQueue(moderator, `#/${DEMO_SITE_ID}/queue/reported`);
    await poll(() => items.count()).toBe(before - 1);
    await poll(tabCount).toBe(before - 1);
    expect(await moderator.locator(`#item-${id}`).count()).toBe(0);
  });

  it('approves 50 held comments at once', async () => {
    const thread = await makeThread('bulk');
    const ids = await holdComments(
      thread.url,
      Array.from({ length: 50 }, (_, index) => `Bulk comment ${index + 1}`),
    );
    const page = await pages.open('console');
    await signInToConsole(page);
    await openQueue(page, `#/${DEMO_SITE_ID}/queue/pending/${thread.id}`);
    await poll(() => page.getByRole('article').count()).toBe(50);
    await page.getByLabel('Select all on this page').check();
    await page.getByRole('button', { name: 'Approve 50' }).click();
    await page.getByText('Nothing in pending. All clear.').waitFor();
    await eventually(async () => expect(new Set(await statuses(ids))).toEqual(new Set(['approved'])));
  });

  it('clears a queue of 20 with the keyboard alone, focus staying on the next comment', async () => {
    const thread = await makeThread('keyboard');
    const ids = await holdComments(
      thread.url,
      Array.from({ length: 20 }, (_, index) => `Keyboard comment ${index + 1}`),
    );
    const page = await pages.open('console');
    await signInToConsole(page);
    await openQueue(page, `#/${DEMO_SITE_ID}/queue/pending/${thread.id}`);
    await poll(() => page.getByRole('article').count()).toBe(20);
    const focused = () => page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent ?? '' }));
    // Newest first: the last written comment has the focus; a, s and r+Enter take turns.
    for (let left = 20; left > 0; left--) {
      await poll(async () => (await focused()).tag).toBe('ARTICLE');
      expect((await focused()).text).toContain(`Keyboard comment ${left}`);
      const key = ['a', 's', 'r'][left % 3]!;
      await page.keyboard.press(key);
      if (key === 'r') {
        await page.getByRole('dialog', { name: 'Reject 1 comment' }).waitFor();
        await page.keyboard.press('Enter');
      }
      await poll(() => page.getByRole('article').count()).toBe(left - 1);
    }
    await poll(async () => (await focused()).text).toBe('Nothing in pending. All clear.');
    const expected = ids.map((_, index) => ({ 0: 'approved', 1: 'spam', 2: 'rejected' })[(index + 1) % 3]);
    await eventually(async () => expect(await statuses(ids)).toEqual(expected));
  });

  it('undoes the last decision: the comment returns to the queue and stays held', async () => {
    const thread = await makeThread('undo');
    const [id, second] = await holdComments(thread.url, ['Undo me please', 'Approve me next', 'And me last']);
    const page = await pages.open('console');
    // Every moderateComments request the console sends, by the comments it names.
    const sent: string[][] = [];
    page.on('request', (request) => {
      if (request.url().includes('/moderateComments')) sent.push((JSON.parse(request.postData() ?? '{}') as { data: { ids: string[] } }).data.ids);
    });
    await signInToConsole(page);
    await openQueue(page, `#/${DEMO_SITE_ID}/queue/pending/${thread.id}`);
    await card(page, 'Undo me please').getByRole('button', { name: 'Approve' }).click();
    await card(page, 'Undo me please').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await card(page, 'Undo me please').waitFor();
    await poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Undo me please');
    // Two more decisions: the second sends the first at once. Had the undone one still been held,
    // it would have gone out before them.
    await card(page, 'Approve me next').getByRole('button', { name: 'Approve' }).click();
    await card(page, 'And me last').getByRole('button', { name: 'Approve' }).click();
    await eventually(async () => expect(await statuses([second!])).toEqual(['approved']));
    expect(sent[0]).toEqual([second]);
    expect(sent.flat()).not.toContain(id);
    expect(await statuses([id!])).toEqual(['pending']);
    expect((await admin().db.collection('moderationActions').where('commentId', '==', id).get()).size).toBe(0);
    expect(await card(page, 'Undo me please').count()).toBe(1);
  });
});
