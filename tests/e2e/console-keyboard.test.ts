import { describe, expect, it } from 'vitest';
import { DEMO_SITE_ID } from '../../demo/seed/demo-data.ts';
import { admin } from '../support/admin.ts';
import { eventually, holdComments, makeThread, openQueue, signInToConsole, statuses, useConsoleBrowser } from '../support/console.ts';

const pages = useConsoleBrowser();

describe('rejecting by keyboard', () => {
  it('rejects with r then Enter pressed at once, every time, comment after comment', async () => {
    const rounds = 15;
    const thread = await makeThread('reject-enter');
    const ids = await holdComments(
      thread.url,
      Array.from({ length: rounds }, (_, index) => `Reject at once ${index + 1}`),
    );
    const page = await pages.open('console');
    await signInToConsole(page);
    await openQueue(page, `#/${DEMO_SITE_ID}/queue/pending/${thread.id}`);
    const articles = page.getByRole('article');
    await expect.poll(() => articles.count(), { timeout: 15_000 }).toBe(rounds);
    for (let left = rounds; left > 0; left--) {
      // No waiting for the dialog: a moderator's fingers do not wait for it either.
      await page.keyboard.press('r');
      await page.keyboard.press('Enter');
      // One Enter must be enough: the dialog closes and the comment leaves at once (no network in between).
      await expect.poll(() => articles.count(), { timeout: 3_000 }).toBe(left - 1);
      expect(await page.getByRole('dialog').count()).toBe(0);
    }
    await page.getByText('Nothing in pending. All clear.').waitFor();
    // Fifteen decisions reach a busy functions emulator one after another: give them time.
    await eventually(async () => expect(new Set(await statuses(ids))).toEqual(new Set(['rejected'])), 60_000);
  }, 120_000);

  it('rejects with a click on Reject… then Enter pressed at once', async () => {
    const thread = await makeThread('reject-click-enter');
    const ids = await holdComments(
      thread.url,
      Array.from({ length: 6 }, (_, index) => `Click then Enter ${index + 1}`),
    );
    const page = await pages.open('console');
    await signInToConsole(page);
    await openQueue(page, `#/${DEMO_SITE_ID}/queue/pending/${thread.id}`);
    const articles = page.getByRole('article');
    await expect.poll(() => articles.count(), { timeout: 15_000 }).toBe(6);
    for (let left = 6; left > 0; left--) {
      await articles.first().getByRole('button', { name: 'Reject…' }).click();
      await page.keyboard.press('Enter');
      await expect.poll(() => articles.count(), { timeout: 3_000 }).toBe(left - 1);
      expect(await page.getByRole('dialog').count()).toBe(0);
    }
    await eventually(async () => expect(new Set(await statuses(ids))).toEqual(new Set(['rejected'])));
  });

  it("moves to the next comment when a colleague decides the current one, though newer ones arrived above it", async () => {
    const thread = await makeThread('arrivals');
    const [, middle] = await holdComments(thread.url, ['Arrivals oldest', 'Arrivals middle', 'Arrivals newest']);
    const page = await pages.open('console');
    await signInToConsole(page);
    await openQueue(page, `#/${DEMO_SITE_ID}/queue/pending/${thread.id}`);
    const articles = page.getByRole('article');
    await expect.poll(() => articles.count(), { timeout: 15_000 }).toBe(3);
    const current = () => page.evaluate(() => document.querySelector('article[aria-current="true"] .body')?.textContent ?? '');
    await page.keyboard.press('j');
    await expect.poll(current).toBe('Arrivals middle');
    // Two readers post while the moderator reads (newest first: above), then a colleague approves it.
    await holdComments(thread.url, ['Just posted one', 'Just posted two']);
    await expect.poll(() => articles.count(), { timeout: 15_000 }).toBe(5);
    expect(await current()).toBe('Arrivals middle');
    await admin().db.doc(`comments/${middle}`).update({ status: 'approved' });
    await expect.poll(() => articles.count(), { timeout: 15_000 }).toBe(4);
    await expect.poll(current).toBe('Arrivals oldest');
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('.body')?.textContent ?? '')).toBe('Arrivals oldest');
  });
});
