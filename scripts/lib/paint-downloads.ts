import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { snapshotPage, syntheticThread } from '../../bench/synthetic-thread.ts';
import { launchBrowser } from '../../tests/support/browser.ts';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

/**
 * A news article as a site embeds Parley: a comment count by the byline (`data-parley-count`)
 * and the thread under the text, in view.
 */
function articlePage(language: string): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>Article</title></head>
<body><main style="max-width:44rem;margin:auto"><h1>An article</h1>
<p>By a reporter · <a href="#comments" data-parley-count="https://size.test/article">Comments</a></p>
<p>The article's text.</p>
<section id="comments"><script async src="/embed.js" data-site="size" data-url="https://size.test/article"></script></section>
</main></body></html>`;
}

function serve(outDir: string): Promise<Server> {
  const thread = snapshotPage(syntheticThread(60), 'oldest', null);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://size');
    const json = (body: unknown) => {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/api/thread') return json(thread);
    if (url.pathname === '/api/counts') return json({ counts: { 'https://size.test/article': thread.thread.count } });
    const page = /^\/article-(\w+)$/.exec(url.pathname);
    if (page) {
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end(articlePage(page[1]!));
    }
    const file = normalize(join(outDir, url.pathname));
    if (!file.startsWith(outDir) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Runs in the page before its scripts: `window.firstComment` resolves with the time of the first
 * animation frame in which a comment article is in the widget, that is before the frame that
 * shows it is painted. (A string, so no transpiler helper leaks into the page.)
 */
const FIRST_COMMENT_PROBE = `window.firstComment = new Promise((resolve) => {
  const check = () => {
    if (document.querySelector('parley-comments')?.shadowRoot?.querySelector('article')) resolve(performance.now());
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});`;

/** The files of the build one page view requested before its first comment was painted, and those it requested after. */
export interface PaintDownloads {
  language: string;
  before: string[];
  after: string[];
}

/**
 * Opens an article with a count link and a thread, in each language, in headless Chromium, from
 * the production build in `outDir` (the snapshot and count endpoints answered from memory), and
 * answers which of the build's files the page requested before the first comment was painted:
 * whatever the loader and the app fetch, in whatever order, without relying on the build's
 * import graph. Waits a second after the paint, so what follows it shows up in `after`.
 */
export async function measurePaintDownloads(outDir: string, languages: readonly string[]): Promise<PaintDownloads[]> {
  const server = await serve(outDir);
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchBrowser();
  try {
    const results: PaintDownloads[] = [];
    for (const language of languages) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript({ content: FIRST_COMMENT_PROBE });
      const page = await context.newPage();
      await page.goto(`${origin}/article-${language}`);
      const painted = await page.evaluate(() => (window as unknown as { firstComment: Promise<number> }).firstComment);
      await page.waitForTimeout(1000);
      const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, start: entry.startTime })));
      await context.close();
      const files = entries.map((entry) => ({ file: new URL(entry.url).pathname.slice(1), start: entry.start })).filter(({ file }) => file === 'embed.js' || file.startsWith('assets/'));
      results.push({ language, before: files.filter((entry) => entry.start < painted).map((entry) => entry.file), after: files.filter((entry) => entry.start >= painted).map((entry) => entry.file) });
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}
