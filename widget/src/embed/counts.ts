import { fetchCounts } from '../client/counts-request.ts';
import { languageOf, type Language } from '../i18n/languages.ts';

/** "12 comments" in each language, by plural category (`#` is the number). */
const COUNT_TEXT: Record<Language, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }> = {
  en: { one: '# comment', other: '# comments' },
  ru: { one: '# комментарий', few: '# комментария', many: '# комментариев', other: '# комментария' },
  es: { one: '# comentario', many: '# de comentarios', other: '# comentarios' },
  de: { one: '# Kommentar', other: '# Kommentare' },
  ar: { zero: 'لا تعليقات', one: 'تعليق واحد', two: 'تعليقان', few: '# تعليقات', many: '# تعليقًا', other: '# تعليق' },
};

/** Threads the count endpoint answers per request. */
const MAX_PER_REQUEST = 60;

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
  // One request for the page; the endpoint answers up to 60 threads at a time, so longer lists take more.
  const refs = [...[...urls].map((key) => ({ url: key })), ...[...ids].map((key) => ({ id: key }))];
  const batches = Array.from({ length: Math.ceil(refs.length / MAX_PER_REQUEST) }, (_, index) => refs.slice(index * MAX_PER_REQUEST, (index + 1) * MAX_PER_REQUEST));
  const answers = await Promise.all(
    batches.map((batch) =>
      fetchCounts({
        api: options.api,
        site: options.site,
        urls: batch.flatMap((ref) => ('url' in ref ? [ref.url] : [])),
        ids: batch.flatMap((ref) => ('id' in ref ? [ref.id] : [])),
      }).catch(() => ({})),
    ),
  );
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
