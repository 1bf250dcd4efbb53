import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_SITE_ID } from '../../demo/seed/demo-data.ts';
import { holdComments, makeThread, openQueue, signInToConsole, useConsoleBrowser } from '../support/console.ts';

const pages = useConsoleBrowser();

/** Whether the element's centre is its own on screen, not covered by something sticky. */
const isUncovered = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return !!hit && element.contains(hit);
  });

describe('the console at 768 px', () => {
  it('keeps the selection bar and the current comment clear of the two-row top bar while the queue scrolls', async () => {
    const thread = await makeThread('narrow');
    await holdComments(
      thread.url,
      Array.from({ length: 8 }, (_, index) => `Narrow screen comment ${index + 1}`),
    );
    const page = await pages.open('console', { viewport: { width: 768, height: 900 } });
    await signInToConsole(page);
    await openQueue(page, `#/${DEMO_SITE_ID}/queue/pending/${thread.id}`);
    await expect.poll(() => page.getByRole('article').count(), { timeout: 15_000 }).toBe(8);
    await page.keyboard.press('x');
    for (let step = 0; step < 5; step++) await page.keyboard.press('j');
    await expect
      // The focused card itself (the page's body would contain every comment's text).
      .poll(() => page.evaluate(() => (document.activeElement?.tagName === 'ARTICLE' ? (document.activeElement.textContent ?? '') : '')), { timeout: 10_000 })
      .toContain('Narrow screen comment 3');
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
    const approve = page.getByRole('group', { name: 'Selection' }).getByRole('button', { name: 'Approve 1' });
    expect(await isUncovered(approve)).toBe(true);
    expect(await isUncovered(page.getByLabel('Select all on this page'))).toBe(true);
    // The focused comment starts below both sticky bars.
    const [cardTop, barBottom] = await page.evaluate(() => [
      document.activeElement!.getBoundingClientRect().top,
      document.querySelector('.bulk')!.getBoundingClientRect().bottom,
    ]);
    expect(cardTop).toBeGreaterThanOrEqual(barBottom);
  });
});
