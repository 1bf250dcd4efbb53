import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../core/src/canonical-url.ts';
import { DEMO_SITE_ID } from '../../demo/seed/demo-data.ts';
import { seedThreadId, seedUid, writeComment } from '../../scripts/lib/seed-moderation.ts';
import { admin } from '../support/admin.ts';
import { eventually, openQueue, signInToConsole, useConsoleBrowser } from '../support/console.ts';

/** Older than every thread the demo and the other tests start: 60 archive articles from 2001. */
const ARCHIVE = 60;
const archiveUrl = (n: number) => `https://news.parley.test/archive/${n}`;
const archiveId = (n: number) => seedThreadId(DEMO_SITE_ID, archiveUrl(n));

const pages = useConsoleBrowser(async () => {
  const batch = admin().db.batch();
  for (let n = 1; n <= ARCHIVE; n++) {
    const url = archiveUrl(n);
    batch.set(admin().db.collection('threads').doc(archiveId(n)), {
      siteId: DEMO_SITE_ID,
      key: canonicalUrl(url),
      url,
      title: `Archive article ${n}`,
      closed: false,
      premoderate: false,
      createdAt: new Date(Date.parse('2001-01-01T00:00:00Z') + n * 3_600_000),
      lastCommentAt: null,
    });
  }
  await batch.commit();
});

const hold = (n: number, name: string, body: string, extra: Partial<Parameters<typeof writeComment>[0]> = {}) =>
  writeComment({ siteId: DEMO_SITE_ID, threadUrl: archiveUrl(n), name, email: `${name.toLowerCase()}@example.com`, body, status: 'pending', at: Date.now(), ...extra });

const tabCounts = (page: Page) => page.getByRole('navigation', { name: 'Queues' }).getByRole('link').allTextContents();

describe('a site with more threads than one page', () => {
  it('closes the oldest thread from the Threads page after showing older ones', async () => {
    const page = await pages.open('console');
    await signInToConsole(page);
    await page.getByRole('link', { name: 'Threads' }).click();
    await page.getByRole('link', { name: 'Archive article 60' }).waitFor();
    const oldest = page.getByRole('link', { name: 'Archive article 1', exact: true });
    expect(await oldest.count()).toBe(0);
    await page.getByRole('button', { name: 'Show more' }).click();
    await oldest.waitFor();
    expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    await page.getByLabel('Closed: Archive article 1', { exact: true }).check();
    await eventually(async () => expect((await admin().db.doc(`threads/${archiveId(1)}`).get()).data()!.closed).toBe(true));
    await expect.poll(() => page.getByLabel('Closed: Archive article 1', { exact: true }).isChecked()).toBe(true);
  });

  it("filters the queue to the oldest thread by typing its title, and counts that thread's and that author's comments in the tabs and the title", async () => {
    await hold(1, 'Ann', 'First held comment on the old article');
    await hold(1, 'Bo', 'Second held comment on the old article');
    await hold(2, 'Ann', 'Held elsewhere');
    await hold(1, 'Cy', 'Reported on the old article', { status: 'approved', reports: [{ reason: 'abuse', details: 'Rude.' }] });
    const page = await pages.open('console');
    await signInToConsole(page);
    await openQueue(page, `#/${DEMO_SITE_ID}/queue/pending`);
    const picker = page.getByRole('combobox', { name: 'Thread' });
    await picker.click();
    await page.getByRole('option', { name: 'Archive article 60' }).waitFor();
    await picker.fill('archive article 1');
    const wanted = page.getByRole('option', { name: 'Archive article 1', exact: true });
    const older = page.getByRole('option', { name: 'Show older threads' });
    for (let round = 0; round < 5 && !(await wanted.count()); round++) {
      await older.click();
      // count() does not wait: while the older threads load, the option may be gone for a moment.
      await expect.poll(async () => (await wanted.count()) > 0 || ((await older.count()) > 0 && (await older.textContent()) === 'Show older threads'), { timeout: 10_000 }).toBe(true);
    }
    await wanted.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/${DEMO_SITE_ID}/queue/pending/${archiveId(1)}`);
    await expect.poll(() => page.getByRole('article').count(), { timeout: 10_000 }).toBe(2);
    expect(await picker.inputValue()).toBe('Archive article 1');
    await expect.poll(() => tabCounts(page), { timeout: 10_000 }).toEqual(['Pending2', 'Reported1', 'Spam0', 'Rejected0', 'All']);
    await expect.poll(() => page.title()).toBe(`(2) Pending · ${DEMO_SITE_ID} · Parley moderation`);

    // The author filter is in the address too: a reload keeps it, and the counts follow it.
    await page.getByRole('button', { name: 'All comments by Ann' }).click();
    const annHash = `#/${DEMO_SITE_ID}/queue/pending/${archiveId(1)}?author=${seedUid('ann@example.com')}`;
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(annHash);
    await page.reload();
    await page.getByText('Author: Ann').waitFor();
    await expect.poll(() => page.getByRole('article').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => tabCounts(page), { timeout: 10_000 }).toEqual(['Pending1', 'Reported0', 'Spam0', 'Rejected0', 'All']);
    await expect.poll(() => page.title()).toBe(`(1) Pending · ${DEMO_SITE_ID} · Parley moderation`);
    await page.getByRole('combobox', { name: 'Thread' }).click();
    await page.getByRole('option', { name: 'All threads' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/${DEMO_SITE_ID}/queue/pending?author=${seedUid('ann@example.com')}`);
    await expect.poll(() => tabCounts(page), { timeout: 10_000 }).toEqual(['Pending2', 'Reported0', 'Spam0', 'Rejected0', 'All']);

    // The queue's cards read the old threads one by one; the Threads page opened while they do
    // gets its first answer from that cache, and the server's newest 50 replace it: the old
    // threads wait for Show more.
    await page.reload();
    await page.getByRole('article').first().waitFor();
    await page.getByRole('link', { name: 'Threads' }).click();
    await page.getByRole('link', { name: 'Archive article 60' }).waitFor();
    await expect.poll(() => page.getByRole('row').count(), { timeout: 10_000 }).toBe(51);
    expect(await page.getByRole('link', { name: 'Archive article 1', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.getByRole('link', { name: 'Archive article 1', exact: true }).waitFor();
  });
});
