import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import type { WidgetHandle } from '../../../widget/src/app/mount.tsx';
import type { EmbedOptions } from '../../../widget/src/embed/options.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** A file of the repository as a URL the loader can `import()` (absolute, so embed.js's own URL does not matter). */
const fileUrl = (path: string) => pathToFileURL(resolve(ROOT, path)).href;

/** One widget the loader started: what it handed to the app's `mount`. */
export interface RecordedMount {
  root: ShadowRoot;
  host: HTMLElement;
  options: EmbedOptions;
  snapshot: Promise<Response>;
  messages: Promise<{ default: unknown }> | null;
  handle: WidgetHandle & { destroyed: boolean; tokens: string[] };
}

/** What the loader did, shared with the chunk doubles it imports. */
export interface EmbedRecord {
  mounts: RecordedMount[];
  /** Chunks other than the app, in the order they were downloaded. */
  chunks: string[];
  /**
   * How often the loader asked for the count chunk: noted in the same task as its decision (it
   * reads the chunk's address then), so a count taken right after an event is exact.
   */
  countsAsked: number;
  /** Every URL requested with fetch. */
  requests: URL[];
  /** Elements the IntersectionObserver watches; `intersect` reports one as near the viewport. */
  observed: Set<Element>;
  intersect(element: Element, isIntersecting?: boolean): void;
}

export function embedRecord(): EmbedRecord {
  const holder = globalThis as unknown as { parleyEmbedRecord?: EmbedRecord };
  if (!holder.parleyEmbedRecord) throw new Error('loadEmbed() has not run');
  return holder.parleyEmbedRecord;
}

/**
 * Runs embed.js in the test's document the way a page does: a `<script src=".../embed.js">` with
 * the given attributes is the current script while the loader evaluates, and the build-time
 * globals point at the real language and count modules and at a recording app (app-double.ts).
 * fetch answers /api/counts from `counts` and /api/thread with an empty thread; the
 * IntersectionObserver reports only what the test says. Once per test file: the custom element
 * can be defined once per window.
 */
export async function loadEmbed(options: { attributes?: Record<string, string>; body?: string; counts?: Record<string, number> } = {}): Promise<{ script: HTMLScriptElement; record: EmbedRecord }> {
  const callbacks = new Map<Element, IntersectionObserverCallback>();
  const record: EmbedRecord = {
    mounts: [],
    chunks: [],
    countsAsked: 0,
    requests: [],
    observed: new Set(),
    intersect(element, isIntersecting = true) {
      callbacks.get(element)?.([{ isIntersecting, target: element } as IntersectionObserverEntry], {} as IntersectionObserver);
    },
  };
  (globalThis as unknown as { parleyEmbedRecord: EmbedRecord }).parleyEmbedRecord = record;
  Object.defineProperty(globalThis, '__PARLEY_COUNTS__', {
    configurable: true,
    get: () => {
      record.countsAsked++;
      return fileUrl('tests/component/embed/counts-chunk.ts');
    },
  });
  Object.assign(globalThis, {
    __PARLEY_APP__: [fileUrl('tests/component/embed/app-double.ts')],
    __PARLEY_LOCALES__: Object.fromEntries(['en', 'ru', 'es', 'de', 'ar'].map((language) => [language, fileUrl(`widget/src/i18n/${language}.ts`)])),
  });
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(private readonly callback: IntersectionObserverCallback) {}
      observe(element: Element) {
        record.observed.add(element);
        callbacks.set(element, this.callback);
      }
      disconnect() {
        for (const [element, callback] of callbacks) {
          if (callback !== this.callback) continue;
          callbacks.delete(element);
          record.observed.delete(element);
        }
      }
    },
  );
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input);
      record.requests.push(url);
      if (url.pathname === '/api/counts') return Response.json({ counts: options.counts ?? {} });
      return Response.json({ error: { code: 'site-not-found' } }, { status: 404 });
    }),
  );

  document.body.innerHTML = options.body ?? ''; // test fixture only: the widget itself never sets HTML
  const script = document.createElement('script');
  script.type = 'text/x-parley-test'; // never run by the test DOM; the loader is imported below
  script.src = 'https://comments.test/embed.js';
  for (const [name, value] of Object.entries(options.attributes ?? {})) script.setAttribute(name, value);
  // Browsers move the nonce attribute into the property (the test DOM does not).
  if (options.attributes?.nonce) script.nonce = options.attributes.nonce;
  const slot = document.querySelector('#script-here');
  if (slot) slot.replaceWith(script);
  else document.body.append(script);
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
  await import('../../../widget/src/embed/loader.ts');
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => null });
  return { script, record };
}

/**
 * The snapshot requests so far. A widget that starts asks for its snapshot synchronously, in the
 * same task as the event that started it, so counting them right after an event tells whether it
 * started one: no waiting, and no guessing how long "not yet" has to last.
 */
export function snapshotRequests(record: EmbedRecord): URL[] {
  return record.requests.filter((url) => url.pathname === '/api/thread');
}

/** The page's `Parley` global. */
export const parley = () =>
  (window as unknown as { Parley: { mount(target: string | Element, options?: object): HTMLElement | null; reset(options?: object, target?: string | Element): void; destroy(target?: string | Element): void; sso(token: string, target?: string | Element): void; counts(): Promise<void> } }).Parley;
