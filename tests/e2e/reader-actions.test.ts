import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { admin } from '../support/admin.ts';
import { commentIdOf, openPage, postComment, useDemoSession, waitForThread, widget } from '../support/pages.ts';

let opened: Array<[string, Page]> = [];
const demo = useDemoSession(async (log) => {
  // What each widget was telling its reader (errors and notices appear in the page, not its console).
  for (const [name, page] of opened) {
    const said = await widget(page).locator('[role=alert]:not([hidden]), [role=status]').allTextContents().catch(() => []);
    log.lines.push(`${name}'s widget says: ${said.filter(Boolean).join(' | ')}`);
  }
});

async function openArticle(name = 'reader'): Promise<Page> {
  const page = await openPage(demo.browser, '/', demo.log, { name });
  opened.push([name, page]);
  await waitForThread(page);
  return page;
}

const article = (page: Page, text: string) => widget(page).getByRole('article').filter({ hasText: text });

beforeEach(() => {
  opened = [];
});

describe('a reader on the news article', () => {
  it('replies inline under a comment, and the reply is stored under its parent', async () => {
    const page = await openArticle();
    const parent = article(page, 'Fix the Mill Lane bridge first.');
    await parent.getByRole('button', { name: 'Reply' }).click();
    const box = widget(page).getByLabel('Your reply to Jonas');
    await expect.poll(() => box.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement), { timeout: 15_000 }).toBe(true);
    await box.fill('The bridge is on the 2027 budget already.');
    const form = widget(page).locator('form.composer').filter({ has: page.getByLabel('Your reply to Jonas') });
    await form.getByLabel('Name').fill('Rosa Guest');
    await form.getByLabel('Email').fill('rosa.guest@example.com');
    await box.press('Control+Enter');
    const reply = article(page, 'The bridge is on the 2027 budget already.');
    const id = await commentIdOf(reply);
    expect(await reply.locator('xpath=ancestor::li[2]/article').getAttribute('id')).toBe(await parent.getAttribute('id'));
    const stored = (await admin().db.doc(`comments/${id}`).get()).data()!;
    expect(stored.parentId).toBe((await parent.getAttribute('id'))!.slice('comment-'.length));
  });

  it('edits their own comment within the window and deletes it, for every reader', async () => {
    const page = await openArticle();
    const mine = await postComment(page, 'Protected lanes are overdue, says I.');
    const id = await commentIdOf(mine);
    await mine.getByRole('button', { name: 'Edit' }).click();
    const box = widget(page).getByLabel('Edit your comment');
    await expect.poll(() => box.inputValue(), { timeout: 15_000 }).toBe('Protected lanes are overdue, says I.');
    await box.fill('Protected lanes are **long** overdue.');
    await widget(page).getByRole('button', { name: 'Save changes' }).click();
    const edited = widget(page).locator(`#comment-${id}`);
    await edited.locator('strong', { hasText: 'long' }).waitFor();
    await edited.getByText('edited', { exact: true }).waitFor();
    expect((await admin().db.doc(`comments/${id}`).get()).data()!.body).toBe('Protected lanes are **long** overdue.');

    const other = await openArticle('second reader');
    await widget(other).locator(`#comment-${id}`).getByText('long', { exact: true }).waitFor();
    expect(await widget(other).locator(`#comment-${id}`).getByRole('button', { name: 'Edit' }).count()).toBe(0);

    await edited.getByRole('button', { name: 'Delete' }).click();
    await widget(page).getByRole('button', { name: 'Delete comment' }).click();
    await widget(page).locator(`#comment-${id}`).waitFor({ state: 'detached' });
    await widget(other).locator(`#comment-${id}`).waitFor({ state: 'detached' });
    expect((await admin().db.doc(`comments/${id}`).get()).data()!.status).toBe('deleted');
  });

  it('reacts to a comment; the count is stored, seen by others and remembered after a reload', async () => {
    const page = await openArticle();
    const target = article(page, 'Fix the Mill Lane bridge first.');
    await target.getByRole('button', { name: 'React' }).click();
    await target.getByRole('group', { name: 'React' }).getByRole('button', { name: 'Love' }).click();
    const chip = target.getByRole('button', { name: 'Love: 1' });
    await expect.poll(() => chip.getAttribute('aria-pressed'), { timeout: 15_000 }).toBe('true');
    await expect.poll(async () => (await admin().db.doc(`comments/${(await target.getAttribute('id'))!.slice(8)}`).get()).data()!.reactions, { timeout: 15_000 }).toEqual({ love: 1 });
    // The snapshot may be reused for a few seconds (browser and CDN cache); a reload after that:
    await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');
    await page.reload();
    await waitForThread(page);
    expect(await article(page, 'Fix the Mill Lane bridge first.').getByRole('button', { name: 'Love: 1' }).getAttribute('aria-pressed')).toBe('true');
    const other = await openArticle('second reader');
    expect(await article(other, 'Fix the Mill Lane bridge first.').getByRole('button', { name: 'Love: 1' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('reports a comment as illegal only with an explanation, and the report reaches the moderators', async () => {
    const page = await openArticle();
    const target = article(page, 'Same here. The door zone');
    await target.getByRole('button', { name: 'Report' }).click();
    await widget(page).getByLabel('Illegal content').check();
    await widget(page).getByRole('button', { name: 'Send report' }).click();
    await widget(page).getByText('Please say what is illegal about this comment.').waitFor();
    await widget(page).getByLabel('Details').fill('It names a private person and their address.');
    await widget(page).getByRole('button', { name: 'Send report' }).click();
    await target.getByText('Thank you. A moderator will look at this comment.').waitFor();
    const id = (await target.getAttribute('id'))!.slice('comment-'.length);
    await expect
      .poll(async () => (await admin().db.collection('reports').where('commentId', '==', id).get()).docs.map((doc) => doc.data().reason), { timeout: 15_000 })
      .toEqual(['illegal']);
  });

  it('sees a comment held for review as awaiting moderation, also after a reload, while others do not see it', async () => {
    const threads = await admin().db.collection('threads').where('key', '==', 'https://news.parley.test/2026/11/harbor-street-bike-lanes').get();
    await threads.docs[0]!.ref.update({ premoderate: true });
    try {
      const page = await openArticle();
      const box = widget(page).getByLabel('Your comment');
      await box.click();
      // Typed into the full composer (the first-paint box's hand-over has tests of its own).
      const form = widget(page).locator('form.composer').filter({ has: page.getByLabel('Your comment') });
      await form.getByLabel('Name').waitFor();
      await box.fill('Please check this one first.');
      await form.getByLabel('Name').fill('Rosa Guest');
      await form.getByLabel('Email').fill('rosa.guest@example.com');
      await form.getByRole('button', { name: 'Post comment' }).click();
      await widget(page).getByText('Your comment was received and awaits moderation.').waitFor();
      await article(page, 'Please check this one first.').getByText('Awaiting moderation').waitFor();
      await page.reload();
      await waitForThread(page);
      await article(page, 'Please check this one first.').getByText('Awaiting moderation').waitFor();
      const other = await openArticle('second reader');
      expect(await article(other, 'Please check this one first.').count()).toBe(0);
    } finally {
      await threads.docs[0]!.ref.update({ premoderate: false });
    }
  });
});
