import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import de from '../../widget/src/i18n/de.ts';
import es from '../../widget/src/i18n/es.ts';
import { loadEmbed, snapshotRequests, type EmbedRecord, type RecordedMount } from './embed/load-embed.ts';

let script: HTMLScriptElement;
let record: EmbedRecord;

beforeAll(async () => {
  document.title = 'Harbor Street bike lanes';
  ({ script, record } = await loadEmbed({ attributes: { 'data-site': 'news', nonce: 'n0nce' }, body: '<main><p>The article.</p><div id="script-here"></div><footer>End</footer></main>' }));
});

afterEach(() => {
  for (const element of document.querySelectorAll('parley-comments.extra')) element.remove();
  for (const name of Object.keys(script.dataset)) if (name !== 'site') delete script.dataset[name];
  document.querySelector('link[rel="canonical"]')?.remove();
  document.documentElement.lang = '';
});

/** Adds a `<parley-comments>` with these attributes, starting at once; answers what the app was handed. */
async function started(attributes: Record<string, string> = {}): Promise<RecordedMount> {
  const count = record.mounts.length;
  const element = document.createElement('parley-comments');
  element.className = 'extra';
  element.setAttribute('lazy', 'false');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await vi.waitFor(() => expect(record.mounts).toHaveLength(count + 1));
  return record.mounts.at(-1)!;
}

const snapshotRequest = (mount: RecordedMount) => record.requests.filter((url) => url.pathname === '/api/thread').find((url) => url.searchParams.get('site') === mount.options.site && url.searchParams.get('url') === mount.options.url)!;

describe('embed.js and its data attributes', () => {
  it('renders where the script tag stands, in an open shadow root, once it nears the viewport', async () => {
    const element = script.nextElementSibling as HTMLElement;
    expect(element.localName).toBe('parley-comments');
    expect(element.shadowRoot?.mode).toBe('open');
    expect(record.mounts).toHaveLength(0);
    expect(record.observed.has(element)).toBe(true);
    record.intersect(element, false);
    expect(snapshotRequests(record)).toHaveLength(0);
    record.intersect(element);
    expect(snapshotRequests(record)).toHaveLength(1);
    await vi.waitFor(() => expect(record.mounts).toHaveLength(1));
    expect(record.mounts[0]!.host).toBe(element);
    expect(record.mounts[0]!.root).toBe(element.shadowRoot);
    expect(record.mounts[0]!.options).toMatchObject({ site: 'news', nonce: 'n0nce' });
  });

  it('falls back to the page: canonical link, title, the page language, the script origin as API', async () => {
    document.head.insertAdjacentHTML('beforeend', '<link rel="canonical" href="https://news.test/2026/harbor-street">');
    document.documentElement.lang = 'es';
    const mount = await started();
    expect(mount.options).toMatchObject({ site: 'news', url: 'https://news.test/2026/harbor-street', title: 'Harbor Street bike lanes', locale: 'es', theme: '', sort: '', api: 'https://comments.test', nonce: 'n0nce' });
    expect(mount.options.thread).toBeUndefined();
    expect((await mount.messages)?.default).toEqual(es);
    const request = snapshotRequest(mount);
    expect(request.origin).toBe('https://comments.test');
    expect(request.searchParams.get('sort')).toBe('oldest');
  });

  it('uses the location when the page has no canonical link, and English when it has no language', async () => {
    const mount = await started();
    expect(mount.options.url).toBe(location.href);
    expect(mount.options.locale).toBe('en');
  });

  // Each option, from the script tag (`data-x`) and from the element (`x` or `data-x`).
  const cases: Array<[string, string, Partial<RecordedMount['options']>]> = [
    ['site', 'blog', { site: 'blog' }],
    ['thread', 'post-7', { thread: 'post-7' }],
    ['url', '/2026/11/ferry', { url: new URL('/2026/11/ferry', location.href).href }],
    ['title', 'Winter ferries', { title: 'Winter ferries' }],
    ['locale', 'de', { locale: 'de' }],
    ['theme', 'dark', { theme: 'dark' }],
    ['sort', 'newest', { sort: 'newest' }],
    ['api', 'https://api.news.test/', { api: 'https://api.news.test' }],
  ];
  describe.each([
    ['on the script tag', (name: string) => ({ script: `data-${name}` })],
    ['on the element', (name: string) => ({ element: name })],
    ['on the element with data-', (name: string) => ({ element: `data-${name}` })],
  ])('%s', (_where, place) => {
    it.each(cases)('reads %s', async (name, value, expected) => {
      const where: { script?: string; element?: string } = place(name);
      if (where.script) script.setAttribute(where.script, value);
      const mount = await started(where.element ? { [where.element]: value } : {});
      expect(mount.options).toMatchObject(expected);
    });
  });

  it('sends the site, thread, URL and sort with the snapshot request, to the API origin, and loads the locale’s messages', async () => {
    const mount = await started({ site: 'blog', thread: 'post-7', url: 'https://blog.test/a', sort: 'top', api: 'https://api.blog.test', locale: 'de-AT' });
    const request = snapshotRequest(mount);
    expect(request.origin).toBe('https://api.blog.test');
    expect(Object.fromEntries(request.searchParams)).toMatchObject({ site: 'blog', id: 'post-7', url: 'https://blog.test/a', sort: 'top' });
    expect((await mount.messages)?.default).toEqual(de);
  });

  it('takes the element’s attributes over the script tag’s', async () => {
    script.dataset.theme = 'light';
    script.dataset.locale = 'ru';
    const mount = await started({ theme: 'dark', 'data-locale': 'ar' });
    expect(mount.options).toMatchObject({ theme: 'dark', locale: 'ar' });
  });

  it('waits for the viewport unless lazy is false', async () => {
    const count = record.mounts.length;
    const requests = snapshotRequests(record).length;
    const lazy = document.createElement('parley-comments');
    lazy.className = 'extra';
    document.body.append(lazy);
    expect(snapshotRequests(record)).toHaveLength(requests);
    expect(record.observed.has(lazy)).toBe(true);
    script.dataset.lazy = 'false';
    const eager = document.createElement('parley-comments');
    eager.className = 'extra';
    document.body.append(eager);
    expect(snapshotRequests(record)).toHaveLength(requests + 1);
    await vi.waitFor(() => expect(record.mounts).toHaveLength(count + 1));
    expect(record.mounts.at(-1)!.host).toBe(eager);
    expect(record.observed.has(eager)).toBe(false);
  });
});
