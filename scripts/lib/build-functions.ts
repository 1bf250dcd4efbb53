import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/**
 * Bundles functions/src (and the core/ code it imports) into functions/lib/index.js. Only the
 * Firebase SDKs stay external: they are functions/package.json's dependencies, installed by
 * Cloud Build on deploy.
 */
export async function buildFunctions(): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'functions/src/index.ts')],
    outfile: join(ROOT, 'functions/lib/index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    external: ['firebase-admin', 'firebase-admin/*', 'firebase-functions', 'firebase-functions/*'],
    logLevel: 'warning',
    legalComments: 'none',
  });
}
