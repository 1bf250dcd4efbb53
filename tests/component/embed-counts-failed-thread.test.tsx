import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEmbed, type EmbedRecord } from './embed/load-embed.ts';

let record: EmbedRecord;

// An article whose thread will fail to load: its count link must not wait for a paint that never comes.
beforeAll(async () => {
  ({ record } = await loadEmbed({
    body: '<a href="#comments" data-parley-count="https://news.test/a">Comments</a><parley-comments data-site="news" data-url="https://news.test/a" lazy="false"></parley-comments>',
    counts: { 'https://news.test/a': 4 },
  }));
});

describe('counts on a page whose thread fails to load', () => {
  it('load once the widget reports the failure (parley:error)', async () => {
    await vi.waitFor(() => expect(record.mounts).toHaveLength(1));
    expect(record.countsAsked).toBe(0);
    record.mounts[0]!.host.dispatchEvent(new CustomEvent('parley:error', { bubbles: true, composed: true, detail: { code: 'network' } }));
    await vi.waitFor(() => expect(document.querySelector('[data-parley-count]')!.textContent).toBe('4 comments'));
    expect(record.chunks).toEqual(['counts']);
  });
});
