import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEmbed, parley, type EmbedRecord } from './embed/load-embed.ts';

let record: EmbedRecord;

// A news article: its byline links to the comments with a count; data-site only on the element.
beforeAll(async () => {
  ({ record } = await loadEmbed({
    body: '<p>By Maya · <a href="#comments" data-parley-count="https://news.test/a">Comments</a></p><parley-comments data-site="news" data-url="https://news.test/a" lazy="false"></parley-comments>',
    counts: { 'https://news.test/a': 6, 'https://news.test/b': 2, 'story-9': 0 },
  }));
});

const countRequests = () => record.requests.filter((url) => url.pathname === '/api/counts');

describe('counts on a page with a thread', () => {
  it('loads the count chunk only after the thread’s first paint, and takes the site from the element', async () => {
    await vi.waitFor(() => expect(record.mounts).toHaveLength(1));
    expect(record.countsAsked).toBe(0);
    expect(countRequests()).toHaveLength(0);
    const { host } = record.mounts[0]!;
    host.dispatchEvent(new CustomEvent('parley:ready', { bubbles: true, composed: true, detail: {} }));
    await vi.waitFor(() => expect(document.querySelector('[data-parley-count]')!.textContent).toBe('6 comments'));
    expect(record.chunks).toEqual(['counts']);
    expect(countRequests()).toHaveLength(1);
    expect(countRequests()[0]!.searchParams.get('site')).toBe('news');
  });

  it('fills count elements added later with Parley.counts(), in one request', async () => {
    document.body.insertAdjacentHTML('beforeend', '<ul><li><a href="/b" data-parley-count="https://news.test/b">Comments</a></li><li><span data-parley-count-id="story-9">…</span></li></ul>');
    const before = countRequests().length;
    await parley().counts();
    expect(countRequests()).toHaveLength(before + 1);
    expect(countRequests().at(-1)!.searchParams.get('site')).toBe('news');
    expect([...document.querySelectorAll('[data-parley-count],[data-parley-count-id]')].map((element) => element.textContent)).toEqual(['6 comments', '2 comments', '0 comments']);
  });
});
