import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROJECT_ID } from '../../scripts/lib/paths.ts';
import { admin } from '../support/admin.ts';
import { emulator, signInLinkFor } from '../support/emulator.ts';
import { commentIdOf, openPage, postComment, seriousAxeViolations, useDemoSession, waitForThread, widget } from '../support/pages.ts';

const demo = useDemoSession();

const article = (page: Page, text: string) => widget(page).getByRole('article').filter({ hasText: text });
const composer = (page: Page) => widget(page).locator('form.composer').filter({ has: page.getByLabel('Your comment') });

async function openArticle(context?: BrowserContext): Promise<Page> {
  const page = await openPage(demo.browser, '/', demo.log, context ? { context } : {});
  await waitForThread(page);
  return page;
}


/** The stored author of a comment shown on the page, once the post is confirmed. */
async function storedAuthor(shown: ReturnType<typeof article>) {
  await shown.page().locator('parley-comments').getByText('Your comment was posted.').waitFor();
  return (await admin().db.doc(`comments/${await commentIdOf(shown)}`).get()).data()!.author as { uid: string; name: string; provider: string };
}

describe('identity in the browser', () => {
  it('a guest posts, reloads and is still the same guest: details filled in, the same account posts and may edit', async () => {
    const page = await openArticle();
    const first = await postComment(page, 'Guest, first visit.');
    const before = await storedAuthor(first);
    expect(before.provider).toBe('guest');
    await page.reload();
    await waitForThread(page);
    await widget(page).getByLabel('Your comment').click();
    await expect.poll(() => composer(page).getByLabel('Name').inputValue()).toBe('Rosa Guest');
    expect(await composer(page).getByLabel('Email').inputValue()).toBe('rosa.guest@example.com');
    await widget(page).getByLabel('Your comment').fill('Guest, after a reload.');
    await composer(page).getByRole('button', { name: 'Post comment' }).click();
    const second = article(page, 'Guest, after a reload.');
    expect((await storedAuthor(second)).uid).toBe(before.uid);
    await article(page, 'Guest, first visit.').getByRole('button', { name: 'Edit' }).click();
    await widget(page).getByLabel('Edit your comment').fill('Guest, first visit (edited).');
    await widget(page).getByRole('button', { name: 'Save changes' }).click();
    await article(page, 'Guest, first visit (edited).').getByText('Your changes were saved.').waitFor();
  });

  it('an email-link reader asks for a link, opens it in a new tab, names themself, posts the draft kept across the round trip and signs out', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openArticle(context);
    await widget(page).getByLabel('Your comment').click();
    await widget(page).getByLabel('Your comment').fill('Written before signing in by email.');
    await composer(page).getByRole('button', { name: 'Email me a sign-in link' }).click();
    await composer(page).getByLabel('Your email address').fill('erin@example.com');
    await composer(page).getByRole('button', { name: 'Send link' }).click();
    await widget(page).getByText(/Check your inbox: we sent a sign-in link to erin@example.com/).waitFor();
    const mail = await admin().db.collection('mail').where('to', '==', 'erin@example.com').get();
    expect(mail.size).toBe(1);

    const tab = await openPage(demo.browser, '/', demo.log, { context, name: 'link tab' }).then(async (opened) => {
      await opened.goto(await signInLinkFor('erin@example.com'));
      return opened;
    });
    await widget(tab).getByText('Signed in. Choose a display name to post.').waitFor({ timeout: 20_000 });
    expect(new URL(tab.url()).search).toBe('');
    await expect.poll(() => widget(tab).getByLabel('Your comment').inputValue()).toBe('Written before signing in by email.');
    await widget(tab).getByLabel('Display name').fill('Erin Email');
    await widget(tab).getByRole('button', { name: 'Save name' }).click();
    await widget(tab).getByText('Posting as Erin Email').waitFor();
    await composer(tab).getByRole('button', { name: 'Post comment' }).click();
    const posted = article(tab, 'Written before signing in by email.');
    expect(await storedAuthor(posted)).toMatchObject({ name: 'Erin Email', provider: 'email' });
    expect(await posted.getByText('Erin Email').count()).toBe(1);

    await widget(tab).getByRole('button', { name: 'Account' }).click();
    await widget(tab).getByRole('button', { name: 'Sign out' }).click();
    await widget(tab).getByText('You are signed out.').waitFor();
    expect(await composer(tab).getByLabel('Name').count()).toBe(1);
    await context.close();
  });

  it('completes an email link opened in the same tab after a reload, with the draft kept, and posts it', async () => {
    const page = await openArticle();
    await widget(page).getByLabel('Your comment').click();
    await widget(page).getByLabel('Your comment').fill('Drafted before a reload and an email link.');
    await composer(page).getByRole('button', { name: 'Email me a sign-in link' }).click();
    await composer(page).getByLabel('Your email address').fill('finn@example.com');
    await composer(page).getByLabel('Your email address').press('Enter');
    await widget(page).getByText(/Check your inbox/).waitFor();
    await page.reload();
    await page.goto(await signInLinkFor('finn@example.com'));
    await widget(page).getByText('Signed in. Choose a display name to post.').waitFor({ timeout: 20_000 });
    await expect.poll(() => widget(page).getByLabel('Your comment').inputValue()).toBe('Drafted before a reload and an email link.');
    await widget(page).getByLabel('Display name').fill('Finn Reload');
    await widget(page).getByRole('button', { name: 'Save name' }).click();
    await widget(page).getByText('Posting as Finn Reload').waitFor();
    await composer(page).getByRole('button', { name: 'Post comment' }).click();
    const posted = article(page, 'Drafted before a reload and an email link.');
    expect(await storedAuthor(posted)).toMatchObject({ name: 'Finn Reload', provider: 'email' });
  });

  it('tells the reader plainly when a social popup cannot open because Google’s sign-in helper is blocked, and keeps the draft', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    // As a content blocker would (and as this machine's closed network does anyway).
    await context.route('https://apis.google.com/**', (route) => route.abort('blockedbyclient'));
    const page = await openArticle(context);
    await widget(page).getByLabel('Your comment').fill('Kept through a failed sign-in.');
    await composer(page).getByRole('button', { name: 'Continue with Google' }).click();
    await widget(page).getByText('The sign-in window could not be opened: its helper from the provider did not load. Check your connection, or sign in another way.').first().waitFor({ timeout: 20_000 });
    expect(await widget(page).getByLabel('Your comment').inputValue()).toBe('Kept through a failed sign-in.');
    await context.close();
  });

  it('a publisher page that renders data-sso-token on the script tag signs the reader in', async () => {
    const response = await fetch(`${emulator.functions}/${PROJECT_ID}/us-central1/demoPublisher?site=demo&id=member-7&name=${encodeURIComponent('Tag Reader')}`);
    const { token } = (await response.json()) as { token: string };
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    // What a publisher's server does for a logged-in member: the token on the script tag, there
    // before embed.js runs. (Rewriting the served HTML instead would make Chromium treat the page
    // as public and refuse its requests to the loopback emulators.)
    await context.addInitScript((value) => {
      new MutationObserver((_, observer) => {
        const tag = document.querySelector('script[data-site]');
        if (!tag) return;
        tag.setAttribute('data-sso-token', value);
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, token);
    const page = await openArticle(context);
    await widget(page).getByText('You are signed in as Tag Reader.').waitFor({ timeout: 20_000 });
    await context.close();
  });

  it("an SSO reader goes to the publisher's login, comes back signed in and posts under the publisher's name", async () => {
    const page = await openArticle();
    await widget(page).getByLabel('Your comment').click();
    await composer(page).getByRole('button', { name: 'Sign in with The Daily Parley' }).click();
    await page.waitForURL(/\/publisher-login\?return=/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Display name').fill('Maya Lindqvist');
    await page.getByLabel('Member number').fill('member-1042');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await widget(page).getByText('You are signed in as Maya Lindqvist.').waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).hash).toBe('');
    await widget(page).getByLabel('Your comment').fill('A word from a member.');
    await composer(page).getByRole('button', { name: 'Post comment' }).click();
    const posted = article(page, 'A word from a member.');
    const author = await storedAuthor(posted);
    expect(author).toMatchObject({ name: 'Maya Lindqvist', provider: 'sso' });
    expect(author.uid).toMatch(/^sso-demo-/);

    // Download my data: a JSON file with the comment just posted.
    await widget(page).getByRole('button', { name: 'Account' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), widget(page).getByRole('button', { name: 'Download my data' }).click()]);
    expect(download.suggestedFilename()).toBe('parley-data-demo.json');
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { uid: string; comments: Array<{ body: string }> };
    expect(exported.uid).toBe(author.uid);
    expect(exported.comments.map((comment) => comment.body)).toEqual(['A word from a member.']);

    // Delete my account: the demo site anonymises, and every reader sees a former member.
    await widget(page).getByRole('button', { name: 'Account' }).click();
    await widget(page).getByRole('button', { name: 'Delete my account' }).click();
    await widget(page).getByRole('button', { name: 'Delete my account for good' }).click();
    await widget(page).getByText('Your account was deleted.').waitFor({ timeout: 20_000 });
    await expect.poll(() => posted.getByText('Former member').count(), { timeout: 20_000 }).toBe(1);
    expect(await posted.getByText('Maya Lindqvist').count()).toBe(0);
    expect(demo.log.errors).toEqual([]);
  });
});
