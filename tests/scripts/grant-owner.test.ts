import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { admin } from '../support/admin.ts';
import { call, clearAuth, clearFirestore, signInWithCustomToken, signUpAnonymous } from '../support/emulator.ts';
import { newComment } from '../support/fixtures.ts';

const run = promisify(execFile);

/** Runs `npm run grant-owner` as a person would; answers its output and exit code. */
async function grantOwner(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(`${ROOT}/node_modules/.bin/tsx`, ['scripts/grant-owner.ts', ...args], { cwd: ROOT, env });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

const claimsOf = async (email: string) => (await admin().auth.getUserByEmail(email)).customClaims;

beforeEach(async () => {
  await Promise.all([clearFirestore(), clearAuth()]);
  await admin().db.doc('sites/news').set({ name: 'News' });
});

describe('npm run grant-owner', () => {
  it('makes an existing account owner of the site, keeping its other roles, and mirrors it in siteRoles', async () => {
    const { uid } = await admin().auth.createUser({ email: 'boss@news.test', password: 'password-1' });
    await admin().auth.setCustomUserClaims(uid, { roles: { sport: 'moderator' } });
    const { code, out } = await grantOwner(['Boss@news.test', 'news']);
    expect(out).toContain('✔ boss@news.test now owns “news” in the emulators');
    expect(code).toBe(0);
    expect(await claimsOf('boss@news.test')).toEqual({ roles: { sport: 'moderator', news: 'owner' } });
    expect((await admin().db.doc(`siteRoles/news_${uid}`).get()).data()).toMatchObject({ siteId: 'news', uid, email: 'boss@news.test', role: 'owner', grantedBy: null });
    const log = await admin().db.collection('moderationActions').where('siteId', '==', 'news').get();
    expect(log.docs.map((entry) => entry.data())).toMatchObject([{ by: null, action: 'grant-owner', targetUid: uid }]);
  });

  it('finds the emulators from firebase.json with --emulators, creates a missing account and picks the only site', async () => {
    const env = { ...process.env, FIRESTORE_EMULATOR_HOST: '', FIREBASE_AUTH_EMULATOR_HOST: '' };
    const { code, out } = await grantOwner(['first@news.test', '--emulators'], env);
    expect(out).toContain('Created the account');
    expect(code).toBe(0);
    expect(await claimsOf('first@news.test')).toEqual({ roles: { news: 'owner' } });
  });

  it('with neither --emulators nor --project, finds the running emulators by their ports: the command exactly as the README gives it', async () => {
    const env = { ...process.env, FIRESTORE_EMULATOR_HOST: '', FIREBASE_AUTH_EMULATOR_HOST: '' };
    const { code, out } = await grantOwner(['second@news.test', 'news'], env);
    expect(out).toContain('The emulators are running: granting the role there');
    expect(code).toBe(0);
    expect(await claimsOf('second@news.test')).toEqual({ roles: { news: 'owner' } });
  });

  it("names a new owner with --name and reserves the name on the site: a guest cannot post under it", async () => {
    const { code, out } = await grantOwner(['olga@news.test', 'news', '--name', 'Olga Owner']);
    expect(out).toContain('✔ olga@news.test now owns “news”');
    expect(code).toBe(0);
    const { uid, displayName } = await admin().auth.getUserByEmail('olga@news.test');
    expect(displayName).toBe('Olga Owner');
    const guest = await signUpAnonymous();
    expect(await call('createComment', newComment({ guest: { name: 'OLGA  owner', email: 'x@example.com' } }), guest)).toMatchObject({ ok: false, code: 'name-reserved' });
    const olga = await signInWithCustomToken(await admin().auth.createCustomToken(uid));
    expect(await call('updateProfile', { name: 'Olga the Owner' }, olga)).toMatchObject({ ok: true });
    expect(await call('createComment', newComment({ guest: { name: 'Olga the owner', email: 'x@example.com' } }), guest)).toMatchObject({ ok: false, code: 'name-reserved' });
    expect(await call('createComment', newComment({ guest: { name: 'Olga Owner', email: 'x@example.com' } }), guest)).toMatchObject({ ok: true });
  });

  it('reserves the name an owner created without one chooses later', async () => {
    const { code, out } = await grantOwner(['nameless@news.test', 'news']);
    expect(code).toBe(0);
    expect(out).toContain('no display name yet');
    const { uid } = await admin().auth.getUserByEmail('nameless@news.test');
    const owner = await signInWithCustomToken(await admin().auth.createCustomToken(uid));
    expect(await call('updateProfile', { name: 'Nadia Boss' }, owner)).toMatchObject({ ok: true });
    const guest = await signUpAnonymous();
    expect(await call('createComment', newComment({ guest: { name: 'nadia boss', email: 'x@example.com' } }), guest)).toMatchObject({ ok: false, code: 'name-reserved' });
  });

  it('refuses a site that does not exist unless asked to create it', async () => {
    const refused = await grantOwner(['boss@news.test', 'sport']);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('The site “sport” does not exist');
    expect((await admin().db.doc('sites/sport').get()).exists).toBe(false);
    const created = await grantOwner(['boss@news.test', 'sport', '--create-site']);
    expect(created.code).toBe(0);
    expect((await admin().db.doc('sites/sport').get()).data()).toMatchObject({ name: 'sport', moderation: 'post' });
  });

  it('says where it can act when no emulators run where firebase.json puts them and no project is configured', async () => {
    // Shifted ports where nothing listens; a clean checkout has no parley.config.json.
    const env = { ...process.env, FIRESTORE_EMULATOR_HOST: '', FIREBASE_AUTH_EMULATOR_HOST: '', PARLEY_PORT_OFFSET: '15000' };
    const { code, out } = await grantOwner(['boss@news.test', 'news'], env);
    expect(code).toBe(1);
    expect(out).toContain('Say where to grant the role: the emulators are not running here. Start them (npm start) and run this again, or name the real project: --project PROJECT_ID.');
  });
});
