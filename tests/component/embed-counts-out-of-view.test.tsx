import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEmbed, type EmbedRecord } from './embed/load-embed.ts';

let record: EmbedRecord;

beforeAll(async () => {
  ({ record } = await loadEmbed({
    attributes: { 'data-site': 'news' },
    body: '<p><a href="#comments" data-parley-count="https://news.test/a">Comments</a></p><article>A long article.</article><div id="script-here"></div>',
    counts: { 'https://news.test/a': 6 },
  }));
});

describe('counts on a page whose thread waits out of view', () => {
  it('waits for the observer’s first report, then fills the counts without starting the thread', async () => {
    const element = document.querySelector('parley-comments')!;
    expect(record.countsAsked).toBe(0);
    record.intersect(element, false);
    expect(record.countsAsked).toBe(1);
    await vi.waitFor(() => expect(document.querySelector('[data-parley-count]')!.textContent).toBe('6 comments'));
    expect(record.mounts).toHaveLength(0);
    expect(record.requests.filter((url) => url.pathname === '/api/counts')).toHaveLength(1);
  });
});
