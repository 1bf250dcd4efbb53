import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { newLog, openPage, resetDemo, waitForThread, widget, type PageLog } from '../support/pages.ts';

let browser: Browser;
let log: PageLog;

/** What has focus inside the widget: its accessible label or text, and whether the focus ring shows. */
function focused(page: Page) {
  return widget(page).evaluate((host) => {
    const element = host.shadowRoot!.activeElement as HTMLElement | null;
    if (!element) return null;
    const label = element.id ? host.shadowRoot!.querySelector(`label[for="${element.id}"]`)?.textContent : null;
    return {
      name: element.getAttribute('aria-label') ?? label ?? element.textContent?.trim() ?? '',
      ring: element.matches(':focus-visible') ? getComputedStyle(element).outlineStyle : 'none',
    };
  });
}

async function tabUntil(page: Page, name: string) {
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    if ((await focused(page))?.name === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

beforeEach(() => {
  log = newLog();
  onTestFailed(() => console.log(log.lines.join('\n')));
});

beforeAll(async () => {
  await resetDemo();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a reader using only the keyboard', () => {
  it('replies, cancels and sends, with focus moving sensibly and a visible focus ring', async () => {
    const page = await openPage(browser, '/', log);
    await waitForThread(page);
    const jonas = widget(page).getByRole('article').filter({ hasText: 'Fix the Mill Lane bridge first.' });
    await jonas.getByRole('button', { name: 'Reply' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), { timeout: 10_000 }).toMatchObject({ name: 'Your reply to Jonas' });
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toEqual({ name: 'Reply', ring: 'solid' });
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ name: 'Your reply to Jonas' });
    await page.keyboard.type('Typed without a mouse.');
    await tabUntil(page, 'Name');
    await page.keyboard.type('Kim Keys');
    await tabUntil(page, 'Email');
    await page.keyboard.type('kim@example.com');
    await page.keyboard.press('Enter');
    const reply = widget(page).getByRole('article').filter({ hasText: 'Typed without a mouse.' });
    await reply.and(page.locator('article:not([id^="comment-sending"])')).waitFor({ timeout: 15_000 });
    await expect.poll(() => reply.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement)).toBe(true);
  });

  it('reacts through the picker and returns to the React button', async () => {
    const page = await openPage(browser, '/', log);
    await waitForThread(page);
    const tom = widget(page).getByRole('article').filter({ hasText: 'Same here. The door zone' });
    await tom.getByRole('button', { name: 'React' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), { timeout: 10_000 }).toMatchObject({ name: 'Like' });
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toEqual({ name: 'Love', ring: 'solid' });
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ name: 'React' });
    await expect.poll(() => tom.getByRole('button', { name: 'Love: 1' }).getAttribute('aria-pressed')).toBe('true');
  });
});
