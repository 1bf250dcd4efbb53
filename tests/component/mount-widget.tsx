import type { ThreadSnapshot } from '../../core/src/types.ts';
import { mount } from '../../widget/src/app/mount.tsx';
import type { MemoryClient } from '../../widget/src/client/memory/reader-memory.ts';
import type { EmbedOptions } from '../../widget/src/embed/options.ts';
import type { CoreMessages } from '../../widget/src/i18n/translator.ts';
import en from '../../widget/src/i18n/en.ts';

/** Everything the widget told its host page, by event name. */
export type HostEvents = Record<string, unknown[]>;

/**
 * Mounts the widget the way embed.js does (a shadow root on a host element, the snapshot and the
 * language's messages already requested), against the in-memory client.
 */
export function mountWidget(client: MemoryClient, options: Partial<EmbedOptions> = {}, messages: CoreMessages = en, parent: HTMLElement = document.body) {
  const host = document.createElement('div');
  parent.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const events: HostEvents = {};
  for (const name of ['ready', 'error', 'count', 'posted', 'signin']) {
    host.addEventListener(`parley:${name}`, (event) => (events[name] ??= []).push((event as CustomEvent).detail));
  }
  const full: EmbedOptions = { site: 'test', url: 'https://example.test/article', title: 'Article', locale: 'en', theme: '', sort: '', api: 'http://test', nonce: 'n0nce', ...options };
  const snapshot = client
    .loadThread({ api: full.api, site: full.site, url: full.url, sort: 'oldest', focus: full.focus })
    .then((body: ThreadSnapshot) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
  const handle = mount(root, host, full, snapshot, Promise.resolve({ default: messages }), client);
  return { host, root, events, handle };
}
