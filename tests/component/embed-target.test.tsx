import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEmbed, type EmbedRecord } from './embed/load-embed.ts';

let record: EmbedRecord;
let script: HTMLScriptElement;

beforeAll(async () => {
  ({ record, script } = await loadEmbed({
    attributes: { 'data-site': 'news', 'data-target': '#comments-slot', 'data-lazy': 'false' },
    body: '<div id="script-here"></div><article>The article.</article><section id="comments-slot"><p>Loading comments</p></section>',
  }));
});

describe('data-target', () => {
  it('renders into the element it names instead of where the tag stands', async () => {
    const slot = document.querySelector('#comments-slot')!;
    expect([...slot.children].map((child) => child.localName)).toEqual(['parley-comments']);
    expect(script.nextElementSibling?.localName).not.toBe('parley-comments');
    expect(document.querySelectorAll('parley-comments')).toHaveLength(1);
    await vi.waitFor(() => expect(record.mounts).toHaveLength(1));
    expect(record.mounts[0]!.host.parentElement).toBe(slot);
    expect(record.mounts[0]!.options.site).toBe('news');
  });
});
