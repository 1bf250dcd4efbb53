import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChunkInfo } from '../../scripts/lib/build-web.ts';
import { measureBuild } from '../../scripts/lib/bundle-sizes.ts';

/** A fake build: every file holds distinct incompressible-ish text, so sizes differ. */
function fakeBuild(chunks: Array<Omit<ChunkInfo, 'sizes' | 'isEntry' | 'isDynamicEntry'> & { bytes: number }>) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-size-'));
  mkdirSync(join(dir, 'out', 'assets'), { recursive: true });
  mkdirSync(join(dir, 'reports'));
  let seed = 1;
  const text = (bytes: number) => Array.from({ length: bytes }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
  writeFileSync(join(dir, 'out', 'embed.js'), text(1500));
  for (const chunk of chunks) writeFileSync(join(dir, 'out', chunk.file), text(chunk.bytes));
  const manifest = {
    'src/app/mount.tsx': { file: 'assets/app.js' },
    ...Object.fromEntries(['en', 'ru', 'es', 'de', 'ar'].map((language) => [`src/i18n/${language}.ts`, { file: `assets/${language}.js` }])),
  };
  writeFileSync(join(dir, 'reports', 'app-manifest.json'), JSON.stringify(manifest));
  const report: ChunkInfo[] = chunks.map(({ bytes: _bytes, ...chunk }) => ({ ...chunk, isEntry: false, isDynamicEntry: false, sizes: {} }));
  writeFileSync(join(dir, 'reports', 'chunks.json'), JSON.stringify(report));
  return { out: join(dir, 'out'), reports: join(dir, 'reports') };
}

const language = (code: string, write = false) => ({ file: `assets/${code}${write ? '-write' : ''}.js`, imports: [], dynamicImports: [], modules: [`widget/src/i18n/${code}${write ? '-write' : ''}.ts`], bytes: 400 });

describe('measuring the build', () => {
  const build = () =>
    fakeBuild([
      { file: 'assets/app.js', imports: ['assets/first-paint.js'], dynamicImports: ['assets/write.js', 'assets/live.js'], modules: [], bytes: 50 },
      { file: 'assets/first-paint.js', imports: [], dynamicImports: ['assets/write.js', 'assets/live.js'], modules: ['widget/src/app/mount.tsx', 'node_modules/preact/dist/preact.module.js'], bytes: 9000 },
      { file: 'assets/write.js', imports: ['assets/first-paint.js'], dynamicImports: ['assets/en-write.js', 'assets/ru-write.js'], modules: ['widget/src/app/write-features.ts'], bytes: 3000 },
      { file: 'assets/live.js', imports: ['assets/sdk-firestore.js'], dynamicImports: [], modules: ['widget/src/client/reader/firebase-live.ts'], bytes: 700 },
      { file: 'assets/sdk-firestore.js', imports: [], dynamicImports: [], modules: ['node_modules/@firebase/firestore/dist/index.esm.js'], bytes: 20000 },
      ...['en', 'ru', 'es', 'de', 'ar'].flatMap((code) => [language(code), language(code, true)]),
    ]);

  it('counts the loader, the entry with its static imports and the language as the first paint', () => {
    const { out, reports } = build();
    const report = measureBuild(out, reports);
    const kinds = Object.fromEntries(report.files.map((file) => [file.file, file.kind]));
    expect(kinds['assets/first-paint.js']).toBe('first paint');
    expect(kinds['assets/app.js']).toBe('first paint');
    expect(kinds['assets/ru.js']).toBe('language');
    expect(kinds['assets/sdk-firestore.js']).toBe('sdk');
    const size = (file: string) => report.files.find((item) => item.file === file)!.brotli;
    const ru = report.languages.find((item) => item.language === 'ru')!;
    expect(ru.firstPaint).toBe(report.loader + size('assets/app.js') + size('assets/first-paint.js') + size('assets/ru.js'));
    expect(ru.afterPaint).toBe(size('assets/write.js') + size('assets/live.js') + size('assets/ru-write.js'));
    expect(report.problems).toEqual([]);
  });

  it('reports widget code inside an SDK chunk and SDK code outside one', () => {
    const { out, reports } = fakeBuild([
      { file: 'assets/app.js', imports: [], dynamicImports: ['assets/sdk-auth.js', 'assets/glue.js'], modules: ['widget/src/app/mount.tsx'], bytes: 100 },
      { file: 'assets/sdk-auth.js', imports: [], dynamicImports: [], modules: ['node_modules/@firebase/auth/dist/index.js', 'widget/src/client/reader/firebase-auth.ts'], bytes: 100 },
      { file: 'assets/glue.js', imports: [], dynamicImports: [], modules: ['node_modules/@firebase/functions/dist/index.js'], bytes: 100 },
      ...['en', 'ru', 'es', 'de', 'ar'].map((code) => language(code)),
    ]);
    const problems = measureBuild(out, reports).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('widget/src/client/reader/firebase-auth.ts');
    expect(problems[1]).toContain('assets/glue.js');
  });

  it('recognises SDK code under a node_modules linked from elsewhere (a git worktree), by absolute path', () => {
    const { out, reports } = fakeBuild([
      { file: 'assets/app.js', imports: [], dynamicImports: ['assets/sdk-core.js'], modules: ['widget/src/app/mount.tsx'], bytes: 100 },
      { file: 'assets/sdk-core.js', imports: [], dynamicImports: [], modules: ['/work/main/node_modules/@firebase/app/dist/esm/index.esm.js', '/work/main/node_modules/idb/build/index.js'], bytes: 100 },
      ...['en', 'ru', 'es', 'de', 'ar'].map((code) => language(code)),
    ]);
    expect(measureBuild(out, reports).problems).toEqual([]);
  });
});
