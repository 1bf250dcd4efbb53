import { computed, effect } from '@preact/signals';
import { render } from 'preact';
import type { Comment, SortOrder, ThreadSnapshot } from '../../../core/src/types.ts';
import { createFirebaseReaderClient } from '../client/firebase-reader-client.ts';
import type { ReaderClient } from '../client/reader-client.ts';
import { createComposerModel } from '../composer/composer-model.ts';
import type { EmbedOptions } from '../embed/options.ts';
import { createTranslator } from '../i18n/translator.ts';
import { createSessionModel } from '../session/session-model.ts';
import { createThreadModel } from '../thread/thread-model.ts';
import { App } from './App.tsx';
import { I18n } from './i18n-context.ts';
import { applyTheme } from './theme.ts';
import { createViewModel } from './view-model.ts';
import css from './styles.css?inline';

/** A mounted widget. */
export interface WidgetHandle {
  destroy(): void;
}

/** Runs `task` once the host is on screen and the browser is idle. */
function whenVisibleAndIdle(host: Element, task: () => void): () => void {
  let cancelled = false;
  const idle = (callback: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 2000 }) : setTimeout(callback, 200);
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    idle(() => !cancelled && task());
  });
  observer.observe(host);
  return () => {
    cancelled = true;
    observer.disconnect();
  };
}

/**
 * Renders a thread into a shadow root. `snapshot` is the first page, already requested by the
 * loader so it downloads in parallel with this code. `client` is replaced in tests.
 */
export function mount(
  root: ShadowRoot,
  host: HTMLElement,
  options: EmbedOptions,
  snapshot: Promise<ThreadSnapshot>,
  client: ReaderClient = createFirebaseReaderClient(),
): WidgetHandle {
  const style = document.createElement('style');
  if (options.nonce) style.nonce = options.nonce;
  style.textContent = css;
  const container = document.createElement('div');
  root.replaceChildren(style, container);

  const i18n = createTranslator(options.locale);
  host.setAttribute('dir', i18n.dir);
  host.setAttribute('lang', i18n.locale);
  const session = createSessionModel();
  const query = { api: options.api, site: options.site, url: options.url, thread: options.thread };
  const thread = createThreadModel(client, query, (options.sort || 'oldest') as SortOrder, session.uid);
  const target = { site: options.site, thread: options.thread, url: options.url, title: options.title };
  const maxLength = computed(() => thread.site.value?.maxLength ?? 10_000);
  const onPosted = (comment: Comment) =>
    host.dispatchEvent(new CustomEvent('parley:posted', { detail: { id: comment.id, status: comment.status }, bubbles: true, composed: true }));
  const makeComposer = (parentId: string | null) => createComposerModel({ client, thread, session, target, parentId, maxLength, onPosted });
  const composer = makeComposer(null);
  const view = createViewModel(root, makeComposer);

  let stopTheme = applyTheme(host, options.theme || 'auto');
  const cleanups = [
    () => stopTheme(),
    () => view.dispose(),
    () => thread.dispose(),
    whenVisibleAndIdle(host, () => thread.startLive()),
    effect(() => {
      const site = thread.site.value;
      if (site && !options.theme) {
        stopTheme();
        stopTheme = applyTheme(host, site.theme);
      }
    }),
    effect(() => {
      if (thread.state.value !== 'ready') return;
      host.dispatchEvent(new CustomEvent('parley:count', { detail: { count: thread.count.value }, bubbles: true, composed: true }));
    }),
  ];

  void thread.load(snapshot).then(() => {
    host.dispatchEvent(new CustomEvent('parley:ready', { detail: { thread: thread.thread.value }, bubbles: true, composed: true }));
  });

  render(
    <I18n.Provider value={i18n}>
      <App thread={thread} view={view} composer={composer} onComposerFocus={() => client.prepareToWrite()} />
    </I18n.Provider>,
    container,
  );

  return {
    destroy() {
      for (const cleanup of cleanups) cleanup();
      render(null, container);
      root.replaceChildren();
    },
  };
}
