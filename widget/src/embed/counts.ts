import { MAX_COUNT_THREADS } from '../../../core/src/api.ts';
import { countsUrl, fetchCounts, type CountsQuery } from '../client/reader/counts-request.ts';
import { languageOf, type Language } from '../i18n/languages.ts';

/** "12 comments" in each language, by plural category (`#` is the number). */
const COUNT_TEXT: Record<Language, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }> = {
  en: { one: '# comment', other: '# comments' },
  ru: { one: '# комментарий', few: '# комментария', many: '# комментариев', other: '# комментария' },
  es: { one: '# comentario', many: '# de comentarios', other: '# comentarios' },
  de: { one: '# Kommentar', other: '# Kommentare' },
  ar: { zero: 'لا تعليقات', one: 'تعليق واحد', two: 'تعليقان', few: '# تعليقات', many: '# تعليقًا', other: '# تعليق' },
};

/** Longest request address sent: some servers and proxies on the way refuse longer ones. */
export const MAX_URL_LENGTH = 8_000;

/** How a count element names its thread: `data-parley-count-id` (a thread id), else `data-parley-count` (a URL, or its own link). */
function keyOf(element: HTMLElement): { kind: 'id' | 'url'; key: string } | null {
  const id = element.dataset.parleyCountId;
  if (id) return { kind: 'id', key: id };
  const url = element.dataset.parleyCount || (element instanceof HTMLAnchorElement ? element.href : '');
  if (!url) return null;
  try {
    return { kind: 'url', key: new URL(url, location.href).href };
  } catch {
    return null;
  }
}

/**
 * Fills every `[data-parley-count]` and `[data-parley-count-id]` element of the page with its
 * thread's comment count ("12 comments"), with one request for the whole page. Elements keep
 * their text when the request fails.
 */
export async function fillCounts(options: { api: string; site: string; locale: string }): Promise<void> {
  const elements = [...document.querySelectorAll<HTMLElement>('[data-parley-count],[data-parley-count-id]')];
  const keyed = elements.map((element) => ({ element, ref: keyOf(element) }));
  const urls = new Set<string>();
  const ids = new Set<string>();
  for (const { ref } of keyed) if (ref) (ref.kind === 'id' ? ids : urls).add(ref.key);
  if (urls.size + ids.size === 0) return;
  // One request for the page. Only a list of more than 200 threads, or one whose addresses would
  // make the request longer than 8,000 characters (about 90 typical article URLs), takes more.
  const fresh = (): CountsQuery => ({ api: options.api, site: options.site, urls: [], ids: [] });
  const batches = [fresh()];
  for (const [kind, key] of [...[...urls].map((key) => ['urls', key] as const), ...[...ids].map((key) => ['ids', key] as const)]) {
    let batch = batches.at(-1)!;
    const size = batch.urls.length + batch.ids.length;
    if (size > 0 && (size >= MAX_COUNT_THREADS || countsUrl({ ...batch, [kind]: [...batch[kind], key] }).length > MAX_URL_LENGTH)) batches.push((batch = fresh()));
    batch[kind].push(key);
  }
  const answers = await Promise.all(batches.map((query) => fetchCounts(query).catch(() => ({}))));
  const counts: Record<string, number> = Object.assign({}, ...answers);
  const language = languageOf(options.locale);
  const texts = COUNT_TEXT[language];
  let plural: Intl.PluralRules;
  let number: Intl.NumberFormat;
  try {
    plural = new Intl.PluralRules(language === 'en' ? 'en' : options.locale);
    number = new Intl.NumberFormat(language === 'en' ? 'en' : options.locale);
  } catch {
    plural = new Intl.PluralRules(language);
    number = new Intl.NumberFormat(language);
  }
  for (const { element, ref } of keyed) {
    const count = ref ? counts[ref.key] : undefined;
    if (typeof count !== 'number') continue;
    element.textContent = (texts[plural.select(count)] ?? texts.other).replace('#', number.format(count));
    element.dataset.parleyCounted = String(count);
  }
}
