import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, postComment, useDemoSession, waitForThread } from '../support/pages.ts';

const demo = useDemoSession();

/** Records the paths a browser context requests; answers whether a Firebase SDK chunk was among them, and when the live listener's chunk came. */
function watchRequests(context: BrowserContext) {
  const paths: string[] = [];
  context.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return {
    sdk: (name: string) => paths.some((path) => path.startsWith(`/assets/sdk-${name}-`)),
    /** The live listener has connected to Firestore. */
    listening: () => paths.some((path) => path.startsWith('/google.firestore.v1.Firestore/Listen')),
    reset: () => paths.splice(0),
  };
}

/**
 * Opens the article and waits until the live listener has connected. The own-comments lookup, when
 * there is one, starts in the same task as the listener and asks for Auth's chunks alongside the
 * Firestore module; the listener connects only after that module and the Firestore SDK have loaded.
 */
async function readArticle(context: BrowserContext, requests: ReturnType<typeof watchRequests>, name: string) {
  const page = await openPage(demo.browser, '/', demo.log, { context, name });
  await waitForThread(page);
  await expect.poll(() => requests.listening(), { timeout: 20_000 }).toBe(true);
  return page;
}

describe('Firebase Auth and Functions load only for readers who write', () => {
  it('loads neither for a first-time reader on a plain article page', async () => {
    const context = await demo.browser.newContext();
    const requests = watchRequests(context);
    await readArticle(context, requests, 'first visit');
    expect({ auth: requests.sdk('auth'), functions: requests.sdk('functions') }).toEqual({ auth: false, functions: false });
  });

  it('loads neither for a returning author who is only reading, once their comment has been seen published', async () => {
    const context = await demo.browser.newContext();
    const requests = watchRequests(context);
    const writing = await readArticle(context, requests, 'writing');
    await postComment(writing, `Back later to read ${Date.now()}`);
    expect(requests.sdk('auth')).toBe(true);
    await writing.close();

    // A later visit: the same browser storage, but not the seconds-old snapshot in the HTTP cache
    // (that one predates the comment, which rightly sends its author to look it up).
    const later = await demo.browser.newContext({ storageState: await context.storageState() });
    const laterRequests = watchRequests(later);
    const reading = await readArticle(later, laterRequests, 'returning');
    expect(await reading.evaluate(() => localStorage.getItem('parley:uid'))).toBeTruthy();
    expect({ auth: laterRequests.sdk('auth'), functions: laterRequests.sdk('functions') }).toEqual({ auth: false, functions: false });
    expect(await reading.evaluate(() => localStorage.getItem('parley:unpublished'))).toBeNull();
  });

  it('loads Auth after the first paint for an author with a comment on this thread not yet seen published', async () => {
    const context = await demo.browser.newContext();
    const requests = watchRequests(context);
    const writing = await readArticle(context, requests, 'writing');
    await postComment(writing, `Awaiting a decision ${Date.now()}`);
    const record = JSON.parse((await writing.evaluate(() => localStorage.getItem('parley:unpublished')))!) as Record<string, string[]>;
    const [threadId] = Object.keys(record);
    // As if the comment had been held for review: this browser remembers one the thread does not show.
    await writing.evaluate((id) => localStorage.setItem('parley:unpublished', JSON.stringify({ [id]: ['held-elsewhere'] })), threadId!);
    await writing.close();

    requests.reset();
    await readArticle(context, requests, 'returning with a held comment');
    await expect.poll(() => requests.sdk('auth')).toBe(true);
  });
});
