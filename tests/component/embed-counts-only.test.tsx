import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEmbed, type EmbedRecord } from './embed/load-embed.ts';

let record: EmbedRecord;

beforeAll(async () => {
  document.documentElement.lang = 'de';
  ({ record } = await loadEmbed({
    attributes: { 'data-site': 'news', 'data-counts-only': '' },
    body: '<ul><li><a href="/a" data-parley-count="https://news.test/a">Kommentare</a></li><li><a href="/b" data-parley-count="https://news.test/b">Kommentare</a></li></ul>',
    counts: { 'https://news.test/a': 3, 'https://news.test/b': 1 },
  }));
});

describe('data-counts-only (an article list)', () => {
  it('renders no thread and fills the counts as soon as the page is parsed, in one request, in the page language', async () => {
    expect(document.querySelectorAll('parley-comments')).toHaveLength(0);
    await vi.waitFor(() => expect([...document.querySelectorAll('a')].map((link) => link.textContent)).toEqual(['3 Kommentare', '1 Kommentar']));
    const requests = record.requests.filter((url) => url.pathname === '/api/counts');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.origin).toBe('https://comments.test');
    expect(requests[0]!.searchParams.get('site')).toBe('news');
    expect(record.mounts).toHaveLength(0);
  });
});
