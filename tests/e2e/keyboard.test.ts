import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signUpAnonymous } from '../support/emulator.ts';
import { post } from '../support/fixtures.ts';
import { openPage, useDemoSession, waitForThread, widget } from '../support/pages.ts';

const demo = useDemoSession();

/** The id of the element that has focus inside the widget. */
function focusedId(page: Page) {
  return widget(page).evaluate((host) => host.shadowRoot!.activeElement?.id ?? null);
}

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

async function tabUntil(page: Page, name: string, steps = 12) {
  for (let step = 0; step < steps; step++) {
    await page.keyboard.press('Tab');
    if ((await focused(page))?.name === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe('a reader using only the keyboard', () => {
  it('replies, cancels and sends, with focus moving sensibly and a visible focus ring', async () => {
    const page = await openPage(demo.browser, '/', demo.log);
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
    const page = await openPage(demo.browser, '/', demo.log);
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

  it('reaches the exact time of a comment: its time is a link whose description is the exact time, shown on focus', async () => {
    const page = await openPage(demo.browser, '/', demo.log);
    await waitForThread(page);
    const first = widget(page).getByRole('article').first();
    await first.focus();
    await page.keyboard.press('Tab');
    const link = await widget(page).evaluate((host) => {
      const element = host.shadowRoot!.activeElement as HTMLElement;
      return {
        href: element.getAttribute('href'),
        text: element.textContent,
        description: element.title,
        shown: getComputedStyle(element, '::after').content,
        ring: getComputedStyle(element).outlineStyle,
      };
    });
    expect(link.href).toBe(`#${await first.getAttribute('id')}`);
    expect(link.text).toMatch(/ago|yesterday|last/);
    expect(link.description).toMatch(/\d{4}/);
    expect(link.shown).toContain(link.description);
    expect(link.ring).toBe('solid');
    // Following it is the comment's permalink: the comment is highlighted and takes focus.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(link.href);
    await expect.poll(() => focusedId(page)).toBe(link.href!.slice(1));
  });

  it('loads more comments with the keyboard, focus moving to the first one added', async () => {
    const page = await openPage(demo.browser, '/spa?article=library', demo.log);
    await waitForThread(page);
    const loadMore = widget(page).getByRole('button', { name: 'Load more comments' });
    const before = await widget(page).getByRole('article').count();
    const firstPage = await widget(page).getByRole('article').evaluateAll((articles) => articles.map((article) => article.id));
    // From the last control before it, as a reader tabbing down the thread gets there.
    await widget(page).getByRole('article').last().getByRole('button').last().focus();
    await tabUntil(page, 'Load more comments');
    expect(await focused(page)).toEqual({ name: 'Load more comments', ring: 'solid' });
    await page.keyboard.press('Enter');
    await widget(page).getByRole('article').filter({ hasText: 'The extra staff hours should be paid properly' }).waitFor({ timeout: 15_000 });
    expect(await widget(page).getByRole('article').count()).toBeGreaterThan(before);
    expect(await loadMore.count()).toBe(0);
    // Focus lands on the first comment of the new page, which had not been on screen before.
    const added = await focusedId(page);
    expect(added).toMatch(/^comment-/);
    expect(await widget(page).evaluate((host) => host.shadowRoot!.activeElement?.tagName)).toBe('ARTICLE');
    expect(firstPage).not.toContain(added);
  });

  it("shows another reader's new comments with the keyboard, focus moving to the first of them", async () => {
    const page = await openPage(demo.browser, '/', demo.log);
    await waitForThread(page);
    const text = `Arrived while reading ${Date.now()}`;
    await post(await signUpAnonymous(), {
      siteId: 'demo',
      thread: { url: 'https://news.parley.test/2026/11/harbor-street-bike-lanes', title: 'Harbor Street' },
      body: text,
      guest: { name: 'Second Reader', email: 'second@example.com' },
    });
    const button = widget(page).getByRole('button', { name: 'Show 1 new comment' });
    await button.waitFor({ timeout: 20_000 });
    await widget(page).getByRole('combobox').focus();
    await tabUntil(page, 'Show 1 new comment', 20);
    expect(await focused(page)).toEqual({ name: 'Show 1 new comment', ring: 'solid' });
    await page.keyboard.press('Enter');
    const arrived = widget(page).getByRole('article').filter({ hasText: text });
    await arrived.waitFor();
    await expect.poll(() => focusedId(page)).toBe(await arrived.getAttribute('id'));
  });

  it('asks for a sign-in link with the keyboard: focus in the address each time the form opens, back on its button after Escape, on the message once sent', async () => {
    const page = await openPage(demo.browser, '/', demo.log);
    await waitForThread(page);
    await widget(page).getByLabel('Your comment').focus();
    await page.keyboard.type('Waiting for my link.');
    // The sign-in paths come with the composer's code.
    await widget(page).getByRole('button', { name: 'Email me a sign-in link' }).waitFor({ timeout: 15_000 });
    await tabUntil(page, 'Email me a sign-in link', 20);
    for (let round = 0; round < 2; round++) {
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toEqual({ name: 'Your email address', ring: 'solid' });
      await page.keyboard.press('Escape');
      await expect.poll(() => focused(page)).toEqual({ name: 'Email me a sign-in link', ring: 'solid' });
    }
    await page.keyboard.press('Enter');
    // Typed at once: nothing may land outside the field.
    await page.keyboard.type('keys@example.com');
    await page.keyboard.press('Enter');
    await widget(page).getByText(/Check your inbox: we sent a sign-in link to keys@example.com/).waitFor({ timeout: 15_000 });
    await expect.poll(() => widget(page).evaluate((host) => host.shadowRoot!.activeElement?.classList.contains('link-sent'))).toBe(true);
    expect(await widget(page).getByLabel('Your comment').inputValue()).toBe('Waiting for my link.');
  });
});
