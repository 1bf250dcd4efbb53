import type { SortOrder, Theme } from '../../../core/src/types.ts';

/** How a page embeds a thread: from data attributes on the script tag or the element, or from `Parley.mount`. */
export interface EmbedOptions {
  /** The site id from the Parley console. */
  site: string;
  /** An explicit thread id; wins over the URL when set. */
  thread?: string | undefined;
  /** The article's URL; defaults to the page's canonical link or its location. */
  url: string;
  /** The article's title; defaults to the page's title. */
  title: string;
  /** A locale such as `en`, `de`, `ar`; defaults to the page's `lang`. */
  locale: string;
  theme: Theme | '';
  sort: SortOrder | '';
  /** Origin that serves embed.js and the API; defaults to the script's own origin. */
  api: string;
  /** Nonce from the script tag, copied onto injected styles for strict CSP pages. */
  nonce: string;
  /** A comment to show first (from a `#comment-ID` link). */
  focus?: string | undefined;
  /** The publisher's login page, for "Sign in with <site>" (site SSO). */
  ssoLogin?: string | undefined;
  /** A publisher-signed token to sign the reader in with (site SSO). */
  ssoToken?: string | undefined;
}

/** True when the page was opened from an email sign-in link (the widget then starts at once). */
export const isSignInLink = (search: string): boolean => /[?&]mode=signIn(&|$)/.test(search) && /[?&]oobCode=/.test(search);

/** The comment id a `#comment-ID` fragment names, or null (a deep link starts the widget at once). */
export function commentIdFromHash(hash: string): string | null {
  return /^#comment-([\w-]{1,128})$/.exec(hash)?.[1] ?? null;
}

/** Page facts the options fall back to. */
export function pageDefaults(doc: Document): Pick<EmbedOptions, 'url' | 'title' | 'locale'> {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = new URL(doc.location.href);
  // An email sign-in link returns to the article with its own parameters: same thread, same drafts.
  if (isSignInLink(url.search)) for (const name of ['mode', 'oobCode', 'apiKey', 'lang', 'continueUrl', 'tenantId']) url.searchParams.delete(name);
  return {
    url: canonical || url.href,
    title: doc.title,
    locale: doc.documentElement.lang || 'en',
  };
}
