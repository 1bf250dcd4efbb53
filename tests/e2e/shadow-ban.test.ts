import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_MODERATOR, DEMO_SITE_ID } from '../../demo/seed/demo-data.ts';
import { admin } from '../support/admin.ts';
import { call, signInWithPassword } from '../support/emulator.ts';
import { commentIdOf, openPage, postComment, useDemoSession, waitForThread, widget } from '../support/pages.ts';

/**
 * A shadow ban files the author's comments as spam: nobody else sees them, and the author, on
 * the page they have open and on later visits, still sees them as published.
 */

const demo = useDemoSession();

const article = (page: Page, text: string) => widget(page).getByRole('article').filter({ hasText: text });

describe('a shadow-banned author', () => {
  it('keeps seeing their published comment, live and after a reload, while it is gone for everyone else', async () => {
    const text = `Buy cheap watches ${Date.now()}`;
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const author = await openPage(demo.browser, '/', demo.log, { context, name: 'author' });
    await waitForThread(author);
    const posted = await postComment(author, text, 'Watch Seller');
    const id = await commentIdOf(posted);
    const uid = (await admin().db.doc(`comments/${id}`).get()).data()!.author.uid as string;

    const moderator = await signInWithPassword(DEMO_MODERATOR.email, DEMO_MODERATOR.password);
    expect(await call('banUser', { siteId: DEMO_SITE_ID, uid, hours: null, shadow: true, reason: 'Ads' }, moderator)).toMatchObject({ ok: true });
    await expect.poll(async () => (await admin().db.doc(`comments/${id}`).get()).data()!.status, { timeout: 15_000 }).toBe('spam');

    // The feed's removal reaches the author's open page, which asks what became of the comment
    // and shows it to them again as published.
    const other = await openPage(demo.browser, '/', demo.log, { name: 'other reader' });
    await waitForThread(other);
    expect(await article(other, text).count()).toBe(0);
    // The removal has arrived once the page remembers the comment for a look-up.
    await expect.poll(() => author.evaluate(() => localStorage.getItem('parley:unpublished') ?? ''), { timeout: 15_000 }).toContain(id);
    await article(author, text).waitFor({ timeout: 15_000 });
    expect(await article(author, text).getByText('Awaiting moderation').count()).toBe(0);

    // A later visit, once the browser's copy of the snapshot (5 s) has expired (its cache emptied
    // here, rather than waited out): the thread no longer has the comment, so the widget looks up
    // the author's own and shows it to them.
    const cdp = await context.newCDPSession(author);
    await cdp.send('Network.clearBrowserCache');
    await author.close();
    const again = await openPage(demo.browser, '/', demo.log, { context, name: 'author later' });
    await waitForThread(again);
    await article(again, text).waitFor({ timeout: 15_000 });
    expect(await article(again, text).getByText('Awaiting moderation').count()).toBe(0);
    await context.close();
  });
});
