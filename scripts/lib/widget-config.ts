import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SocialProvider } from '../../core/src/providers.ts';
import type { FirebaseSettings } from '../../widget/src/client/config.ts';
import { readPorts } from './emulator-config.ts';
import { PROJECT_ID, ROOT } from './paths.ts';
import { SetupError } from './setup-error.ts';

/** Firebase settings baked into the widget for the local emulators (`demo-` project, no real keys). */
export function emulatorSettings(): FirebaseSettings {
  const ports = readPorts();
  return {
    options: { apiKey: 'demo-api-key', authDomain: `${PROJECT_ID}.firebaseapp.com`, projectId: PROJECT_ID },
    region: 'us-central1',
    emulators: {
      auth: `http://${ports.auth.host}:${ports.auth.port}`,
      firestore: ports.firestore,
      functions: ports.functions,
    },
    // The Auth emulator signs in with any provider through its own test page.
    consoleProviders: ['google.com', 'github.com'] satisfies SocialProvider[],
  };
}

/**
 * Firebase settings for a real deployment, from `parley.config.json` (see README, "Deploy"), or
 * from the PARLEY_FIREBASE_CONFIG environment variable holding the same JSON.
 */
export function productionSettings(): FirebaseSettings {
  const file = join(ROOT, 'parley.config.json');
  const raw = process.env.PARLEY_FIREBASE_CONFIG ?? (existsSync(file) ? readFileSync(file, 'utf8') : null);
  if (!raw) {
    throw new SetupError(
      'No Firebase web config for a production build: create parley.config.json ' +
        '({ "options": { "apiKey", "authDomain", "projectId", "appId" }, "region": "us-central1" }) or set PARLEY_FIREBASE_CONFIG.',
    );
  }
  const parsed = JSON.parse(raw) as Partial<FirebaseSettings>;
  if (!parsed.options?.apiKey || !parsed.options.projectId) throw new SetupError('parley.config.json needs options.apiKey and options.projectId.');
  return { options: parsed.options, region: parsed.region ?? 'us-central1', emulators: null, consoleProviders: parsed.consoleProviders ?? [] };
}

/**
 * Firebase settings of the shape a real deployment bakes in, for builds that only measure
 * (size budgets, the render benchmark) when no project is configured.
 */
export function placeholderSettings(): FirebaseSettings {
  return {
    options: {
      apiKey: 'AIzaSyA-placeholder-placeholder-placeholder',
      authDomain: 'your-project.firebaseapp.com',
      projectId: 'your-project',
      appId: '1:000000000000:web:0000000000000000000000',
    },
    region: 'us-central1',
    emulators: null,
  };
}
