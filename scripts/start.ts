import { DEMO_MODERATOR } from '../demo/seed/demo-data.ts';
import { DEMO_SECOND_MODERATOR, OTHER_SITE_OWNER } from '../demo/seed/moderation-data.ts';
import { DEMO_PAGES } from './lib/demo-pages.ts';
import { buildForEmulators } from './lib/build-for-emulators.ts';
import { startEmulators } from './lib/emulators.ts';
import { seedDemo } from './lib/seed.ts';
import { runMain } from './lib/setup-error.ts';

/**
 * `npm start`: builds for the emulators, starts Auth, Firestore, Functions and Hosting, seeds the
 * demo site, and serves the production build through the Hosting emulator. Ctrl-C stops it all.
 */
runMain(async () => {
  const started = Date.now();
  console.log('Building…');
  await buildForEmulators();
  console.log('Starting the Firebase emulators (Auth, Firestore, Functions, Hosting)…');
  const emulators = await startEmulators({ log: (line) => console.log(`  ${line}`) });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the emulators…');
    await emulators.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  void emulators.exited.then((code) => {
    if (!stopping) {
      console.error(`\n✖ The emulators stopped unexpectedly (exit code ${code}); see .cache/emulators.log.`);
      process.exit(1);
    }
  });

  Object.assign(process.env, emulators.env);
  await seedDemo();

  const hosting = emulators.env.PARLEY_HOSTING_ORIGIN;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
Parley is running (ready in ${seconds} s).

  Demo pages:`);
  for (const [path, what] of DEMO_PAGES) console.log(`    ${`${hosting}${path}`.padEnd(40)} ${what}`);
  console.log(`
  Moderation console:  ${hosting}/console
    sign in as ${DEMO_MODERATOR.email} / ${DEMO_MODERATOR.password} (owner of the demo site),
    or ${DEMO_SECOND_MODERATOR.email} / ${DEMO_SECOND_MODERATOR.password} (moderator), or ${OTHER_SITE_OWNER.email} / ${OTHER_SITE_OWNER.password} (owner of another site)

  Emulator log: .cache/emulators.log. Press Ctrl-C to stop.
`);
});
