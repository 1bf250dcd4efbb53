/**
 * Canonical thread keys. Two page URLs that show the same article must map to one thread: the
 * scheme and host are lower-cased, default ports and fragments dropped, tracking parameters
 * removed and the remaining query sorted.
 */

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid|ref_src|spm)$/i;
const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** Returns the canonical form of an http(s) URL, or null when it is not one. */
export function canonicalUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // URL already lower-cases scheme and host; it keeps a default port only when written oddly.
  if (url.port === DEFAULT_PORTS[url.protocol]) url.port = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()].filter(([name]) => !TRACKING.test(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
  url.search = new URLSearchParams(kept).toString();
  let text = url.toString();
  if (text.endsWith('?')) text = text.slice(0, -1);
  return text;
}

/** An explicit thread id from the embed (`data-thread`): letters, digits and `-_.:/`, 1 to 200 characters. */
export function isExplicitThreadId(value: string): boolean {
  return /^[\w\-.:/]{1,200}$/.test(value);
}

/**
 * The key a thread is stored under: `id:<explicit id>` when the embed names one, else the page's
 * canonical URL. Returns null when neither is usable.
 */
export function threadKey(input: { id?: string | null; url?: string | null }): string | null {
  if (input.id) return isExplicitThreadId(input.id) ? `id:${input.id}` : null;
  return input.url ? canonicalUrl(input.url) : null;
}
