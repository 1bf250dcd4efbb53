import { buildFunctions } from './lib/build-functions.ts';
import { buildWeb } from './lib/build-web.ts';
import { runMain } from './lib/setup-error.ts';
import { emulatorSettings, productionSettings } from './lib/widget-config.ts';

/**
 * `npm run build` builds for a real deployment (needs parley.config.json);
 * `npm run build -- --emulators` builds for the local emulators (what `npm start` and the tests use).
 */
runMain(async () => {
  const forEmulators = process.argv.includes('--emulators');
  const started = Date.now();
  await Promise.all([buildFunctions(), buildWeb(forEmulators ? emulatorSettings() : productionSettings())]);
  console.log(`Built functions/lib and dist/ for ${forEmulators ? 'the emulators' : 'production'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
});
