import type { en } from './en.ts';
import type enWrite from './en-write.ts';
import { languageOf } from './languages.ts';

/** A message of the first paint. */
export type CoreKey = keyof typeof en;
/** A message only writing needs (loaded with the composer). */
export type WriteKey = keyof typeof enWrite;
/** Any message key. */
export type MessageKey = CoreKey | WriteKey;

/** Plural forms keyed by Intl.PluralRules categories; `other` is required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : PluralMessage };
/** A locale's first-paint messages: every key of the English reference, same kind (text or plural). */
export type CoreMessages = Shape<typeof en>;
/** A locale's writing messages. */
export type WriteMessages = Shape<typeof enWrite>;
type AnyMessages = Partial<Record<MessageKey, string | PluralMessage>>;

/** Translates for one locale. */
export interface Translator {
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  /** A message with `{name}` variables filled in; plural messages take `count`. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** Adds messages loaded later: the language's writing messages. */
  add(messages: AnyMessages): void;
  /** "3 minutes ago", "yesterday". */
  relativeTime(ms: number, now?: number): string;
  /** The full date and time, for a title or <time>. */
  exactTime(ms: number): string;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86400_000],
  ['month', 30 * 86400_000],
  ['week', 7 * 86400_000],
  ['day', 86400_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** A valid BCP 47 tag for Intl (page `lang` values can be malformed, such as `en_US`). */
function canonicalTag(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0] ?? languageOf(locale);
  } catch {
    return languageOf(locale);
  }
}

/**
 * Builds a translator from the language's first-paint messages (each language, English too, is a
 * small chunk the loader fetches beside the app). A locale the widget does not speak is shown in
 * English, with English dates too, so a page never mixes two languages. A message that is
 * missing shows as its key.
 */
export function createTranslator(locale: string, messages: Partial<CoreMessages>): Translator {
  const language = languageOf(locale);
  const tag = language === 'en' && !/^en\b/i.test(locale) ? 'en' : canonicalTag(locale);
  const local: AnyMessages = { ...messages };
  const plural = new Intl.PluralRules(tag);
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  const exact = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' });
  const number = new Intl.NumberFormat(tag);
  return {
    locale: tag,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    t(key, vars = {}) {
      // An error code newer than this widget's messages reads as the general error.
      const message = local[key] ?? (key.startsWith('error.') ? local['error.internal'] : undefined) ?? key;
      let text: string;
      if (typeof message === 'string') text = message;
      else {
        const count = Number(vars.count ?? 0);
        text = (message[plural.select(count)] ?? message.other).replace('#', number.format(count));
      }
      return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
    },
    add(more) {
      Object.assign(local, more);
    },
    relativeTime(ms, now = Date.now()) {
      const diff = ms - now;
      for (const [unit, size] of UNITS) {
        if (Math.abs(diff) >= size) return relative.format(Math.round(diff / size), unit);
      }
      return relative.format(0, 'second');
    },
    exactTime(ms) {
      return exact.format(ms);
    },
  };
}
