import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, onTestFailed } from 'vitest';
import { DEMO_MODERATOR, DEMO_SITE_ID, DEMO_THREADS } from '../../demo/seed/demo-data.ts';
import { seedThreadId, writeComment } from '../../scripts/lib/seed-moderation.ts';
import { canonicalUrl } from '../../core/src/canonical-url.ts';
import { seedDemo } from '../../scripts/lib/seed.ts';
import { admin } from './admin.ts';
import { launchBrowser } from './browser.ts';
import { clearAuth, clearFirestore, emulator } from './emulator.ts';

/**
 * Helpers for the console's end-to-end tests: pages that log what they say, signing in, and
 * arranging held comments straight in Firestore (as the pipeline would have stored them).
 */

/** The Harbor Street article: the demo page's thread. */
export const HARBOR_URL = DEMO_THREADS[0]!.url;

/**
 * A console test file's browser and page opener: before its tests the emulators are reset to the
 * demo (then `arrange` adds what the file needs) and Chromium starts; afterwards it closes.
 */
export function useConsoleBrowser(arrange?: () => Promise<void>): ReturnType<typeof pageOpener> {
  let browser: Browser;
  const pages = pageOpener(() => browser);
  beforeAll(async () => {
    await Promise.all([clearFirestore(), clearAuth()]);
    await seedDemo();
    await arrange?.();
    browser = await launchBrowser();
  });
  beforeEach(() => pages.reset());
  afterAll(async () => {
    await browser?.close();
  });
  return pages;
}

/** Opens pages in fresh contexts and prints what they logged when the running test fails. */
function pageOpener(browser: () => Browser) {
  let log: string[] = [];
  return {
    reset() {
      log = [];
      onTestFailed(() => console.log(log.join('\n')));
    },
    async open(name: string, options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      page.on('console', (message) => log.push(`${name} console.${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => log.push(`${name} error: ${error.message}`));
      return page;
    },
  };
}

/** Signs in to the console with a password and waits for the queue. */
export async function signInToConsole(page: Page, email = DEMO_MODERATOR.email, password = DEMO_MODERATOR.password, hash = ''): Promise<void> {
  await page.goto(`${emulator.hosting}/console${hash}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('navigation', { name: 'Queues' }).waitFor();
}

/** Opens a console address (after signing in) and waits for the queue to load. */
export async function openQueue(page: Page, hash: string): Promise<void> {
  await page.goto(`${emulator.hosting}/console${hash}`);
  await page.getByRole('navigation', { name: 'Queues' }).waitFor();
  await page.locator('.queue-list').waitFor();
  await page.getByText('Loading…').waitFor({ state: 'detached' });
}

/** Creates a thread of the demo site for one test's comments; answers its id. */
export async function makeThread(slug: string): Promise<{ id: string; url: string }> {
  const url = `https://news.parley.test/tests/${slug}`;
  const id = seedThreadId(DEMO_SITE_ID, url);
  await admin()
    .db.collection('threads')
    .doc(id)
    .set({ siteId: DEMO_SITE_ID, key: canonicalUrl(url), url, title: `Test thread ${slug}`, closed: false, premoderate: false, createdAt: new Date(), lastCommentAt: null });
  return { id, url };
}

/** Writes `n` held comments on a thread, the first oldest; answers their ids in that order. */
export async function holdComments(threadUrl: string, texts: string[]): Promise<string[]> {
  const start = Date.now() - texts.length * 1000;
  const ids: string[] = [];
  for (const [index, body] of texts.entries()) {
    ids.push(await writeComment({ siteId: DEMO_SITE_ID, threadUrl, name: `Guest ${index + 1}`, email: `guest${index + 1}@example.com`, body, status: 'pending', at: start + index * 1000 }));
  }
  return ids;
}

/** Reads comment statuses by id. */
export async function statuses(ids: string[]): Promise<string[]> {
  const snaps = await admin().db.getAll(...ids.map((id) => admin().db.collection('comments').doc(id)));
  return snaps.map((snap) => String(snap.data()?.status));
}

/** Waits until the check passes (server state after an asynchronous decision). */
export async function eventually(check: () => Promise<void>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
