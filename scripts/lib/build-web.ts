import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type InlineConfig, type Manifest } from 'vite';
import type { FirebaseSettings } from '../../widget/src/client/config.ts';
import { ROOT } from './paths.ts';

const DIST = join(ROOT, 'dist');

function shared(settings: FirebaseSettings): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    define: { __PARLEY_FIREBASE__: JSON.stringify(settings) },
  };
}

/**
 * Builds what Hosting serves into dist/: the reader app and the console (hashed, relative URLs
 * so the app loads from any host page), then embed.js (a stable name, pointing at the app's
 * hashed file), then the demo pages.
 */
export async function buildWeb(settings: FirebaseSettings): Promise<void> {
  // The reader app and the console are separate builds so they never share a chunk: nothing of
  // the console reaches readers, and the app's chunks are shaped only by what readers load.
  await build({
    ...shared(settings),
    root: join(ROOT, 'widget'),
    base: './',
    build: {
      outDir: DIST,
      emptyOutDir: true,
      manifest: 'app-manifest.json',
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: { app: join(ROOT, 'widget/src/app/mount.tsx') },
        preserveEntrySignatures: 'exports-only',
        output: { entryFileNames: 'assets/[name]-[hash].js', chunkFileNames: 'assets/[name]-[hash].js' },
      },
    },
  });
  await build({
    ...shared(settings),
    root: join(ROOT, 'widget'),
    base: '/',
    build: { outDir: DIST, emptyOutDir: false, target: 'es2022', reportCompressedSize: false, rollupOptions: { input: { console: join(ROOT, 'widget/console.html') } } },
  });

  const manifest = JSON.parse(readFileSync(join(DIST, 'app-manifest.json'), 'utf8')) as Manifest;
  rmSync(join(DIST, 'app-manifest.json'));
  const appEntry = manifest['src/app/mount.tsx'];
  if (!appEntry) throw new Error('The app entry is missing from the Vite manifest.');

  await build({
    ...shared(settings),
    define: { ...shared(settings).define, __PARLEY_APP__: JSON.stringify(`./${appEntry.file}`) },
    build: {
      outDir: DIST,
      emptyOutDir: false,
      target: 'es2020',
      reportCompressedSize: false,
      lib: { entry: join(ROOT, 'widget/src/embed/loader.ts'), formats: ['iife'], name: 'ParleyEmbed', fileName: () => 'embed.js' },
    },
  });

  const pages = readdirSync(join(ROOT, 'demo')).filter((name) => name.endsWith('.html'));
  await build({
    ...shared(settings),
    root: join(ROOT, 'demo'),
    base: '/',
    publicDir: false,
    build: {
      outDir: DIST,
      emptyOutDir: false,
      target: 'es2022',
      reportCompressedSize: false,
      rollupOptions: { input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/, ''), join(ROOT, 'demo', page)])) },
    },
  });
}
