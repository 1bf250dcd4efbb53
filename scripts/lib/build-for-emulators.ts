import { buildFunctions } from './build-functions.ts';
import { buildWeb } from './build-web.ts';
import { emulatorSettings } from './widget-config.ts';

/** Builds the functions and everything Hosting serves, configured for the local emulators. */
export async function buildForEmulators(): Promise<void> {
  await Promise.all([buildFunctions(), buildWeb(emulatorSettings())]);
}
