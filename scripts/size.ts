import { join } from 'node:path';
import { buildWeb, reportDir } from './lib/build-web.ts';
import { readFileSync } from 'node:fs';
import { BUDGETS, brotliSize, measureBuild, SIZE_LANGUAGES } from './lib/bundle-sizes.ts';
import { measurePaintDownloads } from './lib/paint-downloads.ts';
import { ROOT } from './lib/paths.ts';
import { runMain, SetupError } from './lib/setup-error.ts';
import { placeholderSettings, productionSettings } from './lib/widget-config.ts';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;

/**
 * `npm run size`: builds the reader widget for production (into .cache/size-dist) and checks the
 * budgets, brotli-compressed: the loader at most 2.5 KB; everything downloaded before the first
 * comment is painted (loader, first-paint chunk with its CSS, the language's messages) at most
 * 20 KB in every language; the widget's own code loaded after that (the Firebase SDK excluded)
 * at most 25 KB. The first-paint figure is taken twice: from the build's import graph, and from
 * what a news article with a comment count and a thread really requests in headless Chromium
 * before its first comment is painted (so a chunk the loader fetches early, such as the count
 * embed, is counted). Exits with an error when any is over, or when the SDK and the widget's
 * code are not cleanly apart.
 */
runMain(async () => {
  let settings = placeholderSettings();
  try {
    settings = productionSettings();
  } catch {
    // No project configured: the placeholder has the same shape.
  }
  const outDir = join(ROOT, '.cache', 'size-dist');
  await buildWeb(settings, { outDir, widgetOnly: true });
  const report = measureBuild(outDir, reportDir(outDir));
  const pages = await measurePaintDownloads(outDir, SIZE_LANGUAGES);
  const sizeOf = (file: string) => report.files.find((item) => item.file === file)?.brotli ?? brotliSize(readFileSync(join(outDir, file)));

  console.log('Reader widget, production build, brotli (1 KB = 1,000 bytes):\n');
  for (const item of report.files.filter((file) => file.kind !== 'sdk').sort((a, b) => a.kind.localeCompare(b.kind) || b.brotli - a.brotli)) {
    console.log(`  ${item.kind.padEnd(12)} ${item.file.padEnd(44)} ${kb(item.brotli).padStart(9)}`);
  }
  console.log(`  ${'sdk'.padEnd(12)} ${'Firebase SDK chunks (sdk-*)'.padEnd(44)} ${kb(report.sdk).padStart(9)}`);
  console.log(`  ${'counts'.padEnd(12)} ${'count embed (after the thread is painted)'.padEnd(44)} ${kb(report.counts).padStart(9)}\n`);
  console.log(`  An article with a comment count and a thread requested before its first comment was painted [en]:\n  ${pages[0]!.before.join(', ')}\n`);

  const failures: string[] = [...report.problems];
  const line = (label: string, bytes: number, budget: number) => {
    const ok = bytes <= budget;
    console.log(`  ${ok ? '✔' : '✖'} ${label.padEnd(52)} ${kb(bytes).padStart(9)}  (budget ${kb(budget)})`);
    if (!ok) failures.push(`${label}: ${kb(bytes)} > ${kb(budget)}`);
  };
  line('loader (embed.js)', report.loader, BUDGETS.loader);
  for (const language of report.languages) line(`before the first comment is painted [${language.language}]`, language.firstPaint, BUDGETS.firstPaint);
  for (const page of pages) line(`article with counts, requested before the paint [${page.language}]`, page.before.reduce((sum, file) => sum + sizeOf(file), 0), BUDGETS.firstPaint);
  for (const language of report.languages) line(`widget code loaded after it, SDK excluded [${language.language}]`, language.afterPaint, BUDGETS.afterPaint);
  for (const problem of report.problems) console.log(`  ✖ ${problem}`);
  if (failures.length > 0) throw new SetupError(`Size budget exceeded: ${failures.join('; ')}`);
  console.log('\nAll size budgets hold.');
});
