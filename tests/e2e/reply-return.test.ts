import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { admin } from '../support/admin.ts';
import { signInLinkFor } from '../support/emulator.ts';
import { commentIdOf, openPage, postComment, useDemoSession, waitForThread, widget } from '../support/pages.ts';

const demo = useDemoSession();


const replyForm = (page: Page) => widget(page).locator('.reply-box form');

describe('coming back from signing in elsewhere', () => {
  it('reopens the reply box the reader left from, with its text and the focus, once the email link signs them in (in a new tab)', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await openPage(demo.browser, '/', demo.log, { context });
    await waitForThread(page);
    const parent = await postComment(page, 'A comment to answer after signing in.', 'Paula Parent');
    const parentId = await commentIdOf(parent);
    await parent.getByRole('button', { name: 'Reply' }).click();
    await replyForm(page).getByLabel('Your reply to Paula Parent').fill('My answer, written before the email link.');
    await replyForm(page).getByRole('button', { name: 'Email me a sign-in link' }).click();
    await replyForm(page).getByLabel('Your email address').fill('rita@example.com');
    await replyForm(page).getByRole('button', { name: 'Send link' }).click();
    await replyForm(page).getByText(/Check your inbox/).waitFor();

    const tab = await context.newPage();
    await tab.goto(await signInLinkFor('rita@example.com'));
    const box = widget(tab).getByLabel('Your reply to Paula Parent');
    await box.waitFor({ timeout: 20_000 });
    await expect.poll(() => box.inputValue()).toBe('My answer, written before the email link.');
    await expect.poll(() => box.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await widget(tab).getByText('Signed in. Choose a display name to post.').waitFor();
    await tab.screenshot({ path: '.cache/screenshots/reply-return-360.png' });

    await widget(tab).getByLabel('Display name').fill('Rita Replies');
    await widget(tab).getByRole('button', { name: 'Save name' }).click();
    await widget(tab).getByText('Posting as Rita Replies').waitFor();
    await replyForm(tab).getByRole('button', { name: 'Post reply' }).click();
    const reply = widget(tab).getByRole('article').filter({ hasText: 'My answer, written before the email link.' });
    await reply.getByText('Rita Replies').waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await admin().db.collection('comments').where('parentId', '==', parentId).get()).docs.map((doc) => doc.data().author.name)).toEqual(['Rita Replies']);
    await context.close();
  });

  it('says a #comment-ID link points to a comment that no longer exists', async () => {
    const page = await openPage(demo.browser, '/#comment-noSuchComment123', demo.log, { width: 360, height: 740 });
    await widget(page).getByText('That comment no longer exists.').waitFor({ timeout: 20_000 });
    await expect.poll(() => widget(page).evaluate((host) => host.getBoundingClientRect().top < innerHeight)).toBe(true);
    await page.screenshot({ path: '.cache/screenshots/deep-link-missing-360.png' });
  });
});
