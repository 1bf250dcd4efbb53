import { effect } from '@preact/signals';
import { render } from 'preact';
import { createFirebaseReaderClient } from '../client/reader/firebase-reader-client.ts';
import type { ReaderClient } from '../client/reader/reader-client.ts';
import { readSnapshot } from '../client/reader/snapshot-request.ts';
import type { EmbedOptions } from '../embed/options.ts';
import { createTranslator, type CoreMessages } from '../i18n/translator.ts';
import { App } from './App.tsx';
import { createWidget } from './create-widget.ts';
import { I18n } from './i18n-context.ts';
import { setTheme } from './theme.ts';
import { WidgetContext } from './widget-context.ts';
import css from './styles.css?inline';

/** A mounted widget. */
export interface WidgetHandle {
  destroy(): void;
  /** Signs the reader in with a publisher's token (`Parley.sso`). */
  sso(token: string): void;
}

/** A language's first-paint messages, as a module the loader fetches in parallel with the app. */
export type MessagesModule = Promise<{ default: CoreMessages }>;

/**
 * Renders a thread into a shadow root. `snapshot` is the answer for the first page and `messages`
 * the language's messages, both requested by the loader so they download in parallel with this
 * code. Once the first comments are painted, the rest (live updates, deep links, theme
 * following) loads as after-paint.ts. `client` is replaced in tests.
 */
export function mount(
  root: ShadowRoot,
  host: HTMLElement,
  options: EmbedOptions,
  snapshot: Promise<Response>,
  messages: MessagesModule | null = null,
  client: ReaderClient = createFirebaseReaderClient(),
): WidgetHandle {
  const cleanups: Array<() => void> = [];
  let destroyed = false;
  // A publisher's token waits for the first paint; then it signs the reader in.
  let ssoToken = options.ssoToken;
  let sso = (token: string) => void (ssoToken = token);
  const emit = (name: string, detail: unknown) => host.dispatchEvent(new CustomEvent(`parley:${name}`, { detail, bubbles: true, composed: true }));
  const styleOf = (text: string) => {
    const style = document.createElement('style');
    if (options.nonce) style.nonce = options.nonce;
    style.textContent = text;
    return style;
  };

  const start = (locale: Partial<CoreMessages>) => {
    if (destroyed) return;
    const container = document.createElement('div');
    root.replaceChildren(styleOf(css), container);
    const i18n = createTranslator(options.locale, locale);
    host.setAttribute('dir', i18n.dir);
    host.setAttribute('lang', i18n.locale);
    const widget = createWidget(client, { ...options, sort: options.sort || 'oldest' }, i18n, root, {
      onPosted: (comment) => emit('posted', { id: comment.id, status: comment.status }),
      onSignIn: (account) => emit('signin', { uid: account.uid, provider: account.provider, name: account.name ?? '' }),
      addStyles: (text) => root.insertBefore(styleOf(text), container),
      ssoLogin: options.ssoLogin ?? null,
    });
    const { thread } = widget;
    const updateTheme = () => setTheme(host, options.theme || thread.site.value?.theme || 'auto');
    cleanups.push(
      effect(updateTheme),
      () => widget.dispose(),
      () => {
        render(null, container);
        root.replaceChildren();
      },
    );
    render(
      <I18n.Provider value={i18n}>
        <WidgetContext.Provider value={widget}>
          <App />
        </WidgetContext.Provider>
      </I18n.Provider>,
      container,
    );
    void thread.load(readSnapshot(snapshot));
    // Once the first comments are on screen (at once, or after "Try again"), the rest follows.
    let painted = false;
    let failed = false;
    cleanups.push(
      effect(() => {
        const state = thread.state.value;
        // A thread that could not load says so to the page too (its counts stop waiting for it).
        if (!painted && !failed && state === 'error') {
          failed = true;
          emit('error', { code: thread.error.value?.code ?? 'internal' });
        }
        if (painted || state !== 'ready') return;
        painted = true;
        emit('ready', { thread: thread.thread.value });
        // Requested once the frame with the comments is painted, so it never competes with them.
        requestAnimationFrame(() =>
          setTimeout(() =>
            void import('./after-paint.ts').then((later) => {
              if (destroyed) return;
              cleanups.push(later.afterPaint({ widget, host, i18n, focus: options.focus ?? null, updateTheme, emit }));
              sso = (token) => void widget.writer.load().then((features) => features?.identity.sso(token));
              if (ssoToken) sso(ssoToken);
            }),
          ),
        );
      }),
    );
  };

  // Should the language's chunk fail, English it is (one more small chunk).
  const english = () => import('../i18n/en.ts');
  (messages ?? english()).catch(english).then(
    (module) => start(module.default),
    () => start({}),
  );

  return {
    destroy() {
      destroyed = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
    sso: (token) => sso(token),
  };
}
