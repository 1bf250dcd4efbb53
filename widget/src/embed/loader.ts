/**
 * embed.js: the only file a page includes. Kept tiny: it defines <parley-comments>, finds or
 * creates the mount points, and when one nears the viewport requests the thread snapshot and
 * the app in parallel. It never loads Preact or Firebase itself.
 */
import type * as AppExports from '../app/mount.tsx';
import { fetchSnapshot } from '../client/snapshot-request.ts';
import { pageDefaults, type EmbedOptions } from './options.ts';

declare const __PARLEY_APP__: string;

type AppModule = typeof AppExports;
type Handle = ReturnType<AppModule['mount']>;

/** The global a page can use: `Parley.mount`, `Parley.reset`, `Parley.destroy`. */
interface ParleyGlobal {
  mount(target: string | Element, options?: Partial<EmbedOptions>): HTMLElement | null;
  reset(options?: Partial<EmbedOptions>, target?: string | Element): void;
  destroy(target?: string | Element): void;
}

const script = document.currentScript as HTMLScriptElement | null;
const scriptUrl = script?.src || `${location.origin}/embed.js`;
const appUrl = new URL(__PARLEY_APP__, scriptUrl).href;
let app: Promise<AppModule> | null = null;
const loadApp = () => (app ??= import(/* @vite-ignore */ appUrl) as Promise<AppModule>);

class ParleyComments extends HTMLElement {
  overrides: Partial<EmbedOptions> = {};
  private handle: Handle | null = null;
  private observer: IntersectionObserver | null = null;
  private started = false;

  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!this.started) {
      const waiting = document.createElement('p');
      waiting.textContent = 'Loading comments…';
      root.replaceChildren(waiting);
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.start();
      },
      { rootMargin: '800px 0px' },
    );
    this.observer.observe(this);
  }

  disconnectedCallback() {
    this.stop();
  }

  options(): EmbedOptions {
    const read = (name: string) =>
      String(this.overrides[name as keyof EmbedOptions] ?? this.getAttribute(name) ?? this.dataset[name] ?? script?.dataset[name] ?? '');
    const page = pageDefaults(document);
    return {
      site: read('site'),
      thread: read('thread') || undefined,
      url: read('url') ? new URL(read('url'), location.href).href : page.url,
      title: read('title') || page.title,
      locale: read('locale') || page.locale,
      theme: read('theme') as EmbedOptions['theme'],
      sort: read('sort') as EmbedOptions['sort'],
      api: (read('api') || new URL(scriptUrl).origin).replace(/\/$/, ''),
      nonce: script?.nonce ?? '',
    };
  }

  start() {
    this.observer?.disconnect();
    if (this.started) return;
    this.started = true;
    const options = this.options();
    const snapshot = fetchSnapshot({ ...options, sort: options.sort || 'oldest' });
    snapshot.catch(() => {}); // reported by the app once it renders
    loadApp().then(
      (module) => {
        if (this.started && this.shadowRoot) this.handle = module.mount(this.shadowRoot, this, options, snapshot);
      },
      () => {
        this.started = false;
        app = null;
        const failed = document.createElement('p');
        failed.textContent = 'Comments could not be loaded.';
        this.shadowRoot?.replaceChildren(failed);
      },
    );
  }

  stop() {
    this.observer?.disconnect();
    this.handle?.destroy();
    this.handle = null;
    this.started = false;
  }

  reset(options: Partial<EmbedOptions>) {
    this.stop();
    this.overrides = { ...this.overrides, ...options };
    if (this.isConnected) this.start();
  }
}

function elementsFor(target?: string | Element): ParleyComments[] {
  if (target instanceof ParleyComments) return [target];
  if (target) {
    const found = typeof target === 'string' ? document.querySelector(target) : target;
    const inner = found?.querySelector('parley-comments');
    return found instanceof ParleyComments ? [found] : inner instanceof ParleyComments ? [inner] : [];
  }
  return [...document.querySelectorAll('parley-comments')].filter((element): element is ParleyComments => element instanceof ParleyComments);
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
};

if (!customElements.get('parley-comments')) {
  customElements.define('parley-comments', ParleyComments);
  (window as unknown as { Parley: ParleyGlobal }).Parley = api;

  // No-code embed: with data-site on the script tag and no element on the page, render where the
  // tag stands (or into data-target).
  if (script?.dataset.site && !document.querySelector('parley-comments')) {
    const target = script.dataset.target ? document.querySelector(script.dataset.target) : null;
    if (target) api.mount(target);
    else script.after(document.createElement('parley-comments'));
  }
}
