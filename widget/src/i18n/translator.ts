import { en } from './en.ts';

/** A message key. */
export type MessageKey = keyof typeof en;

/** Plural forms keyed by Intl.PluralRules categories; `other` is required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A locale's messages: every key of the English reference, same kind (text or plural). */
export type Messages = { [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };

/** Translates for one locale. */
export interface Translator {
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  /** A message with `{name}` variables filled in; plural messages take `count`. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** "3 minutes ago", "yesterday". */
  relativeTime(ms: number, now?: number): string;
  /** The full date and time, for a title or <time>. */
  exactTime(ms: number): string;
}

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86400_000],
  ['month', 30 * 86400_000],
  ['week', 7 * 86400_000],
  ['day', 86400_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** Builds a translator; messages missing from `messages` fall back to English. */
export function createTranslator(locale: string, messages: Partial<Messages> = {}): Translator {
  const plural = new Intl.PluralRules(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const exact = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  return {
    locale,
    dir: RTL.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr',
    t(key, vars = {}) {
      const message = (messages[key] ?? en[key]) as string | PluralMessage;
      let text: string;
      if (typeof message === 'string') text = message;
      else {
        const count = Number(vars.count ?? 0);
        text = (message[plural.select(count)] ?? message.other).replace('#', number.format(count));
      }
      return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
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
