import { buildForEmulators } from './lib/build-for-emulators.ts';
import { startEmulators } from './lib/emulators.ts';
import { runMain } from './lib/setup-error.ts';

/**
 * `npm run emulators`: builds and starts the emulators without seeding, for running test files
 * by hand while developing. Prints the environment the emulator tests need.
 */
runMain(async () => {
  await buildForEmulators();
  const emulators = await startEmulators({ log: (line) => console.log(line) });
  const env = Object.entries(emulators.env)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
  console.log(`\nEmulators ready. Run emulator tests with:\n  ${env} npx vitest run --project emulator [files]\nCtrl-C stops them.`);
  const stop = () => void emulators.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
