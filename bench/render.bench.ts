import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { SortOrder } from '../core/src/types.ts';
import { buildWeb } from '../scripts/lib/build-web.ts';
import { ROOT } from '../scripts/lib/paths.ts';
import { runMain, SetupError } from '../scripts/lib/setup-error.ts';
import { placeholderSettings } from '../scripts/lib/widget-config.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { snapshotPage, syntheticThread } from './synthetic-thread.ts';

/**
 * Part of `npm run bench` (alone: `npx tsx bench/render.bench.ts`): renders threads of 100, 1,000
 * and 10,000 comments in headless Chromium from the production build, with the snapshot
 * endpoint's paging served from memory, and prints the time from navigation to the first comment
 * painted and the JS heap after it (medians of several runs). Fails when the 10,000-comment first paint takes more than 1.5 times the 100-comment one.
 */
const SIZES = [100, 1_000, 10_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const OUT = join(ROOT, '.cache', 'bench-dist');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };

function page(size: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench ${size}</title></head>
<body><main style="max-width:44rem;margin:auto"><h1>Thread of ${size}</h1>
<script async src="/embed.js" data-site="bench" data-url="https://bench.test/${size}"></script></main></body></html>`;
}

function serve(threads: Map<number, ReturnType<typeof syntheticThread>>): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://bench');
    if (url.pathname === '/api/thread') {
      const size = Number(new URL(url.searchParams.get('url') ?? '', 'https://bench.test').pathname.slice(1));
      const comments = threads.get(size) ?? [];
      const body = JSON.stringify(snapshotPage(comments, (url.searchParams.get('sort') as SortOrder) || 'oldest', url.searchParams.get('after')));
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return response.end(body);
    }
    const bench = /^\/bench-(\d+)$/.exec(url.pathname);
    if (bench) {
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end(page(Number(bench[1])));
    }
    const file = normalize(join(OUT, url.pathname));
    if (!file.startsWith(OUT) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Runs in the page before its scripts: resolves `firstComment` with the time of the first frame
 * after a comment article appeared in the widget. An article seen in one frame's callbacks is
 * painted at that frame's end, so the next frame's callback runs after the paint. (A string, so
 * no transpiler helper leaks into the page.)
 */
const FIRST_COMMENT_PROBE = `window.firstComment = new Promise((resolve) => {
  const check = () => {
    const article = document.querySelector('parley-comments')?.shadowRoot?.querySelector('article');
    if (article) requestAnimationFrame(() => resolve(performance.now()));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

runMain(async () => {
  console.log('Building the widget for production…');
  await buildWeb(placeholderSettings(), { outDir: OUT, widgetOnly: true });
  const threads = new Map(SIZES.map((size) => [size, syntheticThread(size)]));
  const server = await serve(threads);
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchBrowser();
  const rows: Array<{ size: number; paint: number; heap: number; articles: number; snapshot: number }> = [];
  try {
    for (const size of SIZES) {
      const paints: number[] = [];
      const heaps: number[] = [];
      let articles = 0;
      // One warm-up run per size, not counted: the first launch compiles the bundle.
      for (let run = 0; run <= RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await context.addInitScript({ content: FIRST_COMMENT_PROBE });
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Performance.enable');
        await tab.goto(`${origin}/bench-${size}`);
        const paint = await tab.evaluate(() => (window as unknown as { firstComment: Promise<number> }).firstComment);
        await cdp.send('HeapProfiler.collectGarbage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        articles = await tab.evaluate(() => document.querySelector('parley-comments')!.shadowRoot!.querySelectorAll('article').length);
        if (run > 0) {
          paints.push(paint);
          heaps.push(metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value);
        }
        await context.close();
      }
      const snapshot = Buffer.byteLength(JSON.stringify(snapshotPage(threads.get(size)!, 'oldest', null)));
      rows.push({ size, paint: median(paints), heap: median(heaps), articles, snapshot });
    }
  } finally {
    await browser.close();
    server.close();
  }

  console.log(`\nFirst comment painted, median of ${RUNS} runs (headless Chromium, production build):\n`);
  console.log('  comments   first page   articles drawn   first comment painted   JS heap');
  for (const row of rows) {
    console.log(
      `  ${row.size.toLocaleString('en').padStart(8)}   ${`${(row.snapshot / 1000).toFixed(0)} KB`.padStart(10)}   ${String(row.articles).padStart(14)}   ${`${row.paint.toFixed(0)} ms`.padStart(21)}   ${`${(row.heap / 1e6).toFixed(1)} MB`.padStart(7)}`,
    );
  }
  const ratio = rows[rows.length - 1]!.paint / rows[0]!.paint;
  console.log(`\n  10,000 vs 100: ${ratio.toFixed(2)}× (limit 1.5×)`);
  if (ratio > 1.5) throw new SetupError(`The 10,000-comment first paint took ${ratio.toFixed(2)} times the 100-comment one (limit 1.5).`);
});
