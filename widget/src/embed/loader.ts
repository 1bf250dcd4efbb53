/**
 * embed.js: the only file a page includes. Kept tiny: it defines <parley-comments>, finds or
 * creates the mount points, and when one nears the viewport requests the thread snapshot, the
 * app and the page language's messages in parallel (at once for a `#comment-ID` link, a sign-in or
 * `lazy=false`). It never loads Preact or Firebase itself. Count elements (`data-parley-count`)
 * are filled by a separate small chunk, in one request, which waits for the thread's first paint.
 */
import type * as AppExports from '../app/mount.tsx';
import type * as CountExports from './counts.ts';
import { requestSnapshot } from '../client/reader/snapshot-request.ts';
import { languageOf } from '../i18n/languages.ts';
import { commentIdFromHash, isSignInLink, pageDefaults, type EmbedOptions } from './options.ts';

/** The app's entry, then the chunks it imports: fetched together, so there is no waterfall. */
declare const __PARLEY_APP__: string[];
declare const __PARLEY_COUNTS__: string;
declare const __PARLEY_LOCALES__: Record<string, string>;

type AppModule = typeof AppExports;
type Handle = ReturnType<AppModule['mount']>;

/** Options a page passes to `Parley.mount` and `Parley.reset`: the data attributes' names. */
type PageOptions = Partial<EmbedOptions> & { lazy?: 'true' | 'false' };

/** The global a page can use: `Parley.mount`, `Parley.reset`, `Parley.destroy`, `Parley.sso`, `Parley.counts`. */
interface ParleyGlobal {
  mount(target: string | Element, options?: PageOptions): HTMLElement | null;
  reset(options?: PageOptions, target?: string | Element): void;
  destroy(target?: string | Element): void;
  /** Signs the reader in with a token the publisher's backend signed (site SSO). */
  sso(token: string, target?: string | Element): void;
  /** Fills every count element now on the page, those added since it loaded included (one request). */
  counts(): Promise<void>;
}

const script = document.currentScript as HTMLScriptElement | null;
const scriptUrl = script?.src || `${location.origin}/embed.js`;
const chunk = (file: string) => import(/* @vite-ignore */ new URL(file, scriptUrl).href);
let app: Promise<AppModule> | null = null;
const loadApp = () => (app ??= Promise.all(__PARLEY_APP__.map(chunk)).then(([entry]) => entry as AppModule));

class ParleyComments extends HTMLElement {
  overrides: PageOptions = {};
  private handle: Handle | null = null;
  private observer: IntersectionObserver | null = null;
  /** On its way to the first paint (or not yet known to stay out of view): the count chunk waits meanwhile. */
  painting = false;
  /** Loading or showing its thread (it starts near the viewport, or at once). */
  started = false;
  /** The latest start: only its app may mount (a reset while the app loads starts again). */
  declare run: object;

  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!this.started) {
      const waiting = document.createElement('p');
      waiting.textContent = '…';
      root.replaceChildren(waiting);
    }
    // A link to a comment, or signing in (an email link or a publisher's token), starts the widget at once.
    if (this.read('lazy') === 'false' || commentIdFromHash(location.hash) || isSignInLink(location.search) || this.read('ssoToken')) return this.start();
    // Until the observer's first report the widget may be about to start.
    this.painting = true;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) return this.start();
        if (!this.started) this.painting = false;
        whenPainted();
      },
      { rootMargin: '800px 0px' },
    );
    this.observer.observe(this);
  }

  disconnectedCallback() {
    this.stop();
    whenPainted();
  }

  read(name: string): string {
    return String(this.overrides[name as keyof PageOptions] ?? this.getAttribute(name) ?? this.dataset[name] ?? script?.dataset[name] ?? '');
  }

  options(): EmbedOptions {
    const page = pageDefaults(document);
    const url = this.read('url');
    return {
      site: this.read('site'),
      thread: this.read('thread') || undefined,
      url: url ? new URL(url, location.href).href : page.url,
      title: this.read('title') || page.title,
      locale: this.read('locale') || page.locale,
      theme: this.read('theme') as EmbedOptions['theme'],
      sort: this.read('sort') as EmbedOptions['sort'],
      api: (this.read('api') || new URL(scriptUrl).origin).replace(/\/$/, ''),
      nonce: script?.nonce ?? '',
      focus: commentIdFromHash(location.hash) ?? undefined,
      ssoLogin: this.read('ssoLogin') || this.read('sso-login') || undefined,
      ssoToken: this.read('ssoToken') || this.read('sso-token') || undefined,
    };
  }

  start() {
    this.observer?.disconnect();
    if (this.started) return;
    this.started = true;
    this.painting = true;
    this.addEventListener('parley:ready', () => (this.painting = false), { once: true });
    // A thread that failed to load paints no comments: the page's counts go ahead.
    this.addEventListener(
      'parley:error',
      () => {
        this.painting = false;
        whenPainted();
      },
      { once: true },
    );
    const options = this.options();
    const snapshot = requestSnapshot({ ...options, sort: options.sort || 'oldest' });
    snapshot.catch(() => {}); // reported by the app once it renders
    const messages = chunk(__PARLEY_LOCALES__[languageOf(options.locale)]!);
    messages.catch(() => {}); // the app falls back to English
    const run = (this.run = {});
    loadApp().then(
      (module) => {
        // A later start (Parley.reset, a new link) or a stop overtook this one while the app loaded.
        if (run !== this.run || !this.started || !this.shadowRoot) return;
        this.handle = module.mount(this.shadowRoot, this, options, snapshot, messages);
        // A token handed over by Parley.sso while the app was loading.
        const token = this.read('ssoToken');
        if (token && token !== options.ssoToken) this.handle.sso(token);
      },
      () => {
        this.started = false;
        this.painting = false;
        whenPainted();
        app = null;
        const failed = document.createElement('p');
        failed.textContent = 'Comments could not be loaded.';
        this.shadowRoot?.replaceChildren(failed);
      },
    );
  }

  stop() {
    this.observer?.disconnect();
    this.painting = false;
    this.handle?.destroy();
    this.handle = null;
    this.started = false;
  }

  reset(options: PageOptions) {
    this.stop();
    this.overrides = { ...this.overrides, ...options };
    if (this.isConnected) this.start();
  }

  sso(token: string) {
    this.overrides.ssoToken = token;
    if (this.handle) this.handle.sso(token);
    else if (this.isConnected) this.start();
  }
}

function elementsFor(target?: string | Element): ParleyComments[] {
  const found = typeof target === 'string' ? document.querySelector(target) : (target ?? document);
  if (found instanceof ParleyComments) return [found];
  return [...(found?.querySelectorAll('parley-comments') ?? [])].filter((element): element is ParleyComments => element instanceof ParleyComments);
}

/** Count options come from the script tag, or from the page's widget when the tag has none (`data-site` on `<parley-comments>`). */
function countOptions(): Parameters<typeof CountExports.fillCounts>[0] {
  const element = elementsFor()[0];
  const read = (name: string) => element?.read(name) ?? script?.dataset[name] ?? '';
  return { api: (read('api') || new URL(scriptUrl).origin).replace(/\/$/, ''), site: read('site'), locale: read('locale') || pageDefaults(document).locale };
}

// The count chunk is not part of a thread's first paint: on a page with a thread it loads once the
// thread's first comments are painted (or once the widget is known to wait out of view).
let countsWanted = false;
let countsLoaded = false;
function loadCounts() {
  if (countsLoaded || !document.querySelector('[data-parley-count],[data-parley-count-id]')) return;
  countsLoaded = true;
  api.counts().catch(() => {});
}
function whenPainted() {
  if (countsWanted && !elementsFor().some((element) => element.painting)) loadCounts();
}

const api: ParleyGlobal = {
  mount(target, options = {}) {
    const host = typeof target === 'string' ? document.querySelector(target) : target;
    if (!host) return null;
    const element = host instanceof ParleyComments ? host : (document.createElement('parley-comments') as ParleyComments);
    element.overrides = { ...element.overrides, ...options };
    if (element !== host) host.replaceChildren(element);
    return element;
  },
  reset(options = {}, target) {
    for (const element of elementsFor(target)) element.reset(options);
  },
  destroy(target) {
    for (const element of elementsFor(target)) element.remove();
  },
  sso(token, target) {
    for (const element of elementsFor(target)) element.sso(token);
  },
  counts() {
    return (chunk(__PARLEY_COUNTS__) as Promise<typeof CountExports>).then((module) => module.fillCounts(countOptions()));
  },
};

if (!customElements.get('parley-comments')) {
  customElements.define('parley-comments', ParleyComments);
  (window as unknown as { Parley: ParleyGlobal }).Parley = api;

  // No-code embed: with data-site on the script tag and no element on the page, render where the
  // tag stands (or into data-target); `data-counts-only` is for pages that only show counts.
  if (script?.dataset.site && script.dataset.countsOnly === undefined && !document.querySelector('parley-comments')) {
    const target = script.dataset.target ? document.querySelector(script.dataset.target) : null;
    if (target) api.mount(target);
    else script.after(document.createElement('parley-comments'));
  }

  // A `#comment-ID` link followed later starts a widget still waiting to come into view.
  addEventListener('hashchange', () => {
    if (commentIdFromHash(location.hash)) for (const element of elementsFor()) if (!element.started) element.start();
  });

  // Comment counts: one request for the whole page, once it is parsed; where a thread is loading,
  // in the frame after its first paint.
  document.addEventListener('parley:ready', () => requestAnimationFrame(() => setTimeout(whenPainted)));
  const counts = () => {
    countsWanted = true;
    whenPainted();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', counts);
  else counts();
}
