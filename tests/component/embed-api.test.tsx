import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEmbed, parley, snapshotRequests, type EmbedRecord } from './embed/load-embed.ts';

let record: EmbedRecord;

// A single-page app: no data-site on the tag, so nothing renders until the app calls Parley.mount.
beforeAll(async () => {
  ({ record } = await loadEmbed({ body: '<main><div id="article"></div><div id="comments"><p>placeholder</p></div><aside id="side"></aside></main>' }));
});

describe('the Parley global', () => {
  it('renders nothing by itself without a site', () => {
    expect(document.querySelectorAll('parley-comments')).toHaveLength(0);
  });

  it('mounts into an element or a selector with the given options, in place of its content', async () => {
    const element = parley().mount('#comments', { site: 'news', url: 'https://news.test/a', title: 'A', lazy: 'false' })!;
    expect(element.localName).toBe('parley-comments');
    expect([...document.querySelector('#comments')!.childNodes]).toEqual([element]);
    await vi.waitFor(() => expect(record.mounts).toHaveLength(1));
    expect(record.mounts[0]!.options).toMatchObject({ site: 'news', url: 'https://news.test/a', title: 'A' });
    expect(parley().mount('#missing', { site: 'news' })).toBeNull();
  });

  it('mounts lazily by default: the widget starts when it nears the viewport', async () => {
    const requests = snapshotRequests(record).length;
    const element = parley().mount(document.querySelector('#side')!, { site: 'news', url: 'https://news.test/side' })!;
    expect(snapshotRequests(record)).toHaveLength(requests);
    record.intersect(element);
    expect(snapshotRequests(record)).toHaveLength(requests + 1);
    await vi.waitFor(() => expect(record.mounts).toHaveLength(2));
    expect(record.mounts[1]!.options.url).toBe('https://news.test/side');
  });

  it('resets one widget to another thread without touching the other, keeping the options not given', async () => {
    parley().reset({ url: 'https://news.test/b', title: 'B' }, '#comments parley-comments');
    await vi.waitFor(() => expect(record.mounts).toHaveLength(3));
    expect(record.mounts[0]!.handle.destroyed).toBe(true);
    expect(record.mounts[1]!.handle.destroyed).toBe(false);
    expect(record.mounts[2]!.host).toBe(record.mounts[0]!.host);
    expect(record.mounts[2]!.options).toMatchObject({ site: 'news', url: 'https://news.test/b', title: 'B' });
  });

  it('resets every widget of the page when no target is given, e.g. to another language', async () => {
    parley().reset({ locale: 'ar' });
    await vi.waitFor(() => expect(record.mounts).toHaveLength(5));
    expect(record.mounts.slice(3).map((mount) => mount.options.locale)).toEqual(['ar', 'ar']);
    expect(record.mounts.slice(3).map((mount) => mount.options.url).sort()).toEqual(['https://news.test/b', 'https://news.test/side']);
  });

  it('hands a publisher’s token to a running widget (Parley.sso)', () => {
    parley().sso('signed-token', '#side parley-comments');
    expect(record.mounts.find((mount) => mount.host.closest('#side') && !mount.handle.destroyed)!.handle.tokens).toEqual(['signed-token']);
  });

  it('destroys one widget, then the rest', () => {
    const side = record.mounts.find((mount) => mount.host.closest('#side') && !mount.handle.destroyed)!;
    const main = record.mounts.find((mount) => mount.host.closest('#comments') && !mount.handle.destroyed)!;
    parley().destroy('#side parley-comments');
    expect(side.handle.destroyed).toBe(true);
    expect(side.host.isConnected).toBe(false);
    expect(main.handle.destroyed).toBe(false);
    parley().destroy();
    expect(main.handle.destroyed).toBe(true);
    expect(document.querySelectorAll('parley-comments')).toHaveLength(0);
  });

  it('mounts only the thread a page reset to while the app was still loading (a single-page app switching story at load)', async () => {
    const before = record.mounts.length;
    document.body.insertAdjacentHTML('beforeend', '<div id="late"></div>');
    parley().mount('#late', { site: 'news', url: 'https://news.test/first', lazy: 'false' });
    // In the same task, before the app's chunk has answered: the page switches to another story.
    parley().reset({ url: 'https://news.test/second' }, '#late parley-comments');
    await vi.waitFor(() => expect(record.mounts.length).toBeGreaterThan(before));
    // Both starts wait on the same chunk and are answered in order: the first had its turn already.
    expect(record.mounts.slice(before).map((mount) => mount.options.url)).toEqual(['https://news.test/second']);
  });
});
