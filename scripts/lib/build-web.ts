import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, createLogger, type InlineConfig, type Manifest, type Plugin } from 'vite';
import type { FirebaseSettings } from '../../widget/src/client/config.ts';
import { ROOT } from './paths.ts';

const DIST = join(ROOT, 'dist');

/** One chunk of the reader app as built: what scripts/size.ts measures and classifies. */
export interface ChunkInfo {
  file: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  /** Source modules in the chunk, relative to the repository. */
  modules: string[];
  /** Each module's rendered length in the chunk (before minification), for finding what is heavy. */
  sizes: Record<string, number>;
}

/** Where the Vite manifest and the chunk report of the reader app are written (never into what Hosting serves). */
export function reportDir(outDir: string): string {
  return join(ROOT, '.cache', 'build', outDir === DIST ? 'dist' : outDir.replace(/[^\w-]+/g, '_'));
}

function shared(settings: FirebaseSettings): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    define: { __PARLEY_FIREBASE__: JSON.stringify(settings) },
  };
}

const NM = String.raw`node_modules[\\/]`;
/**
 * The Firebase SDK in chunks of its own, named `sdk-*`: what every part shares (app, util,
 * component, logger, idb), Firestore (the live listener, with its dependencies), Auth and
 * Functions (writing). Higher priority groups take their modules first, so Firestore never pulls
 * in Auth. The widget's own code never lands in them, so the size check can tell the two apart.
 */
const SDK_CHUNKS = [
  { name: 'sdk-core', debugName: 'sdk-core', priority: 4, test: new RegExp(`${NM}(@firebase[\\/](app|util|component|logger)|firebase[\\/]app|idb|tslib)[\\/]`) },
  { name: 'sdk-auth', debugName: 'sdk-auth', priority: 3, test: new RegExp(`${NM}@?firebase[\\/]auth[\\/]`) },
  { name: 'sdk-functions', debugName: 'sdk-functions', priority: 3, test: new RegExp(`${NM}@?firebase[\\/]functions[\\/]`) },
  { name: 'sdk-firestore', debugName: 'sdk-firestore', priority: 2, test: new RegExp(`${NM}(@?firebase[\\/]firestore|@firebase[\\/]webchannel-wrapper)[\\/]`) },
];

/** The languages' first-paint messages: each an entry of its own, which the loader fetches beside the app. */
const LANGUAGES = ['en', 'ru', 'es', 'de', 'ar'];
const LOCALE_MODULE = /widget[\\/]src[\\/]i18n[\\/](en|ru|es|de|ar)\.ts$/;

/**
 * Everything the entry imports statically is the first paint: one chunk, so it compresses as one
 * and arrives in one request (the bundler would otherwise split off what later chunks share).
 */
const FIRST_PAINT = {
  name: 'first-paint',
  debugName: 'first-paint',
  priority: 1,
  tags: ['$initial' as const],
  test: (id: string) => !LOCALE_MODULE.test(id),
};

/**
 * Vite wraps each dynamic import in a helper that preloads the chunk's CSS and dependencies.
 * The reader app has no CSS files (its styles are inlined) and no preload lists, so the helper
 * would be half a kilobyte of dead weight in the first paint: it becomes a plain call.
 */
function noPreloadHelper(): Plugin {
  return {
    name: 'parley-no-preload-helper',
    enforce: 'pre',
    load(id) {
      return id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}

/** Records every chunk's modules, so the size check measures what it claims to. */
function chunkReport(into: string): Plugin {
  return {
    name: 'parley-chunk-report',
    generateBundle(_options, bundle) {
      const chunks: ChunkInfo[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        chunks.push({
          file: item.fileName,
          isEntry: item.isEntry,
          isDynamicEntry: item.isDynamicEntry,
          imports: item.imports,
          dynamicImports: item.dynamicImports,
          modules: Object.keys(item.modules).map((id) => id.replace(`${ROOT}/`, '')),
          sizes: Object.fromEntries(Object.entries(item.modules).map(([id, info]) => [id.replace(`${ROOT}/`, ''), info.renderedLength])),
        });
      }
      mkdirSync(into, { recursive: true });
      writeFileSync(join(into, 'chunks.json'), `${JSON.stringify(chunks, null, 2)}\n`);
    },
  };
}

/**
 * Builds what Hosting serves into dist/ (or `outDir`): the reader app (hashed chunks with
 * relative URLs so the app loads from any host page), then embed.js (a stable name, pointing at
 * the app's hashed chunks, the count chunk and the language chunks), then, unless `widgetOnly`,
 * the console and the demo pages.
 */
export async function buildWeb(settings: FirebaseSettings, options: { outDir?: string; widgetOnly?: boolean } = {}): Promise<void> {
  const outDir = options.outDir ?? DIST;
  const reports = reportDir(outDir);
  // The reader app and the console are separate builds so they never share a chunk: nothing of
  // the console reaches readers, and the app's chunks are shaped only by what readers load.
  await build({
    ...shared(settings),
    root: join(ROOT, 'widget'),
    base: './',
    plugins: [noPreloadHelper(), chunkReport(reports)],
    build: {
      outDir,
      emptyOutDir: true,
      manifest: 'app-manifest.json',
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
        input: {
          app: join(ROOT, 'widget/src/app/mount.tsx'),
          ...Object.fromEntries(LANGUAGES.map((language) => [language, join(ROOT, `widget/src/i18n/${language}.ts`)])),
        },
        preserveEntrySignatures: 'exports-only',
        output: {
          entryFileNames: 'assets/[name]-[hash].js',
          chunkFileNames: 'assets/[name]-[hash].js',
          codeSplitting: { groups: [...SDK_CHUNKS, FIRST_PAINT] },
        },
      },
    },
  });

  const manifest = JSON.parse(readFileSync(join(outDir, 'app-manifest.json'), 'utf8')) as Manifest;
  rmSync(join(outDir, 'app-manifest.json'));
  writeFileSync(join(reports, 'app-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const fileOf = (source: string) => {
    const entry = manifest[source];
    if (!entry) throw new Error(`${source} is missing from the Vite manifest.`);
    return `./${entry.file}`;
  };
  // The app's entry and every chunk it imports statically, so the loader fetches them all at once.
  const appFiles: string[] = [];
  const addWithImports = (key: string) => {
    const entry = manifest[key]!;
    if (appFiles.includes(`./${entry.file}`)) return;
    appFiles.push(`./${entry.file}`);
    for (const imported of entry.imports ?? []) addWithImports(imported);
  };
  addWithImports('src/app/mount.tsx');
  const locales = Object.fromEntries(LANGUAGES.map((language) => [language, fileOf(`src/i18n/${language}.ts`)]));

  // The count embed is its own small module, so an article list never loads the app.
  await build({
    ...shared(settings),
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      reportCompressedSize: false,
      lib: { entry: join(ROOT, 'widget/src/embed/counts.ts'), formats: ['es'], fileName: () => 'assets/counts.js' },
    },
  });
  // Hashed like the app's chunks, so it can be cached for good.
  const countsCode = readFileSync(join(outDir, 'assets/counts.js'));
  const countsFile = `assets/counts-${createHash('sha256').update(countsCode).digest('base64url').slice(0, 8)}.js`;
  renameSync(join(outDir, 'assets/counts.js'), join(outDir, countsFile));

  await build({
    ...shared(settings),
    define: {
      ...shared(settings).define,
      __PARLEY_APP__: JSON.stringify(appFiles),
      __PARLEY_COUNTS__: JSON.stringify(`./${countsFile}`),
      __PARLEY_LOCALES__: JSON.stringify(locales),
    },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022', // as the app: a browser that cannot run the app gains nothing from an older loader
      reportCompressedSize: false,
      lib: { entry: join(ROOT, 'widget/src/embed/loader.ts'), formats: ['iife'], name: 'ParleyEmbed', fileName: () => 'embed.js' },
    },
  });
  if (options.widgetOnly) return;

  await build({
    ...shared(settings),
    root: join(ROOT, 'widget'),
    base: '/',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1000,
      rolldownOptions: { input: { console: join(ROOT, 'widget/console.html') } },
    },
  });

  const pages = readdirSync(join(ROOT, 'demo')).filter((name) => name.endsWith('.html'));
  // The demo pages include embed.js as a classic script on purpose, exactly as a publisher's page
  // would: Vite's notice that it cannot bundle such a tag is expected here, so it is not printed.
  const logger = createLogger('warn');
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => {
    if (!/<script src="\/embed\.js"> in ".*" can't be bundled without type="module"/.test(message)) warn(message, options);
  };
  await build({
    ...shared(settings),
    customLogger: logger,
    root: join(ROOT, 'demo'),
    base: '/',
    publicDir: false,
    // The strict-CSP page allows styles by nonce only, its own stylesheet included (firebase.json).
    html: { cspNonce: 'parley-demo-nonce' },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      reportCompressedSize: false,
      rolldownOptions: { input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/, ''), join(ROOT, 'demo', page)])) },
    },
  });
}
