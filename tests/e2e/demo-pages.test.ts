import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../scripts/lib/demo-pages.ts';
import { openPage, postComment, seriousAxeViolations, useDemoSession, waitForThread, widget } from '../support/pages.ts';

const demo = useDemoSession();

describe('the demo pages', () => {
  it.each(DEMO_PAGES.filter(([path]) => path !== '/list' && path !== '/publisher-login'))('embeds the thread on %s with no page error and no serious or critical axe violation', async (path) => {
    const page = await openPage(demo.browser, path, demo.log);
    await waitForThread(page);
    expect(await widget(page).evaluate((host) => host.shadowRoot?.mode)).toBe('open');
    if (path === '/csp') await widget(page).getByText('Be the first to comment.').waitFor();
    else expect(await widget(page).getByRole('article').count()).toBeGreaterThan(0);
    // Errors are checked before axe runs: axe adds a style element of its own, which a strict CSP refuses.
    expect(demo.log.errors).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('fills every count of the article list with one request, and passes axe', async () => {
    const requests: string[] = [];
    const context = await demo.browser.newContext();
    context.on('request', (request) => {
      if (request.url().includes('/api/counts')) requests.push(request.url());
    });
    const page = await openPage(demo.browser, '/list', demo.log, { context });
    const counts = page.locator('[data-parley-count]');
    await expect.poll(() => counts.allTextContents()).toEqual(['6 comments', '38 comments', '0 comments']);
    expect(requests).toHaveLength(1);
    expect(await page.locator('parley-comments').count()).toBe(0);
    expect(demo.log.errors).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('fills the article’s own count after its first comment is painted, and at once where the thread waits below the fold', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The time of the first frame with a comment in the widget, before that frame is painted.
    await context.addInitScript(() => {
      const check = () => {
        if (document.querySelector('parley-comments')?.shadowRoot?.querySelector('article')) (window as unknown as { firstComment: number }).firstComment = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    const page = await openPage(demo.browser, '/', demo.log, { context });
    const count = page.locator('[data-parley-count]');
    await expect.poll(() => count.textContent(), { timeout: 15_000 }).toMatch(/^\d+ comments$/);
    const { painted, counts } = await page.evaluate(() => ({
      painted: (window as unknown as { firstComment?: number }).firstComment ?? null,
      counts: performance.getEntriesByType('resource').filter((entry) => /\/assets\/counts-/.test(entry.name)).map((entry) => entry.startTime),
    }));
    expect(painted).not.toBeNull();
    expect(counts).toHaveLength(1);
    expect(counts[0]).toBeGreaterThan(painted!);

    const narrow = await openPage(demo.browser, '/', demo.log, { width: 360, height: 640 });
    await expect.poll(() => narrow.locator('[data-parley-count]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ comments$/);
    expect(await widget(narrow).locator('article').count()).toBe(0);
    expect(demo.log.errors).toEqual([]);
  });

  it('paints with no Firebase SDK, listens with Firestore once idle, and loads Auth and Functions only when the reader writes', async () => {
    const requested: string[] = [];
    const context = await demo.browser.newContext();
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const page = await openPage(demo.browser, '/', demo.log, { context });
    await waitForThread(page);
    const sdk = (name: string) => requested.some((path) => path.includes(`/assets/sdk-${name}-`));
    const firstPaint = requested.findIndex((path) => path.includes('/assets/first-paint-'));
    const firestore = () => requested.findIndex((path) => path.includes('/assets/sdk-firestore-'));
    await expect.poll(firestore, { timeout: 15_000 }).toBeGreaterThan(firstPaint);
    expect(requested.findIndex((path) => path === '/api/thread')).toBeLessThan(firestore());
    expect(sdk('auth') || sdk('functions')).toBe(false);
    await widget(page).getByLabel('Your comment').focus();
    await expect.poll(() => sdk('auth') && sdk('functions'), { timeout: 15_000 }).toBe(true);
  });

  it('follows the page: light on the news article, dark on the night edition', async () => {
    const [light, dark] = await Promise.all([openPage(demo.browser, '/', demo.log), openPage(demo.browser, '/dark', demo.log)]);
    await Promise.all([waitForThread(light), waitForThread(dark)]);
    expect(await widget(light).getAttribute('data-parley-theme')).toBe('light');
    expect(await widget(dark).getAttribute('data-parley-theme')).toBe('dark');
    // The host page's rules (uppercase buttons, black borders) never reach inside the widget.
    const sortStyle = await widget(light).evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('select')!).textTransform);
    expect(sortStyle).toBe('none');
  });

  it('passes axe with the composer, a reply box and the report form open', async () => {
    const page = await openPage(demo.browser, '/', demo.log);
    await waitForThread(page);
    await widget(page).getByLabel('Your comment').click();
    await widget(page).getByRole('button', { name: 'Formatting help' }).click();
    await widget(page).getByRole('article').first().getByRole('button', { name: 'Reply' }).click();
    await widget(page).getByLabel('Your reply to Priya N.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await widget(page).getByRole('article').last().getByRole('button', { name: 'Report' }).click();
    await widget(page).getByRole('group', { name: 'Why are you reporting this comment?' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('works under a strict nonce-based CSP: posts and listens live with no policy violation', async () => {
    const page = await openPage(demo.browser, '/csp', demo.log);
    const policy = (await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'))) ?? '';
    expect(policy).toContain("'nonce-");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    await waitForThread(page);
    await widget(page).getByText('Be the first to comment.').waitFor();
    const styles = await widget(page).evaluate((host) => [...host.shadowRoot!.querySelectorAll('style')].map((style) => style.nonce));
    expect(styles.length).toBeGreaterThan(0);
    expect(styles.every((nonce) => nonce === 'parley-demo-nonce')).toBe(true);
    await postComment(page, 'The 6:30 sailing is too late for the hospital shift.');
    // A second reader's comment arrives through the Firestore listener, also under the policy.
    const other = await openPage(demo.browser, '/csp', demo.log, { name: 'second reader' });
    await waitForThread(other);
    await postComment(other, 'A bus to the 6:30 would help.', 'Ola');
    await widget(page).getByRole('button', { name: 'Show 1 new comment' }).click();
    await widget(page).getByRole('article').filter({ hasText: 'A bus to the 6:30 would help.' }).waitFor();
    expect(demo.log.errors.filter((line) => /CSP|Content Security Policy/i.test(line))).toEqual([]);
    expect(demo.log.errors).toEqual([]);
  });
});
