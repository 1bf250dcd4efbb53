import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The local Firebase project id; `demo-` keeps the emulators from reaching real services. */
export const PROJECT_ID = process.env.PARLEY_PROJECT_ID ?? 'demo-parley';

/** The site id the demo pages and seed data use. */
export const DEMO_SITE = 'demo';
