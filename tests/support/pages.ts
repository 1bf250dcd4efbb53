import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, onTestFailed } from 'vitest';
import { seedDemo } from '../../scripts/lib/seed.ts';
import { launchBrowser } from './browser.ts';
import { clearAuth, clearFirestore, emulator } from './emulator.ts';
import { GENEROUS_LIMITS, setSettings } from './fixtures.ts';

/** The widget's part of a page (the host page has its own articles, headings and buttons). */
export const widget = (page: Page): Locator => page.locator('parley-comments');

/** What one test's pages said: console messages, page errors, failed requests, CSP violations. */
export interface PageLog {
  lines: string[];
  errors: string[];
}

/** A fresh log; print `lines` when a test fails. */
export function newLog(): PageLog {
  return { lines: [], errors: [] };
}

/** Opens a page in a fresh browser context (its own storage: another reader), recording what happens into `log`. */
export async function openPage(browser: Browser, path: string, log: PageLog, options: { name?: string; width?: number; height?: number; context?: BrowserContext } = {}): Promise<Page> {
  const name = options.name ?? path;
  const context = options.context ?? (await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 } }));
  // Runs before the page's own scripts and outside its CSP, so violations anywhere are caught.
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
      true,
    );
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    const line = `${name} console.${message.type()}: ${message.text()}`;
    log.lines.push(line);
    if (message.type() === 'error') log.errors.push(line);
  });
  page.on('pageerror', (error) => {
    log.lines.push(`${name} error: ${error.message}`);
    log.errors.push(`${name} error: ${error.message}`);
  });
  page.on('requestfailed', (request) => log.lines.push(`${name} request failed: ${request.url()} ${request.failure()?.errorText}`));
  await page.goto(`${emulator.hosting}${path}`);
  return page;
}

/** Scrolls the widget into view and waits until it shows its thread (comments, or the empty state). */
export async function waitForThread(page: Page): Promise<void> {
  await widget(page).scrollIntoViewIfNeeded();
  await widget(page).locator('section[aria-busy="false"]').waitFor();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A serious or critical accessibility violation axe-core found: rule, impact and where. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page (shadow roots included) and answers its serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated by the browser's debugging protocol, which a page's CSP does not restrict.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => JSON.stringify(node.target)) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Fills the thread composer (not a reply's) and posts it as a guest. */
export async function postComment(page: Page, text: string, name = 'Rosa Guest'): Promise<Locator> {
  const box = widget(page).getByLabel('Your comment');
  await box.click();
  // The first-paint box gives way to the full composer once its code is in; type into that one.
  const form = widget(page).locator('form.composer').filter({ has: page.getByLabel('Your comment') });
  await form.getByLabel('Name').waitFor();
  await box.fill(text);
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill('rosa.guest@example.com');
  await form.getByRole('button', { name: 'Post comment' }).click();
  const mine = widget(page).getByRole('article').filter({ hasText: text });
  await mine.waitFor();
  await widget(page).getByText('Your comment was posted.').waitFor();
  return mine;
}

/** The stored comment id of an article element (`comment-ID`), once it is no longer a sending placeholder. */
export async function commentIdOf(article: Locator): Promise<string> {
  await article.and(article.page().locator('article:not([id^="comment-sending"])')).waitFor();
  return (await article.getAttribute('id'))!.slice('comment-'.length);
}

/** Fresh emulator data for an end-to-end file: the seeded demo, with limits one machine can post under freely. */
export async function resetDemo(): Promise<void> {
  await Promise.all([clearFirestore(), clearAuth()]);
  await seedDemo();
  await setSettings('demo', GENEROUS_LIMITS);
}

/** An end-to-end file on the demo site: its browser, and the running test's page log. */
export interface DemoSession {
  readonly browser: Browser;
  readonly log: PageLog;
}

/**
 * Registers what every end-to-end file on the demo site needs: fresh demo data and one browser for
 * the file, and a page log per test, printed when the test fails (after `onFailed`, which may add
 * lines, such as what each widget was telling its reader).
 */
export function useDemoSession(onFailed?: (log: PageLog) => Promise<void> | void): DemoSession {
  const session = {} as { browser: Browser; log: PageLog };
  beforeAll(async () => {
    await resetDemo();
    session.browser = await launchBrowser();
  });
  beforeEach(() => {
    const log = (session.log = newLog());
    onTestFailed(async () => {
      await onFailed?.(log);
      console.log(log.lines.join('\n'));
    });
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
