import { describe, expect, it } from 'vitest';
import ar from '../../widget/src/i18n/ar.ts';
import arWrite from '../../widget/src/i18n/ar-write.ts';
import de from '../../widget/src/i18n/de.ts';
import deWrite from '../../widget/src/i18n/de-write.ts';
import en from '../../widget/src/i18n/en.ts';
import enWrite from '../../widget/src/i18n/en-write.ts';
import es from '../../widget/src/i18n/es.ts';
import esWrite from '../../widget/src/i18n/es-write.ts';
import { languageOf } from '../../widget/src/i18n/languages.ts';
import ru from '../../widget/src/i18n/ru.ts';
import ruWrite from '../../widget/src/i18n/ru-write.ts';
import { createTranslator, type PluralMessage } from '../../widget/src/i18n/translator.ts';

type Table = Record<string, string | PluralMessage>;
const english: Table = { ...en, ...enWrite };
const LOCALES: Record<string, Table> = { ru: { ...ru, ...ruWrite }, es: { ...es, ...esWrite }, de: { ...de, ...deWrite }, ar: { ...ar, ...arWrite } };

/** Messages that are rightly the same as in English (format strings, loan words, brand names). */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  ru: ['reaction.count'],
  es: ['reaction.count'],
  de: ['reaction.count', 'guest.name', 'guest.website', 'report.details', 'help.link'],
  ar: ['reaction.count'],
};

describe('translations', () => {
  it.each(Object.keys(LOCALES))('%s has every message, with every plural form the language uses, and none left in English', (language) => {
    const table = LOCALES[language]!;
    expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(table)) {
      if (typeof message === 'string') {
        expect(message.trim(), key).not.toBe('');
        if (!SAME_AS_ENGLISH[language]!.includes(key)) expect(message, key).not.toBe(english[key]);
        for (const variable of (english[key] as string).match(/\{\w+\}/g) ?? []) expect(message, key).toContain(variable);
      } else {
        for (const category of categories) expect(message[category], `${key}.${category}`).toBeTruthy();
      }
    }
  });
});

describe('the translator', () => {
  it.each([
    ['de-AT', 'de'],
    ['pt-BR', 'en'],
    ['AR', 'ar'],
    ['ru_RU', 'ru'],
  ])('picks the language %s → %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });

  it('fills variables and plural counts, formatting numbers for the locale', () => {
    const i18n = createTranslator('de', de);
    expect(i18n.t('comment.replyingTo', { name: 'Ana' })).toBe('Antwort an Ana');
    expect(i18n.t('thread.count', { count: 1234 })).toBe('1.234 Kommentare');
  });

  it('shows a locale it does not speak entirely in English, dates too', () => {
    const i18n = createTranslator('fr-FR', en);
    expect(i18n.locale).toBe('en');
    expect(i18n.relativeTime(Date.now() - 3 * 86400_000)).toBe('3 days ago');
    expect(i18n.dir).toBe('ltr');
  });

  it('reads a malformed page language without failing', () => {
    expect(createTranslator('ru_RU', ru).relativeTime(Date.now() - 60_000)).toBe('1 минуту назад');
  });

  it('shows an error code it has no message for as the general error', () => {
    const i18n = createTranslator('en', en);
    i18n.add(enWrite);
    expect(i18n.t('error.some-future-code' as 'error.internal')).toBe(enWrite['error.internal']);
  });

  it('is right to left for Arabic', () => {
    expect(createTranslator('ar', ar).dir).toBe('rtl');
  });
});
