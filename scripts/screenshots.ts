import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_MODERATOR, DEMO_SITE_ID } from '../demo/seed/demo-data.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { readPorts } from './lib/emulator-config.ts';
import { ROOT } from './lib/paths.ts';
import { runMain } from './lib/setup-error.ts';

/**
 * `npm run screenshots` (with `npm start` running): the widget on the light and the dark article
 * page at 360 and 1280 px, into .cache/screenshots/, plus the README's picture (docs/screenshot.png);
 * and on both pages the composer's identity picker and, signed in through the demo publisher,
 * the account menu; then the console's queue, settings, log and activity pages at 768 and 1280 px
 * in light and dark, signed in as the demo moderator (the light queue at 1280 px is the README's
 * docs/console.png). For looking at the widget and the console after a change; nothing checks
 * these images.
 */
runMain(async () => {
  const hosting = readPorts().hosting;
  const origin = process.env.PARLEY_HOSTING_ORIGIN ?? `http://${hosting.host}:${hosting.port}`;
  const functions = process.env.PARLEY_FUNCTIONS_ORIGIN ?? `http://${readPorts().functions.host}:${readPorts().functions.port}`;
  const out = join(ROOT, '.cache', 'screenshots');
  mkdirSync(out, { recursive: true });
  const browser = await launchBrowser();
  /** A demo page at a width, scrolled to the widget once its thread has loaded. */
  const openWidget = async (path: string, width: number) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    const widget = page.locator('parley-comments');
    await widget.scrollIntoViewIfNeeded();
    await widget.locator('section[aria-busy="false"]').waitFor();
    return { context, page, widget };
  };
  try {
    for (const [path, name] of [['/', 'light'], ['/dark', 'dark'], ['/spa?article=library', 'library']] as const) {
      for (const width of [360, 1280]) {
        const { context, page, widget } = await openWidget(path, width);
        await page.waitForTimeout(500);
        await widget.screenshot({ path: join(out, `${name}-${width}.png`) });
        if (name === 'light' && width === 1280) {
          await widget.getByRole('article').nth(1).getByRole('button', { name: 'Reply' }).click();
          await widget.getByLabel('Your reply to Tom Becker').fill('Same for me near the ferry terminal: a **protected** lane would fix it.');
          await page.waitForTimeout(300);
          // Page coordinates (the clip of a full-page shot is not relative to the scrolled viewport).
          const box = await page.evaluate(() => {
            const rect = document.querySelector('#comments')!.getBoundingClientRect();
            return { x: rect.x + scrollX - 16, y: rect.y + scrollY, width: rect.width + 32, height: Math.min(rect.height, 1500) };
          });
          await page.screenshot({ path: join(ROOT, 'docs', 'screenshot.png'), clip: box, fullPage: true });
        }
        await context.close();
        console.log(`  ${join(out, `${name}-${width}.png`)}`);
      }
    }
    for (const [path, name] of [['/', 'light'], ['/dark', 'dark']] as const) {
      for (const width of [360, 1280]) {
        const { context, page, widget } = await openWidget(path, width);
        await widget.getByLabel('Your comment').click();
        await widget.getByRole('button', { name: 'Email me a sign-in link' }).click();
        await page.waitForTimeout(300);
        await widget.locator('form.composer').first().screenshot({ path: join(out, `${name}-${width}-picker.png`) });
        const { token } = (await (await fetch(`${functions}/demo-parley/us-central1/demoPublisher?site=demo&id=shot-${name}-${width}&name=Maya%20Lindqvist`)).json()) as { token: string };
        await page.evaluate((value) => (window as unknown as { Parley: { sso(token: string): void } }).Parley.sso(value), token);
        await widget.getByText('Posting as Maya Lindqvist').waitFor();
        await widget.getByRole('button', { name: 'Account' }).click();
        await page.waitForTimeout(300);
        await widget.locator('form.composer').first().screenshot({ path: join(out, `${name}-${width}-account.png`) });
        await context.close();
        console.log(`  ${join(out, `${name}-${width}-picker.png`)}, …-account.png`);
      }
    }
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [768, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${origin}/console`);
        await page.getByLabel('Email').fill(DEMO_MODERATOR.email);
        await page.getByLabel('Password').fill(DEMO_MODERATOR.password);
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page.getByRole('navigation', { name: 'Queues' }).waitFor();
        for (const view of ['queue/pending', 'settings', 'log', 'activity']) {
          await page.goto(`${origin}/console#/${DEMO_SITE_ID}/${view}`);
          await page.locator('main h1, main .queue-list').first().waitFor();
          await page.getByText('Loading…').waitFor({ state: 'detached' });
          if (view.startsWith('queue/')) await page.locator('nav[aria-label="Queues"] .count').first().waitFor();
          await page.waitForTimeout(400);
          const file = join(out, `console-${view.replace('/', '-')}-${colorScheme}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          // The README's picture of the console: the pending queue as a moderator first sees it.
          if (colorScheme === 'light' && width === 1280 && view === 'queue/pending') await page.screenshot({ path: join(ROOT, 'docs', 'console.png') });
        }
        await context.close();
        console.log(`  ${join(out, `console-*-${colorScheme}-${width}.png`)}`);
      }
    }
  } finally {
    await browser.close();
  }
});
