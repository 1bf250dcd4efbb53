import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { seedDemo } from '../../scripts/lib/seed.ts';
import { admin } from '../support/admin.ts';
import { launchBrowser } from '../support/browser.ts';
import { clearAuth, clearFirestore } from '../support/emulator.ts';
import { newLog, openPage, waitForThread, widget, type PageLog } from '../support/pages.ts';

let browser: Browser;
let log: PageLog;

const heading = (page: Page) => widget(page).getByRole('heading', { level: 2 });

/**
 * Waits until a deep-linked comment has the focus. The widget focuses it in the same task as it
 * scrolls it into view, after the render that highlights it: from then on its box stays put.
 */
const untilFocused = (target: Locator) =>
  expect.poll(() => target.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement), { timeout: 15_000 }).toBe(true);

beforeEach(() => {
  log = newLog();
  onTestFailed(() => console.log(log.lines.join('\n')));
});

beforeAll(async () => {
  await Promise.all([clearFirestore(), clearAuth()]);
  await seedDemo();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('moving around threads', () => {
  it('switches threads in the single-page app without a reload, and back', async () => {
    const page = await openPage(browser, '/spa', log);
    await waitForThread(page);
    expect(await heading(page).textContent()).toBe('6 comments');
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.getByRole('link', { name: 'Library night hours' }).click();
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe('38 comments');
    const first = widget(page).getByRole('article').first();
    expect(await first.textContent()).toContain('Editor’s note');
    expect(await first.textContent()).toContain('Pinned');
    expect(await first.textContent()).toContain('Moderator');
    expect(page.url()).toContain('article=library');
    await page.goBack();
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe('6 comments');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(log.errors).toEqual([]);
  });

  it('mounts a widget into any element with Parley.mount, and removes it with Parley.destroy', async () => {
    const page = await openPage(browser, '/list', log);
    await page.locator('[data-parley-count]').first().filter({ hasText: 'comments' }).waitFor();
    await page.evaluate(() => {
      const slot = document.createElement('div');
      slot.id = 'later';
      document.querySelector('main')!.append(slot);
      const api = (window as unknown as { Parley: { mount(target: string, options: object): unknown } }).Parley;
      api.mount('#later', { site: 'demo', url: 'https://news.parley.test/2026/11/harbor-street-bike-lanes', lazy: 'false' });
    });
    await waitForThread(page);
    expect(await heading(page).textContent()).toBe('6 comments');
    await page.evaluate(() => (window as unknown as { Parley: { destroy(): void } }).Parley.destroy());
    expect(await page.locator('parley-comments').count()).toBe(0);
    expect(log.errors).toEqual([]);
  });

  it('switches the language to Arabic, right to left', async () => {
    const page = await openPage(browser, '/spa', log);
    await waitForThread(page);
    await page.locator('#language').selectOption('ar');
    await expect.poll(() => widget(page).getAttribute('dir'), { timeout: 15_000 }).toBe('rtl');
    await expect.poll(() => heading(page).textContent()).toMatch(/تعليقات/);
    expect(await widget(page).getAttribute('lang')).toBe('ar');
    await widget(page).getByRole('button', { name: 'رد' }).first().waitFor();
  });

  it('loads the next page of a long thread and expands a collapsed reply list', async () => {
    const page = await openPage(browser, '/spa?article=library', log);
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe('38 comments');
    const last = widget(page).getByRole('article').filter({ hasText: 'The extra staff hours should be paid properly' });
    expect(await last.count()).toBe(0);
    await widget(page).getByRole('button', { name: 'Load more comments' }).click();
    await last.waitFor();
    expect(await widget(page).getByRole('button', { name: 'Load more comments' }).count()).toBe(0);
    const hidden = widget(page).getByRole('article').filter({ hasText: 'everything but the children’s section' });
    expect(await hidden.count()).toBe(0);
    await widget(page).getByRole('button', { name: 'Show 3 more replies' }).click();
    await hidden.waitFor();
  });

  it('opens a #comment-ID link on a later page: loads it with its chain, scrolls to it and highlights it', async () => {
    const found = await admin().db.collection('comments').where('body', '==', 'Do the lockers work after the desk closes?').get();
    const id = found.docs[0]!.id;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const threadRequests: URL[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/thread') threadRequests.push(url);
    });
    const page = await openPage(browser, `/spa?article=library#comment-${id}`, log, { context });
    const target = widget(page).locator(`#comment-${id}`);
    await target.waitFor();
    await expect.poll(() => target.getAttribute('class'), { timeout: 15_000 }).toContain('highlighted');
    expect(await target.isVisible()).toBe(true);
    await untilFocused(target);
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    // The page's script switched to the library story while the widget was loading. The Harbor
    // Street thread (the element's own attribute) may have been requested before that, but no
    // widget ever ran for it: one that did would look for the comment there too, find nothing,
    // and scroll the widget's top into view, far above the comment.
    const harbor = threadRequests.filter((url) => url.searchParams.get('url')?.includes('harbor-street'));
    expect(harbor.length).toBeLessThanOrEqual(1);
  });

  it('opens a #comment-ID link on the article at 360×640, with the widget far below the fold: scrolls to it and highlights it', async () => {
    const found = await admin().db.collection('comments').where('body', '==', 'Fix the Mill Lane bridge first. Just saying.').get();
    const id = found.docs[0]!.id;
    const page = await openPage(browser, `/#comment-${id}`, log, { width: 360, height: 640 });
    const target = widget(page).locator(`#comment-${id}`);
    await expect.poll(() => target.getAttribute('class'), { timeout: 15_000 }).toContain('highlighted');
    // Far beyond the 800 px the widget otherwise waits for before it starts.
    const top = await widget(page).evaluate((host) => host.getBoundingClientRect().top + scrollY);
    expect(top).toBeGreaterThan(640 + 800);
    await untilFocused(target);
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    expect(log.errors).toEqual([]);
  });

  it('starts the widget for a #comment-ID link followed after the page loaded', async () => {
    const found = await admin().db.collection('comments').where('body', '==', 'Same here. The door zone outside the bakery is the worst part.').get();
    const id = found.docs[0]!.id;
    const page = await openPage(browser, '/', log, { width: 360, height: 640 });
    await page.locator('[data-parley-count]').filter({ hasText: 'comments' }).waitFor();
    expect(await widget(page).locator('article').count()).toBe(0);
    await page.evaluate((hash) => (location.hash = hash), `#comment-${id}`);
    const target = widget(page).locator(`#comment-${id}`);
    await expect.poll(() => target.getAttribute('class'), { timeout: 15_000 }).toContain('highlighted');
    await untilFocused(target);
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(640);
  });
});
