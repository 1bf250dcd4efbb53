import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillCounts } from '../../widget/src/embed/counts.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function page(markup: string) {
  document.body.innerHTML = markup; // test fixture only: the widget itself never sets HTML
}

function answer(counts: Record<string, number>) {
  const fetch = vi.fn(async (_url: string) => new Response(JSON.stringify({ counts }), { status: 200 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('the count embed', () => {
  it('fills every count element of the page from one request', async () => {
    page(`
      <a href="/a" data-parley-count="https://news.test/a">Comments</a>
      <a href="/b" data-parley-count="https://news.test/b">Comments</a>
      <span data-parley-count-id="story-42">…</span>
      <a href="/a#comments" data-parley-count="https://news.test/a">Comments</a>`);
    const fetch = answer({ 'https://news.test/a': 12, 'https://news.test/b': 1, 'story-42': 0 });
    await fillCounts({ api: 'https://comments.test', site: 'news', locale: 'en' });
    expect(fetch).toHaveBeenCalledTimes(1);
    const url = new URL(fetch.mock.calls[0]![0]);
    expect(url.pathname).toBe('/api/counts');
    expect(url.searchParams.get('site')).toBe('news');
    expect(url.searchParams.getAll('url')).toEqual(['https://news.test/a', 'https://news.test/b']);
    expect(url.searchParams.getAll('id')).toEqual(['story-42']);
    expect([...document.querySelectorAll('[data-parley-count],[data-parley-count-id]')].map((element) => element.textContent)).toEqual([
      '12 comments',
      '1 comment',
      '0 comments',
      '12 comments',
    ]);
  });

  it('asks for a long list of up to 200 threads in one request', async () => {
    page(Array.from({ length: 200 }, (_, index) => `<span data-parley-count-id="story-${index}">…</span>`).join(''));
    const fetch = answer(Object.fromEntries(Array.from({ length: 200 }, (_, index) => [`story-${index}`, index])));
    await fillCounts({ api: 'https://comments.test', site: 'news', locale: 'en' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(new URL(fetch.mock.calls[0]![0]).searchParams.getAll('id')).toHaveLength(200);
    expect(document.querySelector('[data-parley-count-id="story-199"]')!.textContent).toBe('199 comments');
  });

  it('splits only beyond 200 threads, or where the request would grow past 8,000 characters', async () => {
    page(Array.from({ length: 201 }, (_, index) => `<span data-parley-count-id="s${index}">…</span>`).join(''));
    const byCount = answer({});
    await fillCounts({ api: 'https://comments.test', site: 'news', locale: 'en' });
    expect(byCount.mock.calls.map(([url]) => new URL(url).searchParams.getAll('id').length)).toEqual([200, 1]);

    const long = (index: number) => `https://news.test/2026/11/${'a-rather-long-headline-slug-'.repeat(3)}${index}`;
    page(Array.from({ length: 120 }, (_, index) => `<a data-parley-count="${long(index)}">Comments</a>`).join(''));
    const byLength = answer({ [long(119)]: 4 });
    await fillCounts({ api: 'https://comments.test', site: 'news', locale: 'en' });
    expect(byLength.mock.calls.length).toBe(2);
    expect(byLength.mock.calls.every(([url]) => url.length <= 8_000)).toBe(true);
    expect(byLength.mock.calls.flatMap(([url]) => new URL(url).searchParams.getAll('url'))).toEqual(Array.from({ length: 120 }, (_, index) => long(index)));
    expect(document.querySelectorAll('a')[119]!.textContent).toBe('4 comments');
  });

  it('counts a link without a URL for the page it links to, in the page language', async () => {
    page('<a href="/story" data-parley-count="">Комментарии</a>');
    const fetch = answer({ [new URL('/story', location.href).href]: 5 });
    await fillCounts({ api: 'https://comments.test', site: 'news', locale: 'ru' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(document.querySelector('a')!.textContent).toBe('5 комментариев');
  });

  it('leaves the text as it is when the request fails', async () => {
    page('<a data-parley-count="https://news.test/a">Comments</a>');
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"error":{"code":"internal"}}', { status: 500 })));
    await fillCounts({ api: 'https://comments.test', site: 'news', locale: 'en' });
    expect(document.querySelector('a')!.textContent).toBe('Comments');
  });
});
