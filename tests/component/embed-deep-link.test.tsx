import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEmbed, snapshotRequests, type EmbedRecord } from './embed/load-embed.ts';

let record: EmbedRecord;

beforeAll(async () => {
  location.hash = '#comment-c42';
  ({ record } = await loadEmbed({ body: '<article>A long article.</article><parley-comments data-site="news"></parley-comments>' }));
});

const follow = (hash: string) => {
  location.hash = hash;
  dispatchEvent(new HashChangeEvent('hashchange'));
};

describe('a #comment-ID link', () => {
  it('starts a widget far down the page at once, asking for that comment', async () => {
    await vi.waitFor(() => expect(record.mounts).toHaveLength(1));
    expect(record.mounts[0]!.options.focus).toBe('c42');
    const request = record.requests.find((url) => url.pathname === '/api/thread')!;
    expect(request.searchParams.get('focus')).toBe('c42');
  });

  it('followed later, starts a widget still waiting for the viewport', async () => {
    location.hash = '';
    const later = document.createElement('parley-comments');
    later.dataset.site = 'news';
    later.dataset.url = 'https://news.test/other';
    const requests = snapshotRequests(record).length;
    document.body.append(later);
    expect(snapshotRequests(record)).toHaveLength(requests);
    expect(record.observed.has(later)).toBe(true);
    follow('#section-2');
    expect(snapshotRequests(record)).toHaveLength(requests);
    follow('#comment-c7');
    expect(snapshotRequests(record)).toHaveLength(requests + 1);
    await vi.waitFor(() => expect(record.mounts).toHaveLength(2));
    expect(record.mounts[1]!.host).toBe(later);
    expect(record.mounts[1]!.options.focus).toBe('c7');
    // The widget already showing handles the link itself (after-paint.ts); it is not restarted.
    expect(record.mounts[0]!.handle.destroyed).toBe(false);
  });
});
