import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { DEMO_MODERATOR } from '../../demo/seed/demo-data.ts';
import { seedDemo } from '../../scripts/lib/seed.ts';
import { launchBrowser } from '../support/browser.ts';
import { clearAuth, clearFirestore, emulator } from '../support/emulator.ts';

let browser: Browser;

/** The widget's part of the page (the host page has its own <article>). */
const widget = (page: Page) => page.locator('parley-comments');

/** What the pages said, printed when a test fails. */
let pageLog: string[] = [];

async function newPage(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (message) => pageLog.push(`${name} console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => pageLog.push(`${name} error: ${error.message}`));
  page.on('requestfailed', (request) => pageLog.push(`${name} request failed: ${request.url()} ${request.failure()?.errorText}`));
  return page;
}

async function openArticle(name: string): Promise<Page> {
  const page = await newPage(name);
  await page.goto(`${emulator.hosting}/`);
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await widget(page).getByRole('article').filter({ hasText: 'Fix the Mill Lane bridge first' }).waitFor();
  return page;
}

/** Tries to read a document through the Firestore REST API as the page's reader would, signed in as a fresh guest. */
async function readAsGuest(page: Page, path: string): Promise<number> {
  return page.evaluate(
    async ({ auth, firestore, path }) => {
      const signUp = await fetch(`${auth}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=demo-api-key`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ returnSecureToken: true }),
      });
      const { idToken } = (await signUp.json()) as { idToken: string };
      const response = await fetch(`${firestore}/v1/projects/demo-parley/databases/(default)/documents/${path}`, {
        headers: { authorization: `Bearer ${idToken}` },
      });
      return response.status;
    },
    { auth: emulator.auth, firestore: emulator.firestore, path },
  );
}

beforeEach(() => {
  pageLog = [];
  onTestFailed(() => console.log(pageLog.join('\n')));
});

beforeAll(async () => {
  await Promise.all([clearFirestore(), clearAuth()]);
  await seedDemo();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the end-to-end slice', () => {
  it('shows a guest comment at once, delivers it live to a second reader, keeps the email private, and removes it everywhere when a moderator rejects it', async () => {
    const [readerA, readerB] = await Promise.all([openArticle('reader A'), openArticle('reader B')]);
    const seeded = await widget(readerA).getByRole('article').count();
    expect(seeded).toBe(6);

    const text = `Protected lanes are overdue ${Date.now()}`;
    await readerA.getByLabel('Your comment').fill(text);
    await readerA.getByLabel('Name').fill('Rosa Guest');
    await readerA.getByLabel('Email').fill('rosa.guest@example.com');
    await readerA.getByRole('button', { name: 'Post comment' }).click();

    const mine = widget(readerA).getByRole('article').filter({ hasText: text });
    await mine.waitFor();
    await readerA.getByText('Your comment was posted.').waitFor();
    const articleId = (await mine.getAttribute('id'))!;
    expect(articleId).toMatch(/^comment-[\w-]+$/);
    expect(articleId).not.toContain('sending');
    const commentId = articleId.slice('comment-'.length);

    // The second reader gets it live, behind the button, without reloading.
    pageLog.push('step: waiting for the button');
    await readerB.getByRole('button', { name: 'Show 1 new comment' }).click();
    pageLog.push('step: button clicked');
    await widget(readerB).getByRole('article').filter({ hasText: text }).waitFor();
    expect(await widget(readerB).getByRole('article').count()).toBe(7);

    // Privacy: the second reader can read the public comment but not the private details.
    expect(await readAsGuest(readerB, `comments/${commentId}`)).toBe(200);
    expect(await readAsGuest(readerB, `commentPrivate/${commentId}`)).toBe(403);
    const pageText = await readerB.evaluate(() => document.querySelector('parley-comments')!.shadowRoot!.innerHTML);
    expect(pageText).toContain('Rosa Guest');
    expect(pageText).not.toContain('rosa.guest@example.com');

    // The moderator signs in to the console and rejects it.
    pageLog.push('step: console');
    const consolePage = await newPage('console');
    await consolePage.goto(`${emulator.hosting}/console`);
    await consolePage.getByLabel('Email').fill(DEMO_MODERATOR.email);
    await consolePage.getByLabel('Password').fill(DEMO_MODERATOR.password);
    await consolePage.getByRole('button', { name: 'Sign in', exact: true }).click();
    // The comment was published at once: it is in the "All" queue, not the pending one.
    await consolePage.getByRole('navigation', { name: 'Queues' }).getByRole('link', { name: 'All' }).click();
    const item = consolePage.getByRole('article').filter({ hasText: text });
    await item.waitFor();
    await item.getByText('rosa.guest@example.com').waitFor();
    await item.getByRole('button', { name: 'Reject…' }).click();
    await consolePage.getByRole('dialog').getByRole('button', { name: 'Reject' }).click();

    // Gone from both readers' pages, without a reload.
    await Promise.all([
      widget(readerA).getByRole('article').filter({ hasText: text }).waitFor({ state: 'detached' }),
      widget(readerB).getByRole('article').filter({ hasText: text }).waitFor({ state: 'detached' }),
    ]);
    expect(await widget(readerB).getByRole('article').count()).toBe(6);
    expect(await readAsGuest(readerB, `comments/${commentId}`)).toBe(403);
  });

  it('refuses an empty comment, a missing name and an invalid email next to the field, keeping what was typed', async () => {
    const reader = await openArticle('reader');
    await reader.getByLabel('Your comment').click();
    await reader.getByLabel('Name').fill('Rosa Guest');
    await reader.getByLabel('Email').fill('rosa.guest@example.com');
    await reader.getByRole('button', { name: 'Post comment' }).click();
    await reader.getByText('Please write a comment first.').waitFor();
    expect(await reader.getByLabel('Your comment').getAttribute('aria-invalid')).toBe('true');

    await reader.getByLabel('Your comment').fill('A thought worth keeping');
    await reader.getByLabel('Name').fill('');
    await reader.getByRole('button', { name: 'Post comment' }).click();
    await reader.getByText('Please enter your name.').waitFor();
    expect(await reader.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    expect(await reader.getByLabel('Your comment').inputValue()).toBe('A thought worth keeping');

    await reader.getByLabel('Name').fill('Rosa Guest');
    await reader.getByLabel('Email').fill('rosa-at-example');
    await reader.getByRole('button', { name: 'Post comment' }).click();
    await reader.getByText('Please enter a valid email address, like name@example.com.').waitFor();
    expect(await reader.getByLabel('Your comment').inputValue()).toBe('A thought worth keeping');
    expect(await widget(reader).getByRole('article').filter({ hasText: 'A thought worth keeping' }).count()).toBe(0);
  });
});
