/** Languages the widget speaks. English is built in; the others load as small chunks. */
export const LANGUAGES = ['en', 'ru', 'es', 'de', 'ar'] as const;

/** One of the widget's languages. */
export type Language = (typeof LANGUAGES)[number];

/** The widget language for a locale such as `de-AT` or `pt`: its base language, or English. */
export function languageOf(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0] as Language;
  return LANGUAGES.includes(base) ? base : 'en';
}
