import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_SITE_ID, DEMO_THREADS } from '../../demo/seed/demo-data.ts';
import { admin } from '../support/admin.ts';
import { HARBOR_URL, signInToConsole, useConsoleBrowser } from '../support/console.ts';
import { seedThreadId } from '../../scripts/lib/seed-moderation.ts';
import { emulator } from '../support/emulator.ts';
import { GENEROUS_LIMITS, setSettings } from '../support/fixtures.ts';

const widget = (page: Page) => page.locator('parley-comments');
const HARBOR_TITLE = DEMO_THREADS[0]!.title;

async function postAsGuest(reader: Page, text: string): Promise<void> {
  await reader.getByLabel('Your comment').fill(text);
  await reader.getByLabel('Name').fill('Rosa Guest');
  await reader.getByLabel('Email').fill('rosa.guest@example.com');
  await reader.getByRole('button', { name: 'Post comment' }).click();
}

async function save(consolePage: Page): Promise<void> {
  await consolePage.getByRole('button', { name: 'Save changes' }).click();
  await consolePage.getByText('Saved. The next comment follows these settings.').waitFor();
}

const pages = useConsoleBrowser(async () => {
  await setSettings(DEMO_SITE_ID, GENEROUS_LIMITS);
});

describe('settings changed in the console', () => {
  it('take effect on the next comment: a banned word is refused, then full pre-moderation holds the next one, which appears in the open queue', async () => {
    const owner = await pages.open('console');
    await signInToConsole(owner);
    await owner.getByRole('link', { name: 'Settings' }).click();
    const banned = owner.getByLabel('Banned words');
    await banned.fill(`${await banned.inputValue()}\ndurian`);
    await save(owner);
    expect((await admin().db.doc(`sites/${DEMO_SITE_ID}/private/settings`).get()).data()!.bannedWords).toContain('durian');

    const reader = await pages.open('reader');
    await reader.goto(`${emulator.hosting}/`);
    await reader.locator('#comments').scrollIntoViewIfNeeded();
    await postAsGuest(reader, 'Durian smoothies for everyone at the ferry');
    await reader.getByText('Your comment contains words this site does not allow.').waitFor();
    expect(await widget(reader).getByRole('article').filter({ hasText: 'Durian smoothies' }).count()).toBe(0);

    await owner.getByLabel(/Full pre-moderation/).check();
    await save(owner);
    // The moderator watches the pending queue (no reload from here on) while the reader posts.
    await owner.getByRole('link', { name: 'Queue' }).click();
    await owner.getByRole('article').first().waitFor();
    const before = await owner.getByRole('article').count();
    await expect.poll(() => owner.title(), { timeout: 10_000 }).toBe(`(${before}) Pending · ${DEMO_SITE_ID} · Parley moderation`);
    const held = `Please fix the ferry timetable ${Date.now()}`;
    await postAsGuest(reader, held);
    await reader.getByText('Your comment was received and awaits moderation.').waitFor();

    await owner.getByRole('article').filter({ hasText: held }).getByText('Pre-moderation').waitFor();
    await expect.poll(() => owner.title(), { timeout: 10_000 }).toBe(`(${before + 1}) Pending · ${DEMO_SITE_ID} · Parley moderation`);
  });

  it('lists a thread with its published count and pre-moderates it from the threads page: its next comment is held while the site publishes at once', async () => {
    await admin().db.doc(`sites/${DEMO_SITE_ID}`).update({ moderation: 'post' });
    const moderator = await pages.open('console');
    await signInToConsole(moderator);
    await moderator.getByRole('link', { name: 'Threads' }).click();
    const shards = await admin().db.collection(`threads/${seedThreadId(DEMO_SITE_ID, HARBOR_URL)}/counters`).get();
    const published = shards.docs.reduce((sum, shard) => sum + (shard.data().approved as number), 0);
    expect(published).toBeGreaterThan(0);
    await expect.poll(() => moderator.getByRole('row').filter({ hasText: HARBOR_TITLE }).locator('td.num').first().textContent(), { timeout: 10_000 }).toBe(String(published));
    const premoderate = moderator.getByLabel(`Pre-moderate: ${HARBOR_TITLE}`);
    await premoderate.check();
    await expect.poll(async () => (await admin().db.doc(`threads/${seedThreadId(DEMO_SITE_ID, HARBOR_URL)}`).get()).data()!.premoderate, { timeout: 10_000 }).toBe(true);

    const reader = await pages.open('reader');
    await reader.goto(`${emulator.hosting}/`);
    await reader.locator('#comments').scrollIntoViewIfNeeded();
    await postAsGuest(reader, `Held because the thread is watched ${Date.now()}`);
    await reader.getByText('Your comment was received and awaits moderation.').waitFor();
  });

  it('is usable at 768 px: nothing scrolls sideways and the actions stay on screen, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await pages.open(`console ${colorScheme}`, { viewport: { width: 768, height: 1000 }, colorScheme });
      await signInToConsole(page);
      for (const view of ['queue/pending', 'queue/reported', 'threads', 'activity', 'log', 'settings', 'moderators']) {
        const hash = `#/${DEMO_SITE_ID}/${view}`;
        await page.goto(`${emulator.hosting}/console${hash}`);
        await page.locator('main h1, main .queue-list').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), hash).toBeLessThanOrEqual(768);
      }
      await page.goto(`${emulator.hosting}/console#/${DEMO_SITE_ID}/queue/pending`);
      const approve = page.getByRole('article').first().getByRole('button', { name: 'Approve' });
      const box = (await approve.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(768);
      // The author card sits beside or below the comment, inside the window; the ban dialog fits too.
      const card = (await page.getByRole('article').first().locator('aside.author').boundingBox())!;
      expect(card.x + card.width).toBeLessThanOrEqual(768);
      await page.getByRole('article').first().getByRole('button', { name: /^Ban author/ }).click();
      const dialog = (await page.getByRole('dialog').boundingBox())!;
      expect(dialog.x).toBeGreaterThanOrEqual(0);
      expect(dialog.x + dialog.width).toBeLessThanOrEqual(768);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
    }
  });
});
