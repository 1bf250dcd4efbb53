import { describe, expect, it } from 'vitest';
import { DEMO_MODERATOR, DEMO_SITE_ID } from '../../demo/seed/demo-data.ts';
import { OTHER_SITE_COMMENT, OTHER_SITE_ID } from '../../demo/seed/moderation-data.ts';
import { PROJECT_ID } from '../../scripts/lib/paths.ts';
import { admin } from '../support/admin.ts';
import { useGapiDouble } from '../support/gapi-double.ts';
import { openQueue, signInToConsole, useConsoleBrowser } from '../support/console.ts';
import { call, emulator, signInLinkFor, signInWithPassword, type TestUser } from '../support/emulator.ts';
import { signedInWithRoles } from '../support/fixtures.ts';

let gazetteCommentId: string;
let demoPendingId: string;

/** Runs a structured query through the Firestore REST API as the user; answers the HTTP status. */
async function query(user: TestUser, siteId: string, collection: string): Promise<number> {
  const response = await fetch(`${emulator.firestore}/v1/projects/${PROJECT_ID}/databases/(default)/documents:runQuery`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.idToken}` },
    body: JSON.stringify({
      structuredQuery: {
        from: [{ collectionId: collection }],
        where: { fieldFilter: { field: { fieldPath: 'siteId' }, op: 'EQUAL', value: { stringValue: siteId } } },
        limit: 10,
      },
    }),
  });
  return response.status;
}

/** Reads one document through the REST API as the user; answers the HTTP status. */
async function read(user: TestUser, path: string): Promise<number> {
  const response = await fetch(`${emulator.firestore}/v1/projects/${PROJECT_ID}/databases/(default)/documents/${path}`, {
    headers: { authorization: `Bearer ${user.idToken}` },
  });
  return response.status;
}

const pages = useConsoleBrowser(async () => {
  const byText = async (body: string) => (await admin().db.collection('comments').where('body', '==', body).limit(1).get()).docs[0]!.id;
  gazetteCommentId = await byText(OTHER_SITE_COMMENT.body);
  demoPendingId = (await admin().db.collection('comments').where('siteId', '==', DEMO_SITE_ID).where('status', '==', 'pending').limit(1).get()).docs[0]!.id;
});

describe('who may moderate', () => {
  it('signs in a new account by email link and refuses it with a "no access" page', async () => {
    const page = await pages.open('console');
    await page.goto(`${emulator.hosting}/console`);
    await page.getByLabel('Email').fill('newcomer@parley.test');
    await page.getByRole('button', { name: 'Email me a link instead' }).click();
    await page.getByText('We sent a sign-in link to newcomer@parley.test.').waitFor();
    const link = await signInLinkFor('newcomer@parley.test');
    await page.goto(link);
    await page.getByRole('heading', { name: 'No access' }).waitFor();
    expect(await page.getByText('You are signed in as newcomer@parley.test').count()).toBe(1);
    expect(page.url()).not.toContain('oobCode');
    expect(await page.getByRole('article').count()).toBe(0);
  });

  it('signs in with GitHub by popup (Auth emulator provider page); once granted a role, "Check again" opens the queue', async () => {
    const page = await pages.open('console');
    await useGapiDouble(page.context());
    await page.goto(`${emulator.hosting}/console`);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Continue with GitHub' }).click()]);
    await popup.getByText('Add new account').click();
    await popup.locator('#email-input').fill('octo@parley.test');
    await popup.locator('#display-name-input').fill('Octo Moderator');
    await popup.locator('#sign-in').click();
    await popup.waitForEvent('close', { timeout: 20_000 });
    await page.getByRole('heading', { name: 'No access' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('You are signed in as octo@parley.test').count()).toBe(1);

    const { uid, providerData } = await admin().auth.getUserByEmail('octo@parley.test');
    expect(providerData.map((entry) => entry.providerId)).toEqual(['github.com']);
    await admin().auth.setCustomUserClaims(uid, { roles: { [DEMO_SITE_ID]: 'moderator' } });
    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByRole('navigation', { name: 'Queues' }).waitFor();
    await page.getByRole('article').first().waitFor();
  });

  it('refuses a signed-in user without a role in the rules and in every moderator function', async () => {
    const reader = await signedInWithRoles('reader@parley.test', {});
    expect(await query(reader, DEMO_SITE_ID, 'comments')).toBe(403);
    expect(await query(reader, DEMO_SITE_ID, 'moderationActions')).toBe(403);
    expect(await read(reader, `commentPrivate/${demoPendingId}`)).toBe(403);
    expect(await read(reader, `sites/${DEMO_SITE_ID}/private/settings`)).toBe(403);
    const refusals = await Promise.all([
      call('moderateComments', { siteId: DEMO_SITE_ID, ids: [demoPendingId], action: 'approve' }, reader),
      call('banUser', { siteId: DEMO_SITE_ID, uid: 'seed-derek', hours: null, shadow: false }, reader),
      call('trustUser', { siteId: DEMO_SITE_ID, uid: 'seed-derek', trusted: true }, reader),
      call('updateSite', { siteId: DEMO_SITE_ID, site: { moderation: 'post' } }, reader),
      call('setModerator', { siteId: DEMO_SITE_ID, email: 'reader@parley.test', role: 'moderator' }, reader),
    ]);
    expect(refusals.map((result) => (result.ok ? 'ok' : result.code))).toEqual(['not-moderator', 'not-moderator', 'not-moderator', 'not-owner', 'not-owner']);
    expect((await admin().db.doc(`comments/${demoPendingId}`).get()).data()!.status).toBe('pending');
  });

  it("keeps a moderator of one site away from another site's comments, in the console, the rules and the functions", async () => {
    const page = await pages.open('console');
    await signInToConsole(page);
    expect(await page.getByLabel('Site').count()).toBe(0);
    await openQueue(page, `#/${OTHER_SITE_ID}/queue/all`);
    await page.getByRole('article').first().waitFor();
    expect(await page.getByText(OTHER_SITE_COMMENT.body).count()).toBe(0);
    expect(await page.title()).toContain(`· ${DEMO_SITE_ID} ·`);

    const moderator = await signInWithPassword(DEMO_MODERATOR.email, DEMO_MODERATOR.password);
    expect(await query(moderator, DEMO_SITE_ID, 'comments')).toBe(200);
    expect(await query(moderator, OTHER_SITE_ID, 'comments')).toBe(403);
    expect(await read(moderator, `comments/${gazetteCommentId}`)).toBe(403);
    expect(await read(moderator, `commentPrivate/${gazetteCommentId}`)).toBe(403);
    const refusals = await Promise.all([
      call('moderateComments', { siteId: OTHER_SITE_ID, ids: [gazetteCommentId], action: 'approve' }, moderator),
      call('moderateComments', { siteId: DEMO_SITE_ID, ids: [gazetteCommentId], action: 'approve' }, moderator),
      call('setThreadState', { siteId: OTHER_SITE_ID, threadId: 'any', closed: true }, moderator),
    ]);
    expect(refusals.map((result) => (result.ok ? 'ok' : result.code))).toEqual(['not-moderator', 'comment-not-found', 'not-moderator']);
    expect((await admin().db.doc(`comments/${gazetteCommentId}`).get()).data()!.status).toBe('pending');
  });
});
