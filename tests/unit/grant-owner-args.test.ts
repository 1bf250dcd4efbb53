import { describe, expect, it } from 'vitest';
import { chooseTarget, configureTarget, parseGrantOwnerArgs, type TargetProbes } from '../../scripts/lib/grant-owner.ts';

describe('grant-owner arguments', () => {
  it.each([
    [['ann@news.test'], { email: 'ann@news.test', site: null, project: null, emulators: false, createSite: false, name: null }],
    [['Ann@News.test', 'news', '--emulators'], { email: 'ann@news.test', site: 'news', project: null, emulators: true, createSite: false, name: null }],
    [['ann@news.test', 'news', '--project', 'my-proj', '--create-site'], { email: 'ann@news.test', site: 'news', project: 'my-proj', emulators: false, createSite: true, name: null }],
    [['--project=my-proj', 'ann@news.test'], { email: 'ann@news.test', site: null, project: 'my-proj', emulators: false, createSite: false, name: null }],
    [['ann@news.test', '--name', '  Ann   Editor '], { email: 'ann@news.test', site: null, project: null, emulators: false, createSite: false, name: 'Ann Editor' }],
    [['ann@news.test', '--name=Ann'], { email: 'ann@news.test', site: null, project: null, emulators: false, createSite: false, name: 'Ann' }],
  ])('reads %j', (argv, options) => {
    expect(parseGrantOwnerArgs(argv)).toEqual(options);
  });

  it.each([
    [[], /Usage: npm run grant-owner -- EMAIL \[SITE\]/],
    [['not-an-email'], /is not an email address/],
    [['ann@news.test', 'News Site'], /is not a site id/],
    [['ann@news.test', 'news', 'extra'], /Usage/],
    [['ann@news.test', '--project'], /--project needs a project id/],
    [['ann@news.test', '--emulators', '--project', 'p'], /either --emulators or --project/],
    [['ann@news.test', '--force'], /Unknown option --force/],
    [['ann@news.test', '--name'], /--name needs a display name/],
    [['ann@news.test', '--name', 'ann@news.test'], /--name needs a display name/],
    [['ann@news.test', '--name', 'x'.repeat(51)], /--name needs a display name/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseGrantOwnerArgs(argv)).toThrow(message);
  });

  it('acts on a real project through Application Default Credentials when given --project', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(configureTarget(parseGrantOwnerArgs(['ann@news.test', '--project', 'my-proj']), env)).toBe('project my-proj (Application Default Credentials)');
    expect(env.GCLOUD_PROJECT).toBe('my-proj');
  });

  it('refuses to act on a real project while the emulator variables are set', () => {
    const env: NodeJS.ProcessEnv = { FIRESTORE_EMULATOR_HOST: 'x:1', FIREBASE_AUTH_EMULATOR_HOST: 'x:2' };
    expect(() => configureTarget(parseGrantOwnerArgs(['ann@news.test', '--project', 'p']), env)).toThrow(/unset it/);
  });

  describe('with neither --emulators nor --project', () => {
    const probes = (running: boolean, project: string | null): TargetProbes => ({ emulatorsRunning: async () => running, configuredProject: () => project });
    const bare = parseGrantOwnerArgs(['ann@news.test', 'news']);

    it('uses the emulators when they are running', async () => {
      const chosen = await chooseTarget(bare, {}, probes(true, 'my-proj'));
      expect(chosen.options).toMatchObject({ emulators: true, project: null });
      expect(chosen.note).toMatch(/^The emulators are running/);
    });

    it("never picks a real project by itself: it names parley.config.json's as the --project to pass", async () => {
      await expect(chooseTarget(bare, {}, probes(false, 'my-proj'))).rejects.toThrow(/the emulators are not running here\. .*--project my-proj \(the project in parley\.config\.json\)/);
    });

    it('says what to do when there is neither', async () => {
      await expect(chooseTarget(bare, {}, probes(false, null))).rejects.toThrow(/the emulators are not running here\. Start them \(npm start\).*--project PROJECT_ID\./);
    });

    it('leaves an explicit choice or the emulator variables alone', async () => {
      const explicit = parseGrantOwnerArgs(['ann@news.test', '--project', 'other']);
      expect(await chooseTarget(explicit, {}, probes(true, 'my-proj'))).toEqual({ options: explicit, note: null });
      expect(await chooseTarget(bare, { FIRESTORE_EMULATOR_HOST: 'x:1', FIREBASE_AUTH_EMULATOR_HOST: 'x:2' }, probes(false, 'my-proj'))).toEqual({ options: bare, note: null });
    });
  });
});
