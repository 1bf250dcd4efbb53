import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { admin } from '../support/admin.ts';
import { useGapiDouble } from '../support/gapi-double.ts';
import { commentIdOf, openPage, postComment, useDemoSession, waitForThread, widget } from '../support/pages.ts';

/**
 * Social sign-in through the Auth emulator's provider page, by popup. Firebase Auth's popup flow
 * needs Google's gapi loader from apis.google.com, even against the emulator (for the hidden
 * helper frame, the emulator's own included); this machine cannot reach it, so these tests serve
 * a stand-in for it (tests/support/gapi-double.ts). Everything else is real.
 */

let current: Page | null = null;
const demo = useDemoSession(async (log) => {
  if (current) log.lines.push(`widget says: ${(await widget(current).locator('[role=alert]:not([hidden]), [role=status]').allTextContents().catch(() => [])).join(' | ')}`);
});

const composer = (page: Page) => widget(page).locator('form.composer').filter({ has: page.getByLabel('Your comment') });

/**
 * Clicks a provider's button and, on the emulator's provider page in the popup, signs in as a new
 * account (with an email) or picks the existing account of that name (without).
 */
async function signInByPopup(page: Page, provider: 'Google' | 'GitHub', name: string, email?: string): Promise<void> {
  const [popup] = await Promise.all([page.waitForEvent('popup'), composer(page).getByRole('button', { name: `Continue with ${provider}` }).click()]);
  demo.log.lines.push(`popup: ${popup.url()}`);
  if (email) {
    await popup.getByText('Add new account').click();
    await popup.locator('#email-input').fill(email);
    await popup.locator('#display-name-input').fill(name);
    await popup.locator('#sign-in').click();
  } else {
    await popup.locator('.js-reuse-account').filter({ hasText: name }).click();
  }
  await popup.waitForEvent('close', { timeout: 20_000 });
}

beforeEach(() => {
  current = null;
});

describe('social sign-in by popup (Auth emulator provider page)', () => {
  it('a guest who posted signs in with Google: the guest account is linked, the earlier comment stays theirs, and they post as the Google account', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await useGapiDouble(context);
    const page = await openPage(demo.browser, '/', demo.log, { context });
    current = page;
    await waitForThread(page);
    const earlier = await postComment(page, 'Posted as a guest before Google.');
    const guestUid = (await admin().db.doc(`comments/${await commentIdOf(earlier)}`).get()).data()!.author.uid as string;

    await signInByPopup(page, 'Google', 'Gus Google', 'gus@example.com');
    await widget(page).getByText('You are signed in. The comments you posted as a guest on this browser now belong to this account.').waitFor({ timeout: 20_000 });
    await widget(page).getByText('Posting as Gus Google').waitFor();
    expect(await earlier.getByRole('button', { name: 'Edit' }).count()).toBe(1);

    await widget(page).getByLabel('Your comment').fill('Now signed in with Google.');
    await composer(page).getByRole('button', { name: 'Post comment' }).click();
    const posted = widget(page).getByRole('article').filter({ hasText: 'Now signed in with Google.' });
    await widget(page).getByText('Your comment was posted.').waitFor();
    const author = (await admin().db.doc(`comments/${await commentIdOf(posted)}`).get()).data()!.author;
    expect(author).toMatchObject({ uid: guestUid, name: 'Gus Google', provider: 'google.com' });
    await context.close();
  });

  it('a guest who picks a Google account that is already a Parley account is signed in to it and told the guest comments keep the guest name', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await useGapiDouble(context);
    const page = await openPage(demo.browser, '/', demo.log, { context });
    current = page;
    await waitForThread(page);
    const earlier = await postComment(page, 'Another guest, before signing in.', 'Second Guest');
    await signInByPopup(page, 'Google', 'Gus Google');
    await widget(page).getByText(/You are signed in to your existing account. The comments you posted as a guest keep your guest name/).waitFor({ timeout: 20_000 });
    await widget(page).getByText('Posting as Gus Google').waitFor();
    expect(await earlier.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await earlier.getByText('Second Guest').count()).toBe(1);
    await context.close();
  });

  it('a new reader signs in with GitHub and posts under the GitHub name', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await useGapiDouble(context);
    const page = await openPage(demo.browser, '/', demo.log, { context });
    await waitForThread(page);
    await widget(page).getByLabel('Your comment').click();
    await signInByPopup(page, 'GitHub', 'Octo Reader', 'octo@example.com');
    await widget(page).getByText('You are signed in as Octo Reader.').waitFor({ timeout: 20_000 });
    await widget(page).getByLabel('Your comment').fill('Hello from GitHub.');
    await composer(page).getByRole('button', { name: 'Post comment' }).click();
    const posted = widget(page).getByRole('article').filter({ hasText: 'Hello from GitHub.' });
    await widget(page).getByText('Your comment was posted.').waitFor();
    expect((await admin().db.doc(`comments/${await commentIdOf(posted)}`).get()).data()!.author).toMatchObject({ name: 'Octo Reader', provider: 'github.com' });
    await context.close();
  });
});
