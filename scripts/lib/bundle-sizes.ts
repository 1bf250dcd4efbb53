import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Manifest } from 'vite';
import type { ChunkInfo } from './build-web.ts';

/** The widget's languages (each has a first-paint chunk and a writing chunk). */
export const SIZE_LANGUAGES = ['en', 'ru', 'es', 'de', 'ar'] as const;

/** Budgets in bytes, brotli-compressed (1 KB = 1,000 bytes). */
export const BUDGETS = { loader: 2_500, firstPaint: 20_000, afterPaint: 25_000 };

/** What one reader of one language downloads, in brotli bytes. */
export interface LanguageSizes {
  language: string;
  /** embed.js, the app's entry with its static imports, and the language's messages. */
  firstPaint: number;
  /** The widget's own chunks loaded after the first paint (writing, live, Firebase glue), the Firebase SDK excluded. */
  afterPaint: number;
}

/** The measured build. */
export interface SizeReport {
  loader: number;
  files: Array<{ file: string; brotli: number; kind: 'loader' | 'first paint' | 'after paint' | 'language' | 'sdk' | 'counts' }>;
  languages: LanguageSizes[];
  sdk: number;
  counts: number;
  /** Problems with how the build is split (widget code in an SDK chunk, SDK code outside one). */
  problems: string[];
}

/** Brotli size at the highest quality, as a CDN serves static files. */
export function brotliSize(bytes: Buffer): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

// Module ids are relative to the repository, or absolute where node_modules is a link (a worktree).
const SDK_MODULE = /(^|\/)node_modules\/(@firebase|firebase|idb|tslib|re2js)\//;
const LANGUAGE_MODULE = /^widget\/src\/i18n\/(en|ru|es|de|ar)(-write)?\.ts$/;

/**
 * Measures a build of the reader app: `outDir` holds the files, `reports` the Vite manifest and
 * the chunk report that scripts/lib/build-web.ts writes. Follows the real import graph: the first
 * paint is the entry chunk and everything it imports statically; what loads after is every chunk
 * reachable through dynamic imports, per language, the Firebase SDK chunks (`sdk-*`) excluded.
 */
export function measureBuild(outDir: string, reports: string): SizeReport {
  const manifest = JSON.parse(readFileSync(join(reports, 'app-manifest.json'), 'utf8')) as Manifest;
  const chunks = JSON.parse(readFileSync(join(reports, 'chunks.json'), 'utf8')) as ChunkInfo[];
  const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));
  const size = new Map<string, number>();
  const sizeOf = (file: string) => {
    if (!size.has(file)) size.set(file, brotliSize(readFileSync(join(outDir, file))));
    return size.get(file)!;
  };
  const problems: string[] = [];
  const isSdk = (file: string) => /^assets\/sdk-/.test(file);
  for (const chunk of chunks) {
    const sdkModules = chunk.modules.filter((id) => SDK_MODULE.test(id));
    if (isSdk(chunk.file) && sdkModules.length !== chunk.modules.length) problems.push(`${chunk.file} holds widget code: ${chunk.modules.filter((id) => !SDK_MODULE.test(id)).join(', ')}`);
    if (!isSdk(chunk.file) && sdkModules.length > 0) problems.push(`${chunk.file} holds Firebase SDK code outside the sdk-* chunks: ${sdkModules.join(', ')}`);
  }
  const languageOf = (file: string) => byFile.get(file)?.modules.map((id) => LANGUAGE_MODULE.exec(id)?.[1]).find(Boolean) ?? null;

  const closure = (start: string[], follow: (chunk: ChunkInfo) => string[]) => {
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const chunk = byFile.get(file);
      if (chunk) queue.push(...follow(chunk));
    }
    return seen;
  };
  const entry = manifest['src/app/mount.tsx']!.file;
  const firstPaint = closure([entry], (chunk) => chunk.imports);
  const later = closure([entry], (chunk) => [...chunk.imports, ...chunk.dynamicImports]);
  for (const file of firstPaint) later.delete(file);
  const loader = sizeOf('embed.js');
  const counts = chunks.length > 0 ? sizeOfCounts(outDir, sizeOf) : 0;

  const languages = SIZE_LANGUAGES.map((language): LanguageSizes => {
    const own = manifest[`src/i18n/${language}.ts`]!.file;
    const paint = loader + [...firstPaint].reduce((sum, file) => sum + sizeOf(file), 0) + sizeOf(own);
    const after = [...later].filter((file) => !isSdk(file) && file !== own && (languageOf(file) === null || languageOf(file) === language) && !manifestLanguageEntry(manifest, file));
    return { language, firstPaint: paint, afterPaint: after.reduce((sum, file) => sum + sizeOf(file), 0) };
  });

  const files: SizeReport['files'] = [{ file: 'embed.js', brotli: loader, kind: 'loader' }];
  for (const chunk of chunks) {
    const kind = isSdk(chunk.file) ? 'sdk' : firstPaint.has(chunk.file) ? 'first paint' : manifestLanguageEntry(manifest, chunk.file) ? 'language' : 'after paint';
    files.push({ file: chunk.file, brotli: sizeOf(chunk.file), kind });
  }
  return {
    loader,
    files,
    languages,
    sdk: files.filter((item) => item.kind === 'sdk').reduce((sum, item) => sum + item.brotli, 0),
    counts,
    problems,
  };
}

/** The first-paint messages of a language are entries of their own, fetched by the loader beside the app. */
function manifestLanguageEntry(manifest: Manifest, file: string): boolean {
  return SIZE_LANGUAGES.some((language) => manifest[`src/i18n/${language}.ts`]?.file === file);
}

function sizeOfCounts(outDir: string, sizeOf: (file: string) => number): number {
  const embed = readFileSync(join(outDir, 'embed.js'), 'utf8');
  const file = /assets\/counts-[\w-]+\.js/.exec(embed)?.[0];
  return file ? sizeOf(file) : 0;
}
